/**
 * `polos map <file>`: clusters from statistics (docs/methods/mapping.md). Reads a long
 * region × industry table (CSV, CSV.gz or Parquet, or a PostgreSQL table or query
 * aggregated on the server: map-source.ts) and writes lq.csv, proximity.csv,
 * density.csv, eci.csv, pci.csv, regions.csv, clusters.csv (with --definitions) and
 * run.json to --out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { mapRegionIndustry } from '@polos/core';
import {
  csvField as field,
  ImportValidationError,
  readClusterDefinitions,
  StatisticalCsvWriter as CsvFile,
  type StatisticalLimits,
  writeParquetFromCsv,
} from '@polos/store';
import { CliInputError } from '../cli-error';
import { MapWorker } from '../parallel/map-threads';
import { choice } from './idb-input';
import { cliConfig } from './config-env';
import { collect, mapReadOptions, type MapReadFlags } from './map-read-options';
import { mapInput, type MapSourceFlags } from './map-source';

interface MapOptions extends MapReadFlags, MapSourceFlags {
  region: string;
  industry: string;
  value: string;
  year?: string;
  yearColumn: string;
  establishments?: string;
  definitions?: string;
  out: string;
  format: string;
  density: string;
  pci: string;
  outlook?: boolean;
  maxRegions?: string;
  maxIndustries?: string;
  maxCells?: string;
  maxRows?: string;
  maxDecompressedMb?: string;
}

/** NaN → empty field; numbers in the small files keep their shortest round-trip form. */
const num = (x: number): string => (x === x && Number.isFinite(x) ? String(x) : '');

/**
 * Where a problem is: the file, its line and column — or, for a problem of the whole source
 * (line 0: a server that refuses the connection, a filter that leaves no row), the file and
 * the flag or field alone.
 * @example whereOf({ file: 'x.csv', row: 3, field: 'emp' }) // 'x.csv, line 3, column emp'
 */
export function whereOf(issue: { file: string; row: number; field: string }): string {
  const field = !issue.field || issue.field.startsWith('--') ? issue.field : `column ${issue.field}`;
  return [issue.file, issue.row > 0 ? `line ${issue.row}` : '', field].filter(Boolean).join(', ');
}

export function register(program: Command): void {
  program
    .command('map [file]')
    .description(
      'Location quotients, proximity, relatedness density, ECI/PCI, cluster strength and region indices from a long region × industry table (docs/methods/mapping.md)',
    )
    .option('--source <url>', 'a PostgreSQL server (postgres://user@host/db) instead of a file')
    .option('--table <name>', 'with --source: the table of microdata (schema.table allowed)')
    .option('--query <sql>', 'with --source: a query whose rows are the microdata')
    .requiredOption('--region <col>', 'column of region codes')
    .requiredOption('--industry <col>', 'column of industry codes')
    .requiredOption('--value <col>', 'column of values (e.g. employment)')
    .option('--year <y>', 'keep only this year')
    .option('--year-column <col>', 'column of years', 'year')
    .option('--establishments <col>', 'column of establishment counts (CMP strong-cluster test)')
    .option(
      '--level <digits>',
      'NAICS level: 2 to 6 digits (drops totals and other levels); NAICS codes only',
    )
    .option(
      '--where <column=value>',
      'keep only rows whose column holds the value (repeatable; a column twice: either value), e.g. geo_level=2',
      collect,
    )
    .option(
      '--region-prefix <n>',
      'roll regions up to the first n characters of their code (IBGE → state: 2)',
    )
    .option(
      '--absent <cells>',
      'a region × industry with no row: missing (Eurostat, CBP) or zero (files that omit zeros: RAIS)',
      'missing',
    )
    .option('--definitions <source>', 'cluster definitions: us-benchmark or a CSV (industry,cluster[,type])')
    .requiredOption('--out <dir>', 'output folder')
    .option('--format <format>', 'csv or parquet', 'csv')
    .option(
      '--density <diagonal>',
      'relatedness density: exclude (Hidalgo et al.) or include (py-ecomplexity) the industry itself',
      'exclude',
    )
    .option('--pci <scale>', 'PCI scale: eci-scale (Growth Lab) or own-scale', 'eci-scale')
    .option(
      '--outlook',
      'also complexity outlook (regions.csv coi) and outlook gain (density.csv cog); costly',
    )
    .option('--max-regions <n>', 'refuse more distinct regions (env POLOS_MAX_REGIONS; default 100000)')
    .option(
      '--max-industries <n>',
      'refuse more distinct industries (env POLOS_MAX_INDUSTRIES; default 100000)',
    )
    .option('--max-cells <n>', 'refuse more regions × industries (env POLOS_MAX_CELLS; default 50000000)')
    .option('--max-rows <n>', 'refuse a file of more rows (env POLOS_MAX_ROWS; default 50000000)')
    .option(
      '--max-decompressed-mb <mb>',
      'refuse more MB of CSV text once gunzipped (env POLOS_MAX_DECOMPRESSED_MB; default 4096)',
    )
    .action(async (file: string | undefined, o: MapOptions) => {
      await runMap(file, o);
    });
}

