/**
 * `polos map` as a user runs it (the bundled CLI in a child process):
 * - on the world exports (224 × 1,222): its CSV outputs agree with py-ecomplexity's values
 *   (packages/core/src/mapping/fixtures, made as its README says) to 1e-9 under the same
 *   conventions (--density include);
 * - on the CBP state data with the U.S. benchmark clusters: the strong clusters the CMP
 *   is known for (aerospace in Kansas and Washington, automotive in Michigan);
 * - the contract commands on the shipped Eurostat SBS and Brazil RAIS tables (row
 *   filters, absent cells as zero, roll-up of municipalities to states);
 * - bad input: exit code 2 and a message with file, line and column, or naming the flag.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, root, type BundledCli } from './bundled-cli';

const world = join(root, 'data/world-exports-hs4/ots_country_hs4_exports_2017.csv.gz');
const states = join(root, 'data/us-cbp-county-naics/cbp_state_naics_2017_2021.csv.gz');
const sbs = join(root, 'data/eu-sbs-nuts2-nace/sbs_nuts2_nace2_2008_2015.csv.gz');
const rais = join(
  root,
  'data/br-rais-establishments/rais_establishments_municipality_cnae_group_2010_2015.csv.gz',
);
const reference = JSON.parse(
  readFileSync(join(root, 'packages/core/src/mapping/fixtures/world-hs4-2017-py-ecomplexity.json'), 'utf8'),
) as {
  eci: Record<string, number>;
  diversity: Record<string, number>;
  pci: Record<string, number>;
  ubiquity: Record<string, number>;
  rca: Array<[string, string, number]>;
  density: Array<[string, string, number]>;
  cog: Array<[string, string, number]>;
  coi: Record<string, number>;
  proximity: Array<[string, string, number]>;
};
let work: string;
let cli: BundledCli;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'polos-map-'));
  cli = await bundleCli('map');
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cli?.remove();
});

/**
 * `map <file> --region <r> --industry <i> --value <v>` then `--<flag> <value>` for each
 * option in its order (`true`: the flag alone).
 */
function mapArgs(
  file: string,
  region: string,
  industry: string,
  value: string,
  options: Record<string, string | true> = {},
): string[] {
  const flags = Object.entries(options).flatMap(([flag, v]) =>
    v === true ? [`--${flag}`] : [`--${flag}`, v],
  );
  return ['map', file, '--region', region, '--industry', industry, '--value', value, ...flags];
}

function polos(...args: string[]) {
  return cli.run(args);
}

