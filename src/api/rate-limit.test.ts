import { describe, expect, it } from 'vitest';
import { Backoff, clientNetwork, SignInLimiter } from './rate-limit.js';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('backoff', () => {
  it('lets the free failures through, then doubles the wait after each further one, up to the cap', () => {
    const c = clock();
    const b = new Backoff({ free: 3, firstWaitMs: 1000, maxWaitMs: 8000, forgetMs: 60_000, capacity: 10 }, c.now);
    for (let i = 0; i < 2; i++) b.fail('k');
    expect(b.waitMs('k')).toBe(0);
    const waits = [];
    for (let i = 0; i < 6; i++) {
      b.fail('k');
      waits.push(b.waitMs('k'));
      c.advance(b.waitMs('k'));
      expect(b.waitMs('k')).toBe(0);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(b.waitMs('other')).toBe(0);
  });

  it('forgets a key some time after its last failure, and keeps no more keys than its capacity', () => {
    const c = clock();
    const b = new Backoff({ free: 1, firstWaitMs: 1000, maxWaitMs: 1000, forgetMs: 60_000, capacity: 3 }, c.now);
    b.fail('k');
    expect(b.waitMs('k')).toBe(1000);
    c.advance(60_001);
    b.fail('k');
    expect(b.waitMs('k')).toBe(1000); // one failure again, not two
    for (const key of ['a', 'b', 'c']) b.fail(key);
    expect(b.waitMs('k')).toBe(0); // the oldest was dropped
    expect(b.waitMs('c')).toBe(1000);
  });
});

/** One attempt at signing in, with its outcome; false if it had to wait instead. */
const attempt = (limiter: SignInLimiter, email: string, address: string, outcome: 'failed' | 'succeeded') => {
  const a = limiter.begin(email, address);
  a.end(outcome);
  return a.retryAfter === 0;
};

describe('the sign-in limiter', () => {
  it("holds back one account's guesser, not its owner signing in from elsewhere", () => {
    const c = clock();
    const limiter = new SignInLimiter(c.now);
    for (let i = 0; i < 5; i++) expect(attempt(limiter, 'lead@example.org', '198.51.100.66', 'failed')).toBe(true);
    expect(limiter.retryAfter('LEAD@example.org ', '198.51.100.66')).toBe(1);
    expect(attempt(limiter, 'lead@example.org', '198.51.100.66', 'failed')).toBe(false); // refused, so not counted
    c.advance(1000);
    expect(attempt(limiter, 'lead@example.org', '198.51.100.66', 'failed')).toBe(true);
    expect(limiter.retryAfter('lead@example.org', '198.51.100.66')).toBe(2);
    expect(limiter.retryAfter('lead@example.org', '203.0.113.5')).toBe(0);
    expect(limiter.retryAfter('analyst@example.org', '198.51.100.66')).toBe(0);
    // Guessing on, as fast as it is let through: the waits grow to 15 minutes.
    for (let i = 0; i < 20; i++) {
      c.advance(limiter.retryAfter('lead@example.org', '198.51.100.66') * 1000);
      expect(attempt(limiter, 'lead@example.org', '198.51.100.66', 'failed')).toBe(true);
    }
    expect(limiter.retryAfter('lead@example.org', '198.51.100.66')).toBe(15 * 60);
    expect(limiter.retryAfter('lead@example.org', '203.0.113.5')).toBe(0);
  });

  it('holds back an address trying many accounts, except for accounts that signed in from it before', () => {
    const c = clock();
    const limiter = new SignInLimiter(c.now);
    attempt(limiter, 'colleague@example.org', '198.51.100.66', 'succeeded');
    for (let i = 0; i < 50; i++) attempt(limiter, `random-${i}@example.org`, '198.51.100.66', 'failed');
    expect(limiter.retryAfter('random-new@example.org', '198.51.100.66')).toBe(1);
    expect(limiter.retryAfter('lead@example.org', '198.51.100.66')).toBe(1);
    expect(limiter.retryAfter('colleague@example.org', '198.51.100.66')).toBe(0);
    expect(limiter.retryAfter('lead@example.org', '203.0.113.5')).toBe(0);
    // Signing in to an account of one's own, once the wait is over, does not clear the address.
    c.advance(1000);
    expect(attempt(limiter, 'attacker@example.org', '198.51.100.66', 'succeeded')).toBe(true);
    expect(attempt(limiter, 'random-new@example.org', '198.51.100.66', 'failed')).toBe(true);
    expect(limiter.retryAfter('random-other@example.org', '198.51.100.66')).toBe(2);
  });

  it('counts attempts still being checked as failures, so that guesses sent at once wait their turn', () => {
    const c = clock();
    const limiter = new SignInLimiter(c.now);
    // 50 guesses arrive before the first password hash is checked.
    const started = Array.from({ length: 50 }, () => limiter.begin('lead@example.org', '198.51.100.66'));
    expect(started.filter((a) => a.retryAfter === 0)).toHaveLength(5);
    expect(started.slice(5).every((a) => a.retryAfter === 1)).toBe(true);
    for (const a of started) a.end('failed');
    expect(limiter.retryAfter('lead@example.org', '198.51.100.66')).toBe(1); // five failures, the refused ones not counted
    // The owner, elsewhere, is not held back by them.
    expect(limiter.retryAfter('lead@example.org', '203.0.113.5')).toBe(0);
    // One that ends otherwise (the server failed) is no failure; ending twice counts once.
    const other = new SignInLimiter(c.now);
    for (let i = 0; i < 10; i++) {
      const a = other.begin('lead@example.org', '198.51.100.66');
      a.end('undecided');
      a.end('failed');
    }
    expect(other.retryAfter('lead@example.org', '198.51.100.66')).toBe(0);
  });

  it('counts an IPv6 client by its /64 network, and an IPv4-mapped address as the IPv4 address', () => {
    const c = clock();
    const limiter = new SignInLimiter(c.now);
    // An attacker holding 2001:db8:1:2::/64 guesses from a new address each time.
    const own = ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2:ffff:ffff:ffff:fffe', '2001:DB8:1:2:0:0:0:9', '2001:db8:1:2::a:b'];
    for (const address of own) expect(attempt(limiter, 'lead@example.org', address, 'failed')).toBe(true);
    expect(limiter.retryAfter('lead@example.org', '2001:db8:1:2:1234::77')).toBe(1);
    expect(limiter.retryAfter('lead@example.org', '2001:db8:1:3::1')).toBe(0); // the next /64 is someone else
    // The same IPv4 client, as a dual-stack socket and as a plain one reports it.
    for (let i = 0; i < 3; i++) attempt(limiter, 'analyst@example.org', '::ffff:198.51.100.66', 'failed');
    for (let i = 0; i < 2; i++) attempt(limiter, 'analyst@example.org', '198.51.100.66', 'failed');
    expect(limiter.retryAfter('analyst@example.org', '198.51.100.66')).toBe(1);
    expect(limiter.retryAfter('analyst@example.org', '::ffff:c633:6442')).toBe(1);
    expect(limiter.retryAfter('analyst@example.org', '198.51.100.67')).toBe(0);
  });

  it('names the network of an address', () => {
    expect(clientNetwork('198.51.100.66')).toBe('198.51.100.66');
    expect(clientNetwork('::ffff:198.51.100.66')).toBe('198.51.100.66');
    expect(clientNetwork('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:0db8:0001:0002::')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('::1')).toBe('::/64');
    expect(clientNetwork('fe80::1%eth0')).toBe('fe80::/64');
    expect(clientNetwork('unknown')).toBe('unknown');
  });
});
