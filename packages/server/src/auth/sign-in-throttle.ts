/**
 * Sign-in throttling (docs/security.md, decision 062), two limits checked together:
 *
 * - **per account** (the e-mail as typed, lower-cased, whether or not it has an account,
 *   so the answer does not tell): exponential back-off. The first `freeFailures`
 *   consecutive failures cost nothing; after that each failure doubles the wait before
 *   the next attempt, from `baseDelayMs` up to `maxDelayMs`. A success clears it; so does
 *   `forgetAfterMs` without a failure. An attacker who rotates addresses is slowed to one
 *   guess per `maxDelayMs`, and nobody can lock the owner out for longer than that.
 * - **per address**: at most `addressFailures` failures in a sliding `addressWindowMs`,
 *   whatever e-mails they name. IPv6 addresses count per /64 (one host usually has them all).
 *
 * An attempt is **reserved** before the password is checked: the reservation counts as a
 * failure at once and is withdrawn only by a success, so N parallel requests cannot get
 * more password evaluations than the limits allow.
 *
 * `SignInThrottle` is the interface; `StoreSignInThrottle` (store-sign-in-throttle.ts) keeps
 * the state in the database, shared by every instance (the server's default, decision 098);
 * `MemorySignInThrottle` keeps it in this process. Both decide with `refusal`.
 */

export interface SignInThrottleOptions {
  /** Consecutive failures of one account without any wait. __Default:__ 3. */
  freeFailures: number;
  /** Wait after the first failure past the free ones; doubles with each further one. __Default:__ 2 s. */
  baseDelayMs: number;
  /** Longest wait per account. __Default:__ 5 min. */
  maxDelayMs: number;
  /** An account's failures are forgotten after this long without one. __Default:__ 1 h. */
  forgetAfterMs: number;
  /** Failures allowed from one address in `addressWindowMs`. __Default:__ 20. */
  addressFailures: number;
  /** __Default:__ 15 min. */
  addressWindowMs: number;
  /** Entries kept per map before the oldest are dropped (memory bound). __Default:__ 100 000. */
  maxEntries: number;
}

export const defaultSignInThrottleOptions: SignInThrottleOptions = {
  freeFailures: 3,
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  forgetAfterMs: 60 * 60_000,
  addressFailures: 20,
  addressWindowMs: 15 * 60_000,
  maxEntries: 100_000,
};

/** A reserved attempt: report how it ended. */
export interface SignInAttempt {
  readonly allowed: true;
  /** The password was right: clears the account's failures and withdraws this attempt from the address's count. */
  succeeded(): Promise<void>;
  /** The password was wrong (or the account unknown): the reservation stays counted. */
  failed(): Promise<void>;
}

export interface SignInRefusal {
  readonly allowed: false;
  /** Whole seconds to wait, at least 1. */
  retryAfter: number;
  /** Which limit refused. */
  limit: 'account' | 'address';
}

export interface SignInThrottle {
  reserve(keys: { account: string; address: string }, now?: number): Promise<SignInAttempt | SignInRefusal>;
}

interface AccountState {
  failures: number;
  lastFailure: number;
}

/** The per-account wait after `failures` consecutive failures, in ms. */
export function backOffDelay(failures: number, options: SignInThrottleOptions): number {
  const over = failures - options.freeFailures;
  if (over < 0) return 0;
  return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.min(over, 40));
}

/** An IPv6 address → its /64 prefix; IPv4 (and IPv4-mapped IPv6) unchanged. */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Whether an attempt at `now` must wait, from its account's consecutive failures (and the
 * last one's time; a state older than `forgetAfterMs` — and at least `maxDelayMs` — counts
 * as none) and its address's failures inside the window (oldest first).
 */
export function refusal(
  state: { failures: number; lastFailure: number | null; recent: readonly number[] },
  now: number,
  o: SignInThrottleOptions,
): SignInRefusal | undefined {
  const forgotten =
    state.lastFailure === null || now - state.lastFailure >= Math.max(o.forgetAfterMs, o.maxDelayMs);
  const accountWait = forgotten ? 0 : state.lastFailure! + backOffDelay(state.failures, o) - now;
  const recent = state.recent.filter((t) => t > now - o.addressWindowMs);
  const addressWait = recent.length >= o.addressFailures ? recent[0]! + o.addressWindowMs - now : 0;
  if (accountWait <= 0 && addressWait <= 0) return undefined;
  return {
    allowed: false,
    retryAfter: Math.max(1, Math.ceil(Math.max(accountWait, addressWait) / 1000)),
    limit: accountWait >= addressWait ? 'account' : 'address',
  };
}

export class MemorySignInThrottle implements SignInThrottle {
  private readonly options: SignInThrottleOptions;
  private readonly accounts = new Map<string, AccountState>();
  private readonly addresses = new Map<string, number[]>();

  constructor(options: Partial<SignInThrottleOptions> = {}) {
    this.options = { ...defaultSignInThrottleOptions, ...options };
  }

  async reserve(
    keys: { account: string; address: string },
    now = Date.now(),
  ): Promise<SignInAttempt | SignInRefusal> {
    const account = keys.account.trim().toLowerCase();
    const address = addressKey(keys.address);
    const o = this.options;

    const state = this.accountState(account, now);
    const recent = this.recentFailures(address, now);
    const refused = refusal(
      { failures: state?.failures ?? 0, lastFailure: state?.lastFailure ?? null, recent },
      now,
      o,
    );
    if (refused) return refused;

    // Count the attempt as a failure now; a success withdraws it.
    this.touch(this.accounts, account, { failures: (state?.failures ?? 0) + 1, lastFailure: now });
    recent.push(now);
    this.touch(this.addresses, address, recent);
    return {
      allowed: true,
      succeeded: async () => {
        this.accounts.delete(account);
        const list = this.addresses.get(address);
        const at = list?.indexOf(now) ?? -1;
        if (list && at >= 0) list.splice(at, 1);
      },
      failed: async () => {},
    };
  }

  private accountState(account: string, now: number): AccountState | undefined {
    const state = this.accounts.get(account);
    if (state && now - state.lastFailure >= Math.max(this.options.forgetAfterMs, this.options.maxDelayMs)) {
      this.accounts.delete(account);
      return undefined;
    }
    return state;
  }

  private recentFailures(address: string, now: number): number[] {
    return (this.addresses.get(address) ?? []).filter((t) => t > now - this.options.addressWindowMs);
  }

  /** Sets a key as the newest entry, dropping the oldest entries past `maxEntries`. */
  private touch<T>(map: Map<string, T>, key: string, value: T): void {
    map.delete(key);
    map.set(key, value);
    for (const oldest of map.keys()) {
      if (map.size <= this.options.maxEntries) break;
      map.delete(oldest);
    }
  }
}