async function runMap(file: string | undefined, o: MapOptions): Promise<void> {
  const input = mapInput(file, o);
  // A second thread (when built and when there are two cores), started now so it is ready
  // when the density comes; see parallel/map-threads.ts.
  const worker = MapWorker.start();
  try {
    await mapWith(worker, input, o);
  } finally {
    await worker?.close();
  }
}

async function mapWith(
  worker: MapWorker | undefined,
  input: ReturnType<typeof mapInput>,
  o: MapOptions,
): Promise<void> {
  const format = choice('format', o.format, ['csv', 'parquet'] as const);
  const densityDiagonal = choice('density', o.density, ['exclude', 'include'] as const);
  const pciScale = choice('pci', o.pci, ['eci-scale', 'own-scale'] as const);
  const read = mapReadOptions(o);
  const { level } = read;
  const tty = process.stderr.isTTY;
  const started = performance.now();
  const timings: Record<string, number> = {};
  let last = started;
  const step = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round((now - last) * 10) / 10;
    last = now;
  };
  const progress = (text: string) => {
    if (tty) process.stderr.write(`\r\x1b[Kpolos map: ${text}`);
  };
  const asInputError = (error: unknown): never => {
    if (error instanceof ImportValidationError) {
      throw new CliInputError(
        `${error.issues.length} problem(s):\n` +
          error.issues.map((i) => `  ${whereOf(i)}: ${i.message}`).join('\n'),
      );
    }
    throw error;
  };

  progress('reading…');
  const definitions = o.definitions
    ? (() => {
        try {
          return readClusterDefinitions(o.definitions, { dataPath: cliConfig().dataPath });
        } catch (error) {
          return asInputError(error);
        }
      })()
    : undefined;
  const table = await input
    .read({
      limits: mapLimits(o),
      region: o.region,
      industry: o.industry,
      value: o.value,
      year: o.year,
      yearColumn: o.yearColumn,
      establishments: o.establishments,
      ...read,
    })
    .catch(asInputError);
  step('read');
  const { matrix } = table;
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const out = resolve(o.out);
  mkdirSync(out, { recursive: true });
  const regionField = matrix.regions.map(field);
  const industryField = matrix.industries.map(field);
  // Without --outlook (whose COG goes in density.csv), the worker writes density.csv as soon
  // as the density is known, while this thread computes ECI/PCI and writes the other files.
  let densityWritten: Promise<void> | undefined;
  const phaseText: Record<string, string> = {
    lq: `${R} regions × ${P} industries: location quotients…`,
    proximity: 'proximity…',
    density: 'relatedness density…',
    eci_pci: 'ECI/PCI…',
    outlook: 'complexity outlook…',
  };
  const result = await mapRegionIndustry(
    matrix,
    {
      measures: [
        'lq',
        'proximity',
        'density',
        'complexity',
        ...(o.outlook ? (['outlook'] as const) : []),
        'regionIndices',
        ...(definitions ? (['clusters'] as const) : []),
      ],
      densityDiagonal,
      pciScale,
      year: yearOf(o.year ?? table.years[0]),
      ...(definitions && { clusters: { definitions, establishments: table.establishments } }),
    },
    {
      ...(worker && { density: (m, phi, r, p) => worker.density(m, phi, r, p) }),
      onPhase: (name, ms) => {
        if (ms === undefined) {
          if (phaseText[name]) progress(phaseText[name]);
        } else timings[name] = ms;
      },
      onDensity: (density) => {
        if (worker && !o.outlook && density.buffer instanceof SharedArrayBuffer)
          densityWritten = worker.writeDensityCsv(
            join(out, 'density.csv'),
            density,
            regionField,
            industryField,
          );
      },
    },
  );
  last = performance.now();
  const { warnings } = result;
  const missing = result.provenance.input.missingCells;
  const lq = result.lq!;
  const phi = result.proximity!;
  const density = result.density!;
  const diversity = result.diversity!;
  const ubiquity = result.ubiquity!;
  const ec = result.complexity!;
  const outlook = result.outlook;
  const indices = result.regionIndices!;
  const clusters = result.clusters;

  progress('writing…');
  const written: string[] = [];
  const regionBytes = regionField.map((x) => Buffer.from(`${x},`));
  const industryBytes = industryField.map((x) => Buffer.from(`${x},`));
  {
    const f = new CsvFile(join(out, 'lq.csv'), 'region,industry,value,lq');
    f.cells(regionBytes, industryBytes, [matrix.values, lq]);
    f.close();
    written.push('lq.csv');
  }
  {
    const f = new CsvFile(join(out, 'proximity.csv'), 'industry_i,industry_j,phi');
    f.cells(industryBytes, industryBytes, [phi]);
    f.close();
    written.push('proximity.csv');
  }
  if (!densityWritten) {
    const cog = outlook?.cog;
    const f = new CsvFile(
      join(out, 'density.csv'),
      cog ? 'region,industry,density,cog' : 'region,industry,density',
    );
    f.cells(regionBytes, industryBytes, cog ? [density, cog] : [density]);
    f.close();
  }
  written.push('density.csv');
  {
    const f = new CsvFile(join(out, 'eci.csv'), 'region,diversity,eci');
    for (let r = 0; r < R; r++) f.text(`${regionField[r]},${diversity[r]},${num(ec.eci[r]!)}\n`);
    f.close();
    const g = new CsvFile(join(out, 'pci.csv'), 'industry,ubiquity,pci');
    for (let i = 0; i < P; i++) g.text(`${industryField[i]},${ubiquity[i]},${num(ec.pci[i]!)}\n`);
    g.close();
    written.push('eci.csv', 'pci.csv');
  }
  {
    const header = [
      'region',
      'total',
      'diversity',
      'eci',
      ...(outlook ? ['coi'] : []),
      'krugman',
      'hoover',
      'herfindahl',
      'gini',
      'related_variety',
      'unrelated_variety',
      ...(clusters ? ['cluster_strength'] : []),
    ].join(',');
    const f = new CsvFile(join(out, 'regions.csv'), header);
    for (let r = 0; r < R; r++) {
      const cells = [
        regionField[r]!,
        num(indices.total[r]!),
        String(diversity[r]),
        num(ec.eci[r]!),
        ...(outlook ? [num(outlook.coi[r]!)] : []),
        num(indices.krugman[r]!),
        num(indices.hoover[r]!),
        num(indices.herfindahl[r]!),
        num(indices.gini[r]!),
        num(indices.relatedVariety[r]!),
        num(indices.unrelatedVariety[r]!),
        ...(clusters ? [num(clusters.strength.strength[r]!)] : []),
      ];
      f.text(`${cells.join(',')}\n`);
    }
    f.close();
    written.push('regions.csv');
  }
  if (clusters) {
    const { table: ct, strength } = clusters;
    const C = ct.clusters.length;
    const f = new CsvFile(join(out, 'clusters.csv'), 'region,cluster,type,employment,lq,strong,stars');
    const clusterField = ct.clusters.map(field);
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        const k = r * C + c;
        f.text(
          `${regionField[r]},${clusterField[c]},${ct.types[c]},${num(ct.employment[k]!)},${num(strength.lq[k]!)},${strength.strong[k]},${strength.stars[k]}\n`,
        );
      }
    }
    f.close();
    written.push('clusters.csv');
  }
  await densityWritten;
  step('write_csv');
  if (format === 'parquet') {
    progress('Parquet…');
    for (const name of written)
      await writeParquetFromCsv(join(out, name), join(out, name.replace(/\.csv$/, '.parquet')));
    step('write_parquet');
  }
  timings.total = Math.round((performance.now() - started) * 10) / 10;
  const run = {
    command: 'polos map',
    input: {
      ...input.description,
      region: o.region,
      industry: o.industry,
      value: o.value,
      year: o.year ?? table.years[0] ?? null,
      establishments: o.establishments ?? null,
      level: level ?? null,
      where: read.where ?? [],
      regionPrefix: read.regionPrefix ?? null,
      absent: read.absentIsZero ? 'zero' : 'missing',
      definitions: o.definitions ?? null,
      rows: table.rows,
      regions: R,
      industries: P,
      missingCells: missing,
      ...(table.sql && { sql: table.sql }),
    },
    conventions: result.provenance.methods,
    warnings: [
      ...table.notes.map((n) => ({ code: 'input', message: n.text })),
      ...warnings.map(({ code, message, labels }) => ({ code, message, ...(labels && { labels }) })),
    ],
    outputs:
      format === 'parquet' ? written.map((n) => n.replace(/\.csv$/, '.parquet')).concat(written) : written,
    timingsMs: {
      ...timings,
      ...Object.fromEntries(Object.entries(table.timings).map(([k, v]) => [`read_${k}`, Math.round(v)])),
    },
  };
  writeFileSync(join(out, 'run.json'), `${JSON.stringify(run, null, 2)}\n`);
  if (tty)
    process.stderr.write(
      `\r\x1b[Kpolos map: ${R} regions × ${P} industries in ${(timings.total / 1000).toFixed(2)} s → ${out}\n`,
    );
  for (const w of warnings) process.stderr.write(`warning: ${w.message}\n`);
}

