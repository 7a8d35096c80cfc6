/**
 * A bound on the public survey endpoints (decision 085): at most `limit` requests per client
 * address (IPv6 per /64) in a sliding window. Codes are 128 random bits, so the bound is
 * not what stops guessing; it keeps one client from loading the database through them.
 * Kept in this process, at most `maxEntries` addresses (the oldest dropped first).
 */
import { addressKey } from '../../auth/sign-in-throttle';

export interface SurveyThrottleOptions {
  /** Requests per address per window. __Default:__ 60. */
  limit: number;
  /** __Default:__ 1 min. */
  windowMs: number;
  /** __Default:__ 100 000. */
  maxEntries: number;
}

export class SurveyThrottle {
  private readonly options: SurveyThrottleOptions;
  private readonly seen = new Map<string, number[]>();

  constructor(options: Partial<SurveyThrottleOptions> = {}) {
    this.options = { limit: 60, windowMs: 60_000, maxEntries: 100_000, ...options };
  }

  /** 0 when the request may go ahead (and is counted), else the whole seconds to wait. */
  take(address: string, now = Date.now()): number {
    const { limit, windowMs, maxEntries } = this.options;
    const key = addressKey(address);
    const times = (this.seen.get(key) ?? []).filter((t) => t > now - windowMs);
    this.seen.delete(key);
    if (times.length >= limit) {
      this.seen.set(key, times);
      return Math.max(1, Math.ceil((times[0]! + windowMs - now) / 1000));
    }
    times.push(now);
    this.seen.set(key, times);
    if (this.seen.size > maxEntries) this.seen.delete(this.seen.keys().next().value!);
    return 0;
  }
}
