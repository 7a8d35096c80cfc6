/**
 * Fuzz of POST /api/map/datasets in process (seeded, bounded): random and malformed
 * uploads — CSV in several dialects with noise, NUL bytes, huge codes, bad numbers; gzip
 * and gzip cut short; empty bodies; wrong columns, years and levels; small limits.
 * Property: the answer is 201, or a 4xx with a JSON error (code and message) — never a
 * 5xx — and after a 4xx the list of datasets is unchanged (nothing half stored).
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PolosApp } from '../src/app';
import { login, storeFactories, testApp, type Session, type TestApp } from './test-app';

const FUZZ_SEED = Number(process.env.POLOS_FUZZ_SEED ?? 20261203);

const token = fc.constantFrom(
  ',',
  ';',
  '\n',
  '\r\n',
  '"',
  '""',
  '\u0000',
  '\ufeff',
  '-1',
  'NaN',
  '',
  'D',
  '1e309',
  'x'.repeat(5000),
  '日本',
  '\ud800',
);
const noise = fc.oneof({ weight: 30, arbitrary: fc.constant('') }, { weight: 1, arbitrary: token });
const cell = (values: string[]) => fc.tuple(fc.constantFrom(...values), noise).map(([v, n]) => v + n);
const csv = fc
  .record({
    header: fc.constantFrom(
      'region,industry,value',
      'region,industry,value,year',
      'country,product,exports',
      '',
    ),
    rows: fc.array(
      fc.tuple(
        cell(['ARG', 'BRA', 'CHL', 'MEX', 'XKX', '01001', '"COL"', 'A\u0000R']),
        cell(['a', 'b', '311111', '44-45', '"c,d"']),
        fc.oneof(fc.nat({ max: 1e6 }).map(String), cell(['0', 'D', '', '-3', '1.5e2'])),
        fc.constantFrom('2020', '2021'),
      ),
      { minLength: 1, maxLength: 25 },
    ),
    raw: fc.oneof(
      { weight: 5, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    ),
  })
  .map(({ header, rows, raw }) => {
    const year = header.endsWith('year');
    const lines = rows.map(([r, i, v, y]) => [r, i, v, ...(year ? [y] : [])].join(','));
    return [header, ...lines].join('\n') + raw;
  });
const packing = fc.constantFrom('plain', 'plain', 'plain', 'gzip', 'truncated');
/** Mostly a good query; now and then a wrong column, year, level, name or map. */
const sometimes = <T>(good: T, bad: T[]) =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
const query = fc.record({
  geography: sometimes('world-countries', ['us-counties']),
  region: sometimes('region', ['country']),
  year: sometimes<string | undefined>(undefined, ['2021']),
  level: sometimes<string | undefined>(undefined, ['2', '9', 'x']),
  name: sometimes('Fuzz', [' ', 'ñandú', 'x'.repeat(130)]),
});

describe('upload route fuzz', () => {
  let t: TestApp;
  let analyst: Session;
  let tight: PolosApp;
  beforeAll(async () => {
    t = await testApp(storeFactories[0]!);
    analyst = await login(t.app, 'analyst@polos.test');
    tight = createApp({
      store: t.store,
      config: {
        webDist: '/nonexistent',
        uploadLimits: { maxRows: 10, maxBytes: 2048 },
        maxUploadBytes: 64 * 1024,
      },
    });
  });
  afterAll(() => t.close());

  it(
    'random uploads answer 201 or a 4xx JSON error, never a 5xx; a refused upload stores nothing',
    { timeout: 60_000 },
    async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(csv, packing, query, fc.boolean(), async (text, pack, q, useTight) => {
          let body: Uint8Array = Buffer.from(text, 'utf8');
          if (pack !== 'plain') body = gzipSync(body);
          if (pack === 'truncated') body = body.subarray(0, Math.max(0, body.length - 7));
          const params = new URLSearchParams({
            name: q.name,
            geography: q.geography,
            region: q.region,
            industry: 'industry',
            value: 'value',
            file: pack === 'plain' ? 'fuzz.csv' : 'fuzz.csv.gz',
          });
          if (q.year) params.set('year', q.year);
          if (q.level) params.set('level', q.level);
          const before = (await t.store.listMapDatasets()).map((d) => d.id);
          const res = await (useTight ? tight : t.app).request(`/api/map/datasets?${params}`, {
            method: 'POST',
            headers: {
              cookie: analyst.cookie,
              'x-csrf-token': analyst.csrf,
              'content-type': pack === 'plain' ? 'text/csv' : 'application/gzip',
            },
            body,
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const answer = (await res.json()) as {
            dataset?: { id: string };
            error?: { code: string; message: string };
          };
          const after = (await t.store.listMapDatasets()).map((d) => d.id);
          if (res.status === 201) {
            expect(after).toHaveLength(before.length + 1);
            const id = answer.dataset!.id;
            expect(after).toContain(id);
            await t.store.deleteMapDataset(id, { userId: null, label: 'fuzz' });
          } else {
            expect(res.status, JSON.stringify(answer)).toBeGreaterThanOrEqual(400);
            expect(res.status, JSON.stringify(answer)).toBeLessThan(500);
            expect(typeof answer.error?.code).toBe('string');
            expect(typeof answer.error?.message).toBe('string');
            expect(after).toEqual(before);
          }
        }),
        { numRuns: 40, seed: FUZZ_SEED, timeout: 10_000, interruptAfterTimeLimit: 20_000 },
      );
      if (process.env.POLOS_FUZZ_SEED) console.log('fuzz upload statuses', Object.fromEntries(statuses));
      expect(statuses.get(201) ?? 0).toBeGreaterThan(0);
    },
  );
});
