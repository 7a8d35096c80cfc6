/**
 * Fuzzing POST /api/clusters/import in process (issue 10): random and malformed CSV and
 * JSON bodies get 201 with every row imported, or 400 with issues naming row and field
 * (or 409 when an id exists), never 500, and never a partial import: the number of
 * clusters grows by exactly the rows imported, or not at all. Seeded and bounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectorGroups } from '@polos/core/vocabulary-lists';
import { send, storeFactories, suiteApp } from './test-app';

const SEED = 20261203;

const nasty = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', '"', ',', '\n', '\r', '\u0000', '\ud800', '=1+1', '1e309', 'BR'),
);
const name = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 —-]{3,20}$/);
/** A valid name with a character no database text holds (NUL, a lone surrogate) inside. */
const poisoned = fc
  .tuple(name, fc.constantFrom('\u0000', '\ud800', '\udfff'), fc.nat({ max: 3 }))
  .map(([n, bad, at]) => n.slice(0, at) + bad + n.slice(at));
const cluster = fc.record(
  {
    id: fc.oneof(
      { weight: 6, arbitrary: fc.stringMatching(/^fz-[a-z0-9-]{1,16}$/) },
      { weight: 1, arbitrary: fc.constantFrom('tm_medellin_textile', 'Bad Id') },
      { weight: 1, arbitrary: nasty },
    ),
    name: fc.oneof(
      { weight: 8, arbitrary: name },
      { weight: 1, arbitrary: nasty },
      { weight: 1, arbitrary: poisoned },
    ),
    country: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('BR', 'CL', 'ES') },
      { weight: 1, arbitrary: nasty },
    ),
    sector: fc.oneof({ weight: 4, arbitrary: name }, { weight: 1, arbitrary: nasty }),
    sectorGroup: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...sectorGroups) },
      { weight: 1, arbitrary: nasty },
    ),
    isPublic: fc.boolean(),
    keyFigures: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(
          fc.record({ year: fc.integer({ min: 1790, max: 2110 }), firms: fc.integer({ min: -1, max: 99 }) }),
          { maxLength: 2 },
        ),
      },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
    ),
  },
  { requiredKeys: ['name', 'country', 'sector', 'sectorGroup'] },
);
const csvCell = (v: unknown) => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const columns = ['id', 'name', 'country', 'sector', 'sector_group', 'is_public'] as const;

type Body = { contentType: string; body: string };
const jsonBody: fc.Arbitrary<Body> = fc
  .oneof(
    fc.array(cluster, { minLength: 1, maxLength: 3 }).map((l) => JSON.stringify(l)),
    fc.array(cluster, { maxLength: 5 }).map((l) => JSON.stringify({ clusters: l })),
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 40 }),
    fc.array(cluster, { maxLength: 3 }).map((l) => JSON.stringify(l).slice(0, -2)),
  )
  .map((body) => ({ contentType: 'application/json', body }));
const csvBody: fc.Arbitrary<Body> = fc
  .oneof(
    fc
      .array(cluster, { maxLength: 5 })
      .map(
        (list) =>
          `${columns.join(',')}\n` +
          list
            .map((c) => [c.id, c.name, c.country, c.sector, c.sectorGroup, c.isPublic].map(csvCell).join(','))
            .join('\n'),
      ),
    fc.string({ maxLength: 80 }).map((s) => `name,country,sector,sector_group\n${s}`),
    fc.string({ unit: 'binary', maxLength: 80 }),
  )
  .map((body) => ({ contentType: 'text/csv', body }));

describe.each(storeFactories)('POST /api/clusters/import under fuzzing on $name (seeded)', (factory) => {
  const t = suiteApp(factory, ['analyst']);

  const count = async () =>
    (await t.store.listClusters({ limit: 1, offset: 0 }, { includePrivate: true })).total;

  it('every body: 201 with all rows, or 400 naming row and field (409 on an existing id); never 500, never partial', async () => {
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(jsonBody, csvBody),
        fc.constantFrom('insert', 'upsert'),
        async (input, mode) => {
          const before = await count();
          const res = await send(
            t.app,
            'POST',
            `/api/clusters/import?mode=${mode}&file=fuzz`,
            input.body,
            t.as.analyst,
            {
              'content-type': input.contentType,
            },
          );
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          const body = (await res.json()) as {
            inserted?: number;
            updated?: number;
            ids?: string[];
            error?: { code: string; issues?: Array<{ row: number; field: string; message: string }> };
          };
          const after = await count();
          expect([201, 400, 409]).toContain(res.status);
          if (res.status === 201) {
            // All rows: each id is there now, and the count grew by the rows inserted.
            expect(after - before).toBe(body.inserted);
            expect((body.inserted ?? 0) + (body.updated ?? 0)).toBe(body.ids?.length);
            for (const id of body.ids ?? []) expect(await t.store.getCluster(id)).toBeDefined();
          } else {
            expect(after).toBe(before);
          }
          if (res.status === 400 && body.error?.code === 'invalid_import') {
            expect(body.error.issues?.length).toBeGreaterThan(0);
            for (const issue of body.error.issues ?? []) {
              expect(Number.isInteger(issue.row)).toBe(true);
              expect(issue.field.length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
    // Both outcomes are reached: the fuzzer imports some files and refuses others.
    expect(statuses[201]).toBeGreaterThan(0);
    expect(statuses[400]).toBeGreaterThan(0);
  }, 60_000);
});
