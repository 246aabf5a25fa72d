export interface BackoffPolicy {
  /** Failures that cost nothing (a person mistyping). */
  free: number;
  /** The wait after the first failure beyond the free ones; each further failure doubles it. */
  firstWaitMs: number;
  maxWaitMs: number;
  /** A key is forgotten this long after its last failure. */
  forgetMs: number;
  /** Keys kept at most (the ones that failed longest ago are dropped first), so that a flood of new keys cannot exhaust memory. */
  capacity: number;
}

/**
 * Failed attempts per key, with exponential backoff rather than a lock: after the free failures,
 * a key waits `firstWaitMs`, then twice as long after each further failure, up to `maxWaitMs`.
 * An attempt refused while the key waits is not a failure (it was never checked). In memory: one
 * server process.
 */
export class Backoff {
  private readonly keys = new Map<string, { failures: number; last: number }>();

  constructor(
    private readonly policy: BackoffPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  private entry(key: string) {
    const e = this.keys.get(key);
    if (e && this.now() - e.last > this.policy.forgetMs) {
      this.keys.delete(key);
      return undefined;
    }
    return e;
  }

  /** Milliseconds until the key may try again; 0 if it may now. */
  waitMs(key: string): number {
    const e = this.entry(key);
    if (!e || e.failures < this.policy.free) return 0;
    const wait = Math.min(this.policy.maxWaitMs, this.policy.firstWaitMs * 2 ** Math.min(30, e.failures - this.policy.free));
    return Math.max(0, e.last + wait - this.now());
  }

  fail(key: string): void {
    const failures = (this.entry(key)?.failures ?? 0) + 1;
    this.keys.delete(key); // re-inserted last: the map stays ordered by last failure
    this.keys.set(key, { failures, last: this.now() });
    for (const oldest of this.keys.keys()) {
      if (this.keys.size <= this.policy.capacity) break;
      this.keys.delete(oldest);
    }
  }

  clear(key: string): void {
    this.keys.delete(key);
  }
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const KNOWN_FOR_MS = 30 * DAY;

/**
 * Sign-in failures, counted so that one attacker cannot lock out other accounts' owners:
 * - per account and address: someone guessing one account's password from one address waits
 *   longer after each wrong guess; the owner signing in from elsewhere is not held back;
 * - per address: someone trying many accounts from one address (random emails, or one common
 *   password against each account) waits too, but accounts that have signed in from that address
 *   before are not held back by it, so colleagues behind the same network address keep signing in.
 */
export class SignInLimiter {
  private readonly pairs: Backoff;
  private readonly addresses: Backoff;
  /** Account and address pairs that signed in, by the time they last did (oldest first). */
  private readonly known = new Map<string, number>();
  private readonly knownCapacity: number;

  constructor(
    private readonly now: () => number = Date.now,
    policies: { pair?: Partial<BackoffPolicy>; address?: Partial<BackoffPolicy>; knownCapacity?: number } = {},
  ) {
    const common = { firstWaitMs: 1000, maxWaitMs: 15 * MINUTE, forgetMs: DAY, capacity: 100_000 };
    this.pairs = new Backoff({ ...common, free: 5, ...policies.pair }, now);
    this.addresses = new Backoff({ ...common, free: 50, ...policies.address }, now);
    this.knownCapacity = policies.knownCapacity ?? 100_000;
  }

  private static pair = (email: string, address: string) => `${email.trim().toLowerCase()}\n${address}`;

  private isKnown(pair: string): boolean {
    const at = this.known.get(pair);
    return at !== undefined && this.now() - at < KNOWN_FOR_MS;
  }

  /** Seconds until this account may try to sign in from this address; 0 if it may now. */
  retryAfter(email: string, address: string): number {
    const pair = SignInLimiter.pair(email, address);
    const wait = Math.max(this.pairs.waitMs(pair), this.isKnown(pair) ? 0 : this.addresses.waitMs(address));
    return Math.ceil(wait / 1000);
  }

  failed(email: string, address: string): void {
    this.pairs.fail(SignInLimiter.pair(email, address));
    this.addresses.fail(address);
  }

  /** Forgets the account's failures from this address, but not the address's (an attacker could clear those by signing in to an account of their own). */
  succeeded(email: string, address: string): void {
    const pair = SignInLimiter.pair(email, address);
    this.pairs.clear(pair);
    this.known.delete(pair);
    this.known.set(pair, this.now());
    for (const oldest of this.known.keys()) {
      if (this.known.size <= this.knownCapacity) break;
      this.known.delete(oldest);
    }
  }
}
