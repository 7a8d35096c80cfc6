/**
 * Fuzzing the cluster import parser (issue 10): random and malformed CSV and JSON files
 * either parse into clusters that all pass the core schema, or are refused with an
 * `ImportValidationError` whose every issue names a row and a field — never another
 * exception. Seeded and bounded (fast-check; a few seconds).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterInputSchema, keyFiguresSchema } from '@polos/core';
import { sectorGroups } from '@polos/core/vocabulary-lists';
import { parseClusterFile } from '../src/files/cluster-file';
import { CLUSTER_COLUMNS } from '../src/repositories/cluster-rows';
import { ImportValidationError } from '../src/store';

const SEED = 20261203;
/**
 * The columns a cluster file may have (docs/storage.md#import): the cluster's stored
 * columns but its key-figure list and timestamps, then the key figures' fields in
 * snake_case but their `source` (the cluster's).
 */
const columns = [
  ...CLUSTER_COLUMNS.filter((c) => !['key_figures', 'created_at', 'updated_at'].includes(c)),
  ...Object.keys(keyFiguresSchema.shape)
    .filter((f) => f !== 'source')
    .map((f) => f.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)),
];

/** Text that stresses a parser: separators, quotes, line breaks, NUL, lone surrogates, BOMs. */
const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '"',
    '""',
    ',',
    '\n',
    '\r\n',
    '\r',
    '\u0000',
    '\ud800',
    '\udc00x',
    '\ufeff',
    '=1+1',
    '-',
    'NaN',
    '1e309',
    '-0',
    '2020.5',
  ),
  fc.stringMatching(/^[a-z0-9_-]{0,12}$/),
);
/** Plausible values, so that some files are valid and the success path is fuzzed too. */
const plausible = (column: string): fc.Arbitrary<string> => {
  switch (column) {
    case 'id':
      return fc.stringMatching(/^[a-z0-9][a-z0-9_-]{1,20}$/);
    case 'region':
      return fc.stringMatching(/^[A-Z]{2}[0-9]{0,3}$/);
    case 'country':
      return fc.constantFrom('BR', 'CL', 'ES', 'br', 'XX1');
    case 'sector_group':
      return fc.constantFrom(...sectorGroups, 'textiles');
    case 'year':
      return fc.integer({ min: 1700, max: 2200 }).map(String);
    case 'firms':
    case 'direct_jobs':
    case 'turnover':
      return fc.oneof(fc.nat({ max: 10_000 }).map(String), fc.double().map(String));
    case 'is_public':
      return fc.constantFrom('true', 'false', 'yes', '0', 'maybe');
    case 'currency':
      return fc.constantFrom('USD', 'EUR', '');
    case 'unit':
      return fc.constantFrom('one', 'thousand', 'million', 'billion');
    default:
      return fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 —-]{1,20}$/);
  }
};
/** A CSV cell as written: quoted when it must be, and sometimes when it need not be. */
const cell = (column: string) =>
  fc
    .tuple(
      fc.oneof({ weight: 4, arbitrary: plausible(column) }, { weight: 1, arbitrary: nasty }),
      fc.boolean(),
    )
    .map(([v, quoted]) => (quoted || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v));
/** Now and then a cell left unquoted on purpose (malformed CSV). */
const rawCell = fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: nasty });

const messyCsv = fc
  .tuple(
    fc.shuffledSubarray(columns, { minLength: 1 }),
    fc.array(fc.string({ maxLength: 8 }), { maxLength: 1 }),
    fc.boolean(),
  )
  .chain(([picked, extra, required]) => {
    const header = [
      ...new Set([...(required ? ['name', 'country', 'sector', 'sector_group'] : []), ...picked, ...extra]),
    ];
    return fc.tuple(
      fc.constant(header),
      fc.array(fc.tuple(...header.map((c) => fc.tuple(cell(c), rawCell).map(([q, raw]) => raw ?? q))), {
        maxLength: 8,
      }),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
    );
  })
  .map(
    ([header, rows, eol, bom]) =>
      (bom ? '\ufeff' : '') + [header.join(','), ...rows.map((r) => r.join(','))].join(eol) + eol,
  );