/** The rows of an output CSV (no quoted fields in these files) keyed by their first `keys` fields. */
function table(path: string, keys: number): { header: string[]; rows: Map<string, string[]> } {
  const [head, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const rows = new Map<string, string[]>();
  for (const line of lines) {
    const cells = line.split(',');
    rows.set(cells.slice(0, keys).join('|'), cells);
  }
  return { header: head!.split(','), rows };
}

const close = (actual: string | undefined, expected: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs(Number(actual) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe('polos map', () => {
  it('agrees with py-ecomplexity on the world exports (ECI, PCI, RCA, proximity, density, COI, COG) to 1e-9', () => {
    const out = join(work, 'world');
    const r = polos(
      ...mapArgs(world, 'reporter_iso', 'product_code', 'export_value_usd', {
        density: 'include',
        outlook: true,
        out,
      }),
    );
    expect(r.stderr).not.toContain('Error');
    expect(r.code).toBe(0);
    const eci = table(join(out, 'eci.csv'), 1);
    expect(eci.header).toEqual(['region', 'diversity', 'eci']);
    for (const [country, value] of Object.entries(reference.eci)) {
      close(eci.rows.get(country)?.[2], value);
      expect(Number(eci.rows.get(country)?.[1])).toBe(reference.diversity[country]);
    }
    const pci = table(join(out, 'pci.csv'), 1);
    expect(pci.header).toEqual(['industry', 'ubiquity', 'pci']);
    for (const [product, value] of Object.entries(reference.pci)) {
      close(pci.rows.get(product)?.[2], value);
      expect(Number(pci.rows.get(product)?.[1])).toBe(reference.ubiquity[product]);
    }
    const lq = table(join(out, 'lq.csv'), 2);
    expect(lq.header).toEqual(['region', 'industry', 'value', 'lq']);
    let checkedRca = 0;
    for (const [country, product, value] of reference.rca) {
      const row = lq.rows.get(`${country}|${product}`)!;
      // py-ecomplexity fills a missing export with 0 (RCA 0); polos keeps it missing (empty).
      if (row[2] === '') expect(value).toBe(0);
      else {
        close(row[3], value);
        checkedRca++;
      }
    }
    expect(checkedRca).toBeGreaterThan(200);
    const density = table(join(out, 'density.csv'), 2);
    expect(density.header).toEqual(['region', 'industry', 'density', 'cog']);
    for (const [country, product, value] of reference.density)
      close(density.rows.get(`${country}|${product}`)?.[2], value);
    for (const [country, product, value] of reference.cog)
      close(density.rows.get(`${country}|${product}`)?.[3], value);
    const regions = table(join(out, 'regions.csv'), 1);
    const coi = regions.header.indexOf('coi');
    for (const [country, value] of Object.entries(reference.coi))
      close(regions.rows.get(country)?.[coi], value);
    const phi = table(join(out, 'proximity.csv'), 2);
    expect(phi.header).toEqual(['industry_i', 'industry_j', 'phi']);
    for (const [i, j, value] of reference.proximity) close(phi.rows.get(`${i}|${j}`)?.[2], value);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as {
      input: { regions: number; industries: number };
    };
    expect(run.input).toMatchObject({ regions: 224, industries: 1222 });
  }, 90_000); // a correctness check of a whole run, not a speed test (bench/ times it)

  it('agrees with py-ecomplexity on the U.S. county data (2021, NAICS 6: 1,848 × 931) to 1e-9', () => {
    const county = JSON.parse(
      readFileSync(
        join(root, 'packages/core/src/mapping/fixtures/us-county-naics6-2021-py-ecomplexity.json'),
        'utf8',
      ),
    ) as Omit<typeof reference, 'cog' | 'coi'>;
    const out = join(work, 'county');
    const counties = join(root, 'data/us-cbp-county-naics/cbp_county_naics_2017_2021.csv.gz');
    const r = polos(
      ...mapArgs(counties, 'fips', 'naics', 'emp', { year: '2021', level: '6', density: 'include', out }),
    );
    expect(r.code).toBe(0);
    const eci = table(join(out, 'eci.csv'), 1);
    expect(eci.rows.size).toBe(Object.keys(county.eci).length);
    for (const [fips, value] of Object.entries(county.eci)) {
      close(eci.rows.get(fips)?.[2], value);
      expect(Number(eci.rows.get(fips)?.[1])).toBe(county.diversity[fips]);
    }
    const pci = table(join(out, 'pci.csv'), 1);
    for (const [naics, value] of Object.entries(county.pci)) close(pci.rows.get(naics)?.[2], value);
    const lq = table(join(out, 'lq.csv'), 2);
    for (const [fips, naics, value] of county.rca) {
      const row = lq.rows.get(`${fips}|${naics}`)!;
      if (row[2] === '') expect(value).toBe(0);
      else close(row[3], value);
    }
    const density = table(join(out, 'density.csv'), 2);
    for (const [fips, naics, value] of county.density)
      close(density.rows.get(`${fips}|${naics}`)?.[2], value);
    const phi = table(join(out, 'proximity.csv'), 2);
    for (const [i, j, value] of county.proximity) close(phi.rows.get(`${i}|${j}`)?.[2], value);
  }, 90_000); // a correctness check of a whole run, not a speed test (bench/ times it)

  it('finds the U.S. benchmark strong clusters on the CBP state data (2021, NAICS 6), also as Parquet', () => {
    const out = join(work, 'states');
    const r = polos(
      ...mapArgs(states, 'state_name', 'naics', 'emp', {
        establishments: 'estab',
        year: '2021',
        level: '6',
        definitions: 'us-benchmark',
        format: 'parquet',
        out,
      }),
    );
    expect(r.code).toBe(0);
    const clusters = table(join(out, 'clusters.csv'), 2);
    expect(clusters.header).toEqual(['region', 'cluster', 'type', 'employment', 'lq', 'strong', 'stars']);
    const strong = (state: string, cluster: string) => clusters.rows.get(`${state}|${cluster}`)?.[5];
    expect(strong('Kansas', 'Aerospace Vehicles and Defense')).toBe('1');
    expect(strong('Washington', 'Aerospace Vehicles and Defense')).toBe('1');
    expect(strong('Michigan', 'Automotive')).toBe('1');
    expect(strong('Wyoming', 'Automotive')).toBe('0');
    // Kansas aerospace LQ well above 1 (Wichita): the CMP reports it among the most specialised.
    expect(Number(clusters.rows.get('Kansas|Aerospace Vehicles and Defense')?.[4])).toBeGreaterThan(3);
    for (const name of ['lq', 'proximity', 'density', 'eci', 'pci', 'regions', 'clusters']) {
      expect(existsSync(join(out, `${name}.parquet`))).toBe(true);
    }
  });

  it('writes the same files on two threads (density split, density.csv by the worker) as on one', () => {
    // The worker bundle is built by `npm run build` (npm test builds before testing).
    expect(existsSync(join(root, 'packages/cli/dist/map-worker.mjs')), 'run npm run build first').toBe(true);
    const args = (out: string) =>
      mapArgs(states, 'state_name', 'naics', 'emp', {
        year: '2021',
        level: '6',
        definitions: 'us-benchmark',
        out,
      });
    const one = cli.run(args(join(work, 'threads-1')), { env: { POLOS_THREADS: '1' } });
    const two = cli.run(args(join(work, 'threads-2')));
    expect([one.code, two.code]).toEqual([0, 0]);
    for (const name of [
      'lq.csv',
      'proximity.csv',
      'density.csv',
      'eci.csv',
      'pci.csv',
      'regions.csv',
      'clusters.csv',
    ]) {
      const a = readFileSync(join(work, 'threads-1', name));
      expect(a.length, name).toBeGreaterThan(100);
      expect(readFileSync(join(work, 'threads-2', name)).equals(a), name).toBe(true);
    }
  });

  it('exits 2 naming file, line and column on bad input', () => {
    const missing = polos(
      ...mapArgs(states, 'county', 'naics', 'emp', { year: '2021', out: join(work, 'x') }),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cbp_state_naics_2017_2021.csv.gz, line 1, column county');
    const years = polos(...mapArgs(states, 'state_name', 'naics', 'emp'), '--out', join(work, 'y'));
    expect(years.code).toBe(2);
    expect(years.stderr).toContain('choose one with --year');
  });

  it('refuses a table over its limits (flags, else the environment) with exit 2, naming the line and the limit', () => {
    // 20,000 regions × 20,000 industries on a diagonal (0.4 MB): refused on reading, not after a 3.2 GB matrix.
    const lines = ['region,industry,value'];
    for (let k = 0; k < 20_000; k++) lines.push(`r${k},i${k},1`);
    const diagonal = join(work, 'diagonal.csv');
    writeFileSync(diagonal, `${lines.join('\n')}\n`);
    const args = mapArgs(diagonal, 'region', 'industry', 'value');
    const byDefault = cli.run([...args, '--out', join(work, 'd1')], { timeoutMs: 30_000 });
    expect(byDefault.code).toBe(2);
    expect(byDefault.stderr).toContain('diagonal.csv, line 7073, column industry');
    expect(byDefault.stderr).toContain('--max-cells');
    const byFlag = cli.run([...args, '--max-regions', '100', '--out', join(work, 'd2')]);
    expect(byFlag.code).toBe(2);
    expect(byFlag.stderr).toContain('line 102, column region: more than 100 distinct regions');
    const byEnv = cli.run([...args, '--out', join(work, 'd3')], { env: { POLOS_MAX_ROWS: '10' } });
    expect(byEnv.code).toBe(2);
    expect(byEnv.stderr).toContain('line 12, column (row): more than 10 rows');
    const bomb = join(work, 'bomb.csv.gz');
    writeFileSync(bomb, gzipSync(Buffer.from(`region,industry,value\n${'a,b,1\n'.repeat(400_000)}`)));
    const gz = cli.run(
      mapArgs(bomb, 'region', 'industry', 'value', { 'max-decompressed-mb': '1', out: join(work, 'd4') }),
    );
    expect(gz.code).toBe(2);
    expect(gz.stderr).toContain('more than 1 MB of text once decompressed');
    const bad = cli.run([...args, '--max-cells', 'many', '--out', join(work, 'd5')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-cells: a positive number, not "many"');
  });

  it("writes lq.csv for the issue's contract command on the Eurostat SBS table (--where, no NAICS level)", () => {
    const out = join(work, 'eu');
    const r = polos(
      ...mapArgs(sbs, 'geo', 'nace_r2', 'persons_employed', { year: '2014' }),
      ...['--where', 'geo_level=2', '--where', 'nace_level=division', '--out', out],
    );
    expect(r.code).toBe(0);
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { input: Record<string, unknown> };
    // PROVENANCE.md: 19,244 rows of NUTS-2 × division in 2014; no --level implied for NACE codes.
    expect(run.input).toMatchObject({
      rows: 19244,
      regions: 284,
      industries: 68,
      level: null,
      absent: 'missing',
    });
    const lq = table(join(out, 'lq.csv'), 2);
    expect(lq.header).toEqual(['region', 'industry', 'value', 'lq']);
    expect(lq.rows.size).toBe(284 * 68);
    // The LQs shipped-statistics.test.ts (store) recomputes from the gzip lines.
    expect(lq.rows.get('ES21|C25')?.[2]).toBe('39532');
    close(lq.rows.get('ES21|C25')?.[3], 2.61342890563981);
    close(lq.rows.get('ES21|C28')?.[3], 1.60194397654026);
    expect([...lq.rows.keys()].some((key) => /\|[A-Z]$/.test(key))).toBe(false); // no section counted
  });

  it("writes lq.csv for the issue's contract command on the RAIS table, with --absent zero and --region-prefix 2", () => {
    const base = mapArgs(rais, 'municipality_ibge', 'cnae_group', 'establishments', { year: '2015' });
    const contract = polos(...base, '--out', join(work, 'br'));
    expect(contract.code).toBe(0);
    const municipal = table(join(work, 'br', 'lq.csv'), 2);
    expect(municipal.rows.size).toBe(5570 * 282);
    close(municipal.rows.get('4313409|153')?.[3], 19.4525480463073); // Novo Hamburgo × footwear
    // The file omits zero cells: missing (empty LQ) by default, 0 with --absent zero.
    expect(municipal.rows.get('4313409|017')?.slice(2)).toEqual(['', '']);
    const byState = polos(
      ...base,
      '--absent',
      'zero',
      '--region-prefix',
      '2',
      '--out',
      join(work, 'br-states'),
    );
    expect(byState.code).toBe(0);
    const states = table(join(work, 'br-states', 'lq.csv'), 2);
    expect(states.rows.size).toBe(27 * 282);
    expect(states.rows.get('43|153')?.[2]).toBe('2746'); // Rio Grande do Sul
    close(states.rows.get('43|153')?.[3], 4.40426815830133);
    expect(states.rows.get('11|017')?.slice(2)).toEqual(['0', '0']); // Rondônia has no row of group 017
    const run = JSON.parse(readFileSync(join(work, 'br-states', 'run.json'), 'utf8')) as {
      warnings: unknown[];
    };
    expect(run.warnings).toEqual([]); // the roll-up's sums are not reported as duplicates
  }, 60_000);

  it('exits 2 naming the flag for a --where without =, an unknown --where column, a bad --region-prefix or --absent', () => {
    const base = mapArgs(sbs, 'geo', 'nace_r2', 'persons_employed', { year: '2014', out: join(work, 'bad') });
    const cases: Array<[string[], string]> = [
      [['--where', 'geo_level'], '--where: use column=value (e.g. --where geo_level=2), not "geo_level"'],
      [['--where', 'nuts_level=2'], 'column nuts_level: column "nuts_level" (--where) is not in the header'],
      [['--region-prefix', 'two'], '--region-prefix: a whole number of characters ≥ 1'],
      [['--absent', 'none'], '--absent: use missing or zero, not "none"'],
    ];
    for (const [flags, message] of cases) {
      const r = polos(...base, ...flags);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
  }, 60_000); // four CLI processes
});
