/**
 * The public survey endpoints' per-address bound (decisions 085 and 109): a sliding window
 * whose counted requests live in the database, on PGlite and PostgreSQL, so two throttles
 * over one database (two instances) count the same requests.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { slidingWindowWait, SurveyThrottle } from '../src/features/services/survey-throttle';
import { storeFactories } from './test-app';

describe('slidingWindowWait(recent, now, options)', () => {
  it('is 0 below the limit and otherwise the whole seconds until the oldest leaves the window', () => {
    const options = { limit: 2, windowMs: 10_000 };
    expect(slidingWindowWait([1_000], 2_000, options)).toBe(0);
    // The oldest (1 s) leaves at 11 s: from 2.5 s that is 8.5 s → 9 s.
    expect(slidingWindowWait([1_000, 2_000], 2_500, options)).toBe(9);
    // Times at or before now − window are outside it.
    expect(slidingWindowWait([1_000, 2_000], 11_000, options)).toBe(0);
  });
});

describe.each(storeFactories)('SurveyThrottle on $name', (factory) => {
  let opened: Awaited<ReturnType<typeof factory.open>>;
  beforeAll(async () => {
    opened = await factory.open();
  }, 120_000);
  afterAll(() => opened.dispose());
  beforeEach(async () => {
    await sql`delete from address_requests`.execute(opened.db);
  });

  it('lets `limit` requests through per address in a sliding window, then says how long to wait', async () => {
    const throttle = new SurveyThrottle(opened.store, { limit: 3, windowMs: 10_000 });
    const taken = [];
    for (const t of [0, 1_000, 2_000]) taken.push(await throttle.take('203.0.113.9', t));
    expect(taken).toEqual([0, 0, 0]);
    // The 4th at 2.5 s waits until the first leaves the window at 10 s: 7.5 s → 8 s.
    expect(await throttle.take('203.0.113.9', 2_500)).toBe(8);
    expect(await throttle.take('203.0.113.10', 2_500)).toBe(0);
    expect(await throttle.take('203.0.113.9', 10_001)).toBe(0);
  });

  it('counts an IPv6 /64 as one address, and a refused request is not counted', async () => {
    const throttle = new SurveyThrottle(opened.store, { limit: 1, windowMs: 10_000 });
    expect(await throttle.take('2001:db8:1:2::1', 0)).toBe(0);
    expect(await throttle.take('2001:db8:1:2:ffff::9', 1)).toBe(10);
    expect(await throttle.take('2001:db8:1:3::1', 1)).toBe(0);
    // Only the counted request is in the table: the refused one would hold the window longer.
    expect(await throttle.take('2001:db8:1:2::1', 10_000)).toBe(0);
  });

  it('two throttles on one database (two instances) share the bound, and expired rows are deleted', async () => {
    const first = new SurveyThrottle(opened.store, { limit: 2, windowMs: 10_000 });
    const second = new SurveyThrottle(opened.store, { limit: 2, windowMs: 10_000 });
    expect(await first.take('198.51.100.7', 0)).toBe(0);
    expect(await second.take('198.51.100.7', 100)).toBe(0);
    expect(await first.take('198.51.100.7', 200)).toBeGreaterThan(0);
    expect(await second.take('198.51.100.7', 300)).toBeGreaterThan(0);
    // Parallel requests are counted one after the other: exactly `limit` get through.
    const parallel = await Promise.all(Array.from({ length: 8 }, () => first.take('198.51.100.8', 1_000)));
    expect(parallel.filter((w) => w === 0)).toHaveLength(2);
    await first.take('192.0.2.1', 50_000);
    const { rows } = await sql<{ n: string }>`select count(*) as n from address_requests`.execute(opened.db);
    expect(Number(rows[0]!.n)).toBe(1);
  });
});