/** The year of the data for the provenance (an integer, else null). */
function yearOf(text: string | number | undefined): number | null {
  const y = Number(text);
  return text !== undefined && Number.isInteger(y) ? y : null;
}

/**
 * The statistical limits of `polos map` (docs/cli.md): a flag given on the command line,
 * else the environment (POLOS_MAX_REGIONS, …), else the reader's defaults.
 */
type LimitFlag = 'maxRegions' | 'maxIndustries' | 'maxCells' | 'maxRows' | 'maxDecompressedMb';

function mapLimits(o: MapOptions): Partial<StatisticalLimits> {
  const limits: Partial<StatisticalLimits> = { ...cliConfig().uploadLimits };
  const flags: Array<[keyof StatisticalLimits, LimitFlag, string, number]> = [
    ['maxRegions', 'maxRegions', '--max-regions', 1],
    ['maxIndustries', 'maxIndustries', '--max-industries', 1],
    ['maxCells', 'maxCells', '--max-cells', 1],
    ['maxRows', 'maxRows', '--max-rows', 1],
    ['maxBytes', 'maxDecompressedMb', '--max-decompressed-mb', 1024 * 1024],
  ];
  for (const [limit, option, flag, unit] of flags) {
    const text = o[option];
    if (text === undefined) continue;
    const n = Number(text);
    if (!(Number.isFinite(n) && n > 0)) throw new CliInputError(`${flag}: a positive number, not "${text}"`);
    limits[limit] = Math.round(n * unit);
  }
  return limits;
}
