/**
 * The sign-in throttle on the database (decision 098): the same limits as
 * `MemorySignInThrottle` (sign-in-throttle.ts, `refusal`), with the state in
 * `store.signInAttempts`, so N instances behind a load balancer count every attempt once:
 * an attacker cannot multiply the allowed guesses by the number of instances.
 */
import type { Store } from '@polos/store';
import {
  addressKey,
  defaultSignInThrottleOptions,
  refusal,
  type SignInAttempt,
  type SignInRefusal,
  type SignInThrottle,
  type SignInThrottleOptions,
} from './sign-in-throttle';

export class StoreSignInThrottle implements SignInThrottle {
  private readonly options: SignInThrottleOptions;

  constructor(
    private readonly store: Pick<Store, 'signInAttempts'>,
    options: Partial<SignInThrottleOptions> = {},
  ) {
    this.options = { ...defaultSignInThrottleOptions, ...options };
  }

  async reserve(
    keys: { account: string; address: string },
    now = Date.now(),
  ): Promise<SignInAttempt | SignInRefusal> {
    const o = this.options;
    const key = { account: keys.account.trim().toLowerCase(), address: addressKey(keys.address) };
    let refused: SignInRefusal | undefined;
    const reservation = await this.store.signInAttempts.reserve(
      key,
      now,
      {
        forgetBeforeMs: now - Math.max(o.forgetAfterMs, o.maxDelayMs),
        windowStartMs: now - o.addressWindowMs,
      },
      (state) => {
        refused = refusal(state, now, o);
        return !refused;
      },
    );
    if (reservation === null) return refused!;
    return {
      allowed: true,
      succeeded: () => this.store.signInAttempts.succeeded(key, reservation),
      failed: async () => {},
    };
  }
}
