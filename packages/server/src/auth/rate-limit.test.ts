import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './rate-limit';

describe('FailureLimiter', () => {
  it('allows max − 1 failures, blocks at max, and reports the seconds until the oldest failure leaves the window', () => {
    const limiter = new FailureLimiter(3, 60_000);
    const t0 = 1_000_000;
    limiter.fail('k', t0);
    limiter.fail('k', t0 + 10_000);
    expect(limiter.retryAfter('k', t0 + 10_000)).toBe(0);
    limiter.fail('k', t0 + 20_000);
    // oldest failure at t0 leaves the 60 s window at t0 + 60 s; asked at t0 + 20 s → 40 s (by hand)
    expect(limiter.retryAfter('k', t0 + 20_000)).toBe(40);
    expect(limiter.retryAfter('k', t0 + 59_500)).toBe(1);
    // at t0 + 60 s the first failure is out of the window: 2 recent < 3
    expect(limiter.retryAfter('k', t0 + 60_000)).toBe(0);
  });

  it('keeps keys apart, and reset clears a key', () => {
    const limiter = new FailureLimiter(1, 60_000);
    limiter.fail('a', 0);
    expect(limiter.retryAfter('a', 1)).toBeGreaterThan(0);
    expect(limiter.retryAfter('b', 1)).toBe(0);
    limiter.reset('a');
    expect(limiter.retryAfter('a', 1)).toBe(0);
  });
});