/** Files a user would write: the required columns, some optional ones, plausible cells. */
const cleanCsv = fc
  .shuffledSubarray(['id', 'region', 'location', 'description', 'source', 'year', 'firms', 'currency'])
  .chain((optional) => {
    const header = ['name', 'country', 'sector', 'sector_group', ...optional];
    return fc.tuple(
      fc.constant(header),
      fc.array(
        fc.tuple(
          ...header.map((c) =>
            (c === 'country'
              ? fc.constantFrom('BR', 'CL', 'ES')
              : c === 'sector_group'
                ? fc.constantFrom(...sectorGroups)
                : c === 'year'
                  ? fc.integer({ min: 1800, max: 2100 }).map(String)
                  : c === 'firms'
                    ? fc.nat({ max: 10_000 }).map(String)
                    : plausible(c)
            ).map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)),
          ),
        ),
        { minLength: 1, maxLength: 5 },
      ),
    );
  })
  .map(([header, rows]) => [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
const csvFile = fc.oneof(cleanCsv, messyCsv);

const jsonValueFor = (column: string) =>
  fc.oneof(
    { weight: 4, arbitrary: plausible(column) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  );
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{1,20}$/);
const jsonRecord = fc.record(
  {
    id: fc.oneof({ weight: 3, arbitrary: slug }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
    name: jsonValueFor('name'),
    country: jsonValueFor('country'),
    sector: jsonValueFor('sector'),
    sectorGroup: jsonValueFor('sector_group'),
    isPublic: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 })),
    keyFigures: fc.oneof(
      fc.array(
        fc.record({ year: fc.integer({ min: 1700, max: 2200 }), firms: fc.integer({ min: -5, max: 50 }) }),
        {
          maxLength: 3,
        },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    description: fc.oneof(
      { weight: 3, arbitrary: plausible('description') },
      { weight: 1, arbitrary: nasty },
    ),
  },
  { requiredKeys: ['name', 'country', 'sector', 'sectorGroup'] },
);
const jsonFile = fc.oneof(
  fc.array(jsonRecord, { maxLength: 6 }).map((list) => JSON.stringify(list)),
  fc.array(jsonRecord, { maxLength: 6 }).map((list) => JSON.stringify({ clusters: list })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 60 }),
  fc.array(jsonRecord, { maxLength: 4 }).map((list) => JSON.stringify(list).slice(0, -1)),
);

/** The contract: every row valid, or an ImportValidationError naming row and field. */
function checkOutcome(content: string, format: 'csv' | 'json' | undefined): 'imported' | 'refused' {
  let rows: ReturnType<typeof parseClusterFile>;
  try {
    rows = parseClusterFile(content, { fileName: 'fuzz', ...(format ? { format } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(ImportValidationError);
    const issues = (error as ImportValidationError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(Number.isInteger(issue.row) && issue.row >= 0).toBe(true);
      expect(typeof issue.field === 'string' && issue.field.length > 0).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    return 'refused';
  }
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((r) => r.cluster.id)).size).toBe(rows.length);
  for (const row of rows) expect(clusterInputSchema.safeParse(row.cluster).success).toBe(true);
  return 'imported';
}

describe('parseClusterFile under fuzzing (seeded)', () => {
  it('random CSV files: all rows valid or issues naming row and field, never another error', () => {
    const outcomes = { imported: 0, refused: 0 };
    fc.assert(
      fc.property(csvFile, (content) => {
        outcomes[checkOutcome(content, 'csv')]++;
      }),
      { seed: SEED, numRuns: 300 },
    );
    // The generator reaches both outcomes (a fuzzer that only ever fails tests little).
    expect(outcomes.imported).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it('random JSON bodies: all rows valid or issues naming row and field, never another error', () => {
    const outcomes = { imported: 0, refused: 0 };
    fc.assert(
      fc.property(jsonFile, (content) => {
        outcomes[checkOutcome(content, 'json')]++;
      }),
      { seed: SEED, numRuns: 400 },
    );
    expect(outcomes.imported).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it('arbitrary text with the format guessed: never another error', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })),
        (content) => {
          checkOutcome(content, undefined);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
