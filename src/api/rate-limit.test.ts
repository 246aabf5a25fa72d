import { describe, expect, it } from 'vitest';
import { Backoff, SignInLimiter } from './rate-limit.js';

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

describe('the sign-in limiter', () => {
  it("holds back one account's guesser, not its owner signing in from elsewhere", () => {
    const c = clock();
    const limiter = new SignInLimiter(c.now);
    for (let i = 0; i < 5; i++) limiter.failed('lead@example.org', '198.51.100.66');
    expect(limiter.retryAfter('LEAD@example.org ', '198.51.100.66')).toBe(1);
    limiter.failed('lead@example.org', '198.51.100.66');
    expect(limiter.retryAfter('lead@example.org', '198.51.100.66')).toBe(2);
    expect(limiter.retryAfter('lead@example.org', '203.0.113.5')).toBe(0);
    expect(limiter.retryAfter('analyst@example.org', '198.51.100.66')).toBe(0);
    // Guessing on, as fast as it is let through: the waits grow to 15 minutes.
    for (let i = 0; i < 20; i++) {
      c.advance(limiter.retryAfter('lead@example.org', '198.51.100.66') * 1000);
      limiter.failed('lead@example.org', '198.51.100.66');
    }
    expect(limiter.retryAfter('lead@example.org', '198.51.100.66')).toBe(15 * 60);
    expect(limiter.retryAfter('lead@example.org', '203.0.113.5')).toBe(0);
  });

  it('holds back an address trying many accounts, except for accounts that signed in from it before', () => {
    const c = clock();
    const limiter = new SignInLimiter(c.now);
    limiter.succeeded('colleague@example.org', '198.51.100.66');
    for (let i = 0; i < 50; i++) limiter.failed(`random-${i}@example.org`, '198.51.100.66');
    expect(limiter.retryAfter('random-new@example.org', '198.51.100.66')).toBe(1);
    expect(limiter.retryAfter('lead@example.org', '198.51.100.66')).toBe(1);
    expect(limiter.retryAfter('colleague@example.org', '198.51.100.66')).toBe(0);
    expect(limiter.retryAfter('lead@example.org', '203.0.113.5')).toBe(0);
    // Signing in to an account of one's own does not clear the address.
    limiter.succeeded('attacker@example.org', '198.51.100.66');
    expect(limiter.retryAfter('random-new@example.org', '198.51.100.66')).toBe(1);
  });
});
