/**
 * The sign-in throttle's limits (decision 062), the same for every implementation: the
 * in-process one and the database one shared by every instance (decision 098).
 */
import { describe, expect, it } from 'vitest';
import {
  backOffDelay,
  defaultSignInThrottleOptions,
  type SignInThrottle,
  type SignInThrottleOptions,
} from '../src/auth/sign-in-throttle';

const keys = (account: string, address = '192.0.2.1') => ({ account, address });

/** Each call of `make` gives a throttle with no attempts recorded. */
export function describeThrottleContract(
  name: string,
  make: (options?: Partial<SignInThrottleOptions>) => Promise<SignInThrottle>,
): void {
  describe(name, () => {
    it('per account: 3 free failures, then each failure doubles the wait (2 s, 4 s, 8 s …) up to 5 min', async () => {
      expect(
        [0, 1, 2, 3, 4, 5, 6, 10, 11, 50].map((n) => backOffDelay(n, defaultSignInThrottleOptions)),
      ).toEqual([0, 0, 0, 2_000, 4_000, 8_000, 16_000, 256_000, 300_000, 300_000]);
      const throttle = await make();
      let t = 1_000_000;
      for (let i = 0; i < 3; i++) {
        const a = await throttle.reserve(keys('ana@example.org', `198.51.100.${i}`), t);
        expect(a.allowed).toBe(true);
        if (a.allowed) await a.failed();
      }
      // A fourth try from yet another address, at once: refused for 2 s.
      expect(await throttle.reserve(keys('ANA@example.org', '198.51.100.9'), t)).toEqual({
        allowed: false,
        retryAfter: 2,
        limit: 'account',
      });
      t += 2_000;
      const fourth = await throttle.reserve(keys('ana@example.org', '198.51.100.10'), t);
      expect(fourth.allowed).toBe(true);
      // Now 4 failures: 4 s.
      expect(await throttle.reserve(keys('ana@example.org'), t + 3_999)).toMatchObject({
        allowed: false,
        retryAfter: 1,
      });
      expect((await throttle.reserve(keys('ana@example.org'), t + 4_000)).allowed).toBe(true);
    });

    it('nobody can lock an account for longer than 5 minutes, and a success clears its failures', async () => {
      const throttle = await make({ addressFailures: 1e9 });
      let t = 0;
      // An attacker spends every attempt allowed for a day.
      for (let n = 0; t < 86_400_000; n++) {
        const r = await throttle.reserve(keys('owner@example.org', `203.0.113.${n % 250}`), t);
        if (r.allowed) await r.failed();
        else expect(r.retryAfter).toBeLessThanOrEqual(300);
        t += r.allowed ? 0 : r.retryAfter * 1000;
      }
      // The owner waits at most 5 min after the attacker's last attempt, then signs in.
      const owner = await throttle.reserve(keys('owner@example.org', '192.0.2.50'), t + 300_000);
      expect(owner.allowed).toBe(true);
      if (owner.allowed) await owner.succeeded();
      expect((await throttle.reserve(keys('owner@example.org'), t + 300_001)).allowed).toBe(true);
    });

    it('reserves before the password is checked: parallel attempts get no more than the free failures', async () => {
      const throttle = await make();
      const attempts = await Promise.all(
        Array.from({ length: 40 }, () => throttle.reserve(keys('ana@example.org'), 5_000)),
      );
      expect(attempts.filter((a) => a.allowed)).toHaveLength(3);
    });

    it('per address: 20 failures in 15 min whatever the e-mails, then 429 until the oldest leaves the window', async () => {
      const throttle = await make();
      for (let i = 0; i < 20; i++) {
        const r = await throttle.reserve(keys(`user${i}@example.org`, '192.0.2.7'), i * 1000);
        expect(r.allowed).toBe(true);
      }
      expect(await throttle.reserve(keys('new@example.org', '192.0.2.7'), 20_000)).toEqual({
        allowed: false,
        retryAfter: 880,
        limit: 'address',
      });
      // Another address is not affected.
      expect((await throttle.reserve(keys('new@example.org', '192.0.2.8'), 20_000)).allowed).toBe(true);
      // The first failure (t = 0) leaves the window at 15 min.
      expect((await throttle.reserve(keys('new2@example.org', '192.0.2.7'), 900_000)).allowed).toBe(true);
    });

    it('a success withdraws its own reservation from the address count, not the earlier failures', async () => {
      const throttle = await make({ addressFailures: 2 });
      const first = await throttle.reserve(keys('a@example.org'), 0);
      if (first.allowed) await first.failed();
      const mine = await throttle.reserve(keys('me@example.org'), 1);
      if (mine.allowed) await mine.succeeded();
      expect((await throttle.reserve(keys('b@example.org'), 2)).allowed).toBe(true);
      expect(await throttle.reserve(keys('c@example.org'), 3)).toMatchObject({
        allowed: false,
        limit: 'address',
      });
    });
  });
}
