/**
 * A bound on the public survey endpoints (decision 085): at most `limit` requests per client
 * address (IPv6 per /64) in a sliding window. Codes are 128 random bits, so the bound is
 * not what stops guessing; it keeps one client from loading the database through them.
 * The counted requests live in the database (`store.addressRequests`, decision 109), so N
 * instances behind a load balancer allow `limit` in all, not `limit` each.
 */
import type { Store } from '@polos/store';
import { addressKey } from '../../auth/sign-in-throttle';

export interface SurveyThrottleOptions {
  /** Requests per address per window. __Default:__ 60. */
  limit: number;
  /** __Default:__ 1 min. */
  windowMs: number;
}

/** The scope of the survey endpoints' requests in `address_requests`. */
const SCOPE = 'survey';

/**
 * 0 when a request at `now` fits in the window after `recent` (times oldest first), else the
 * whole seconds until the oldest leaves the window.
 */
export function slidingWindowWait(
  recent: readonly number[],
  now: number,
  options: SurveyThrottleOptions,
): number {
  const inWindow = recent.filter((t) => t > now - options.windowMs);
  if (inWindow.length < options.limit) return 0;
  return Math.max(1, Math.ceil((inWindow[0]! + options.windowMs - now) / 1000));
}

export class SurveyThrottle {
  private readonly options: SurveyThrottleOptions;

  constructor(
    private readonly store: Pick<Store, 'addressRequests'>,
    options: Partial<SurveyThrottleOptions> = {},
  ) {
    this.options = { limit: 60, windowMs: 60_000, ...options };
  }

  /** 0 when the request may go ahead (and is counted), else the whole seconds to wait. */
  async take(address: string, now = Date.now()): Promise<number> {
    let wait = 0;
    await this.store.addressRequests.take(
      { scope: SCOPE, address: addressKey(address) },
      now,
      now - this.options.windowMs + 1,
      (recent) => {
        wait = slidingWindowWait(recent, now, this.options);
        return wait === 0;
      },
    );
    return wait;
  }
}
