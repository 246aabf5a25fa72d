import { isIP } from 'node:net';
import { convertIPv4BinaryToString, convertIPv6BinaryToString, convertIPv6ToBinary } from 'hono/utils/ipaddr';

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
 * An attempt refused while the key waits is not a failure (it was never checked). An attempt still
 * being checked (a password hash takes a while) counts as a failure made now until it ends, so that
 * attempts sent at once wait as if they had been sent one after another. In memory: one server
 * process, forgotten when it stops.
 */
export class Backoff {
  private readonly keys = new Map<string, { failures: number; last: number }>();
  /** Attempts under way, per key. */
  private readonly pending = new Map<string, number>();

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
    const pending = this.pending.get(key) ?? 0;
    const failures = (e?.failures ?? 0) + pending;
    if (failures < this.policy.free) return 0;
    const wait = Math.min(this.policy.maxWaitMs, this.policy.firstWaitMs * 2 ** Math.min(30, failures - this.policy.free));
    const last = pending > 0 || !e ? this.now() : e.last;
    return Math.max(0, last + wait - this.now());
  }

  /** An attempt begins; call `end` once it has ended, however (before `fail` if it failed). */
  begin(key: string): void {
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  end(key: string): void {
    const left = (this.pending.get(key) ?? 0) - 1;
    if (left > 0) this.pending.set(key, left);
    else this.pending.delete(key);
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

/**
 * The addresses that count as one client: an IPv4 address on its own, also when written as an
 * IPv4-mapped IPv6 address (::ffff:198.51.100.66, as a dual-stack socket reports it), and an IPv6
 * address by its /64 network, since whoever holds one address of a /64 can use them all.
 */
export function clientNetwork(address: string): string {
  if (isIP(address) !== 6) return address;
  let bits: bigint;
  try {
    bits = convertIPv6ToBinary(address);
  } catch {
    return address;
  }
  if (bits >> 32n === 0xffffn) return convertIPv4BinaryToString(bits & 0xffff_ffffn);
  return `${convertIPv6BinaryToString((bits >> 64n) << 64n)}/64`;
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
 * An address is a client's network (clientNetwork): an IPv6 address counts by its /64. Failures and
 * the accounts known at an address are kept in this process's memory: a restarted server starts
 * with none, and servers behind one load balancer each count their own.
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

  private static pair = (email: string, network: string) => `${email.trim().toLowerCase()}\n${network}`;

  private isKnown(pair: string): boolean {
    const at = this.known.get(pair);
    return at !== undefined && this.now() - at < KNOWN_FOR_MS;
  }

  /** Seconds until this account may try to sign in from this address; 0 if it may now. */
  retryAfter(email: string, address: string): number {
    const network = clientNetwork(address);
    const pair = SignInLimiter.pair(email, network);
    const wait = Math.max(this.pairs.waitMs(pair), this.isKnown(pair) ? 0 : this.addresses.waitMs(network));
    return Math.ceil(wait / 1000);
  }

  /**
   * A sign-in attempt begins, unless the account must wait at this address (`retryAfter` > 0). Until
   * it ends it counts as a failure, so that guesses sent at once cannot all pass before the first
   * wrong one is counted.
   */
  begin(email: string, address: string): SignInAttempt {
    const retryAfter = this.retryAfter(email, address);
    if (retryAfter > 0) return { retryAfter, end: () => {} };
    const network = clientNetwork(address);
    const pair = SignInLimiter.pair(email, network);
    this.pairs.begin(pair);
    this.addresses.begin(network);
    let ended = false;
    return {
      retryAfter: 0,
      end: (outcome) => {
        if (ended) return;
        ended = true;
        this.pairs.end(pair);
        this.addresses.end(network);
        if (outcome === 'failed') {
          this.pairs.fail(pair);
          this.addresses.fail(network);
        } else if (outcome === 'succeeded') {
          this.succeeded(pair);
        }
      },
    };
  }

  /** Forgets the account's failures from this address, but not the address's (an attacker could clear those by signing in to an account of their own). */
  private succeeded(pair: string): void {
    this.pairs.clear(pair);
    this.known.delete(pair);
    this.known.set(pair, this.now());
    for (const oldest of this.known.keys()) {
      if (this.known.size <= this.knownCapacity) break;
      this.known.delete(oldest);
    }
  }
}

export interface SignInAttempt {
  /** Seconds to wait before trying again: when more than 0, the attempt may not be made (and is not counted). */
  retryAfter: number;
  /** How the attempt ended: with the wrong email or password, signed in, or neither (another error). Only the first call counts. */
  end(outcome: 'failed' | 'succeeded' | 'undecided'): void;
}
