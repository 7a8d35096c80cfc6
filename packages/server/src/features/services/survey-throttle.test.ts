import { describe, expect, it } from 'vitest';
import { SurveyThrottle } from './survey-throttle';

describe('SurveyThrottle', () => {
  it('lets `limit` requests through per address in a sliding window, then says how long to wait', () => {
    const throttle = new SurveyThrottle({ limit: 3, windowMs: 10_000 });
    expect([0, 1_000, 2_000].map((t) => throttle.take('203.0.113.9', t))).toEqual([0, 0, 0]);
    // The 4th at 2.5 s waits until the first leaves the window at 10 s: 7.5 s → 8 s.
    expect(throttle.take('203.0.113.9', 2_500)).toBe(8);
    expect(throttle.take('203.0.113.10', 2_500)).toBe(0);
    expect(throttle.take('203.0.113.9', 10_001)).toBe(0);
  });

  it('counts an IPv6 /64 as one address and forgets the oldest addresses past maxEntries', () => {
    const throttle = new SurveyThrottle({ limit: 1, windowMs: 10_000, maxEntries: 2 });
    expect(throttle.take('2001:db8:1:2::1', 0)).toBe(0);
    expect(throttle.take('2001:db8:1:2:ffff::9', 1)).toBeGreaterThan(0);
    expect(throttle.take('198.51.100.1', 2)).toBe(0);
    expect(throttle.take('198.51.100.2', 3)).toBe(0); // drops the /64, the oldest
    expect(throttle.take('2001:db8:1:2::1', 4)).toBe(0);
  });
});
