/**
 * `polos map <file>`: clusters from statistics (docs/methods/mapping.md). Reads a long
 * region × industry table (CSV, CSV.gz or Parquet) and writes lq.csv, proximity.csv,
 * density.csv, eci.csv, pci.csv, regions.csv, clusters.csv (with --definitions) and
 * run.json to --out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import {
  clusterEmployment,
  clusterStrength,
  complexityOutlook,
  economicComplexity,
  locationQuotientWithPresence,
  mappingWarnings,
  proximity,
  regionIndices,
  relatednessDensity,
  type MappingWarning,
} from '@polos/core';
import {
  csvField as field,
  ImportValidationError,
  readClusterDefinitions,
  readStatisticalTable,
  StatisticalCsvWriter as CsvFile,
  type StatisticalLimits,
  writeParquetFromCsv,
} from '@polos/store';
import { CliInputError } from '../cli-error';
import { MapWorker } from '../parallel/map-threads';
import { choice } from './idb-input';
import { cliConfig } from './config-env';

interface MapOptions {
  region: string;
  industry: string;
  value: string;
  year?: string;
  yearColumn: string;
  establishments?: string;
  level?: string;
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

export function register(program: Command): void {
  program
    .command('map <file>')
    .description(
      'Location quotients, proximity, relatedness density, ECI/PCI, cluster strength and region indices from a long region × industry table (docs/methods/mapping.md)',
    )
    .requiredOption('--region <col>', 'column of region codes')
    .requiredOption('--industry <col>', 'column of industry codes')
    .requiredOption('--value <col>', 'column of values (e.g. employment)')
    .option('--year <y>', 'keep only this year')
    .option('--year-column <col>', 'column of years', 'year')
    .option('--establishments <col>', 'column of establishment counts (CMP strong-cluster test)')
    .option('--level <digits>', 'NAICS level: 2 to 6 digits (drops totals and other levels)')
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
    .action(async (file: string, o: MapOptions) => {
      await runMap(file, o);
    });
}

async function runMap(file: string, o: MapOptions): Promise<void> {
  // A second thread (when built and when there are two cores), started now so it is ready
  // when the density comes; see parallel/map-threads.ts.
  const worker = MapWorker.start();
  try {
    await mapWith(worker, file, o);
  } finally {
    await worker?.close();
  }
}

async function mapWith(worker: MapWorker | undefined, file: string, o: MapOptions): Promise<void> {
  const format = choice('format', o.format, ['csv', 'parquet'] as const);
  const densityDiagonal = choice('density', o.density, ['exclude', 'include'] as const);
  const pciScale = choice('pci', o.pci, ['eci-scale', 'own-scale'] as const);
  const level = o.level === undefined ? undefined : Number(o.level);
  if (level !== undefined && !(Number.isInteger(level) && level >= 2 && level <= 6)) {
    throw new CliInputError(`--level: use 2 to 6 digits, not "${o.level}"`);
  }
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
          error.issues.map((i) => `  ${i.file}, line ${i.row}, column ${i.field}: ${i.message}`).join('\n'),
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
  const table = await readStatisticalTable(file, {
    limits: mapLimits(o),
    region: o.region,
    industry: o.industry,
    value: o.value,
    year: o.year,
    yearColumn: o.yearColumn,
    establishments: o.establishments,
    level,
  }).catch(asInputError);
  step('read');
  const { matrix } = table;
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const warnings: MappingWarning[] = [];
  let missing = 0;
  for (let k = 0; k < matrix.values.length; k++) if (matrix.values[k] !== matrix.values[k]) missing++;
  if (missing) warnings.push(mappingWarnings.missingCells(missing));

  progress(`${R} regions × ${P} industries: location quotients…`);
  const { lq, presence: m, diversity, ubiquity } = locationQuotientWithPresence(matrix);
  step('lq');
  progress('proximity…');
  const phi = proximity(m, R, P, ubiquity, { diagonal: densityDiagonal === 'exclude' ? 'zero' : 'one' });
  step('proximity');
  progress('relatedness density…');
  const density = worker ? await worker.density(m, phi, R, P) : relatednessDensity(m, phi, R, P);
  step('density');
  const out = resolve(o.out);
  mkdirSync(out, { recursive: true });
  const regionField = matrix.regions.map(field);
  const industryField = matrix.industries.map(field);
  // Without --outlook (whose COG goes in density.csv), the worker writes density.csv now,
  // while this thread computes ECI/PCI and writes the other files.
  const densityWritten =
    worker && !o.outlook && density.buffer instanceof SharedArrayBuffer
      ? worker.writeDensityCsv(join(out, 'density.csv'), density, regionField, industryField)
      : undefined;
  progress('ECI/PCI…');
  const ec = economicComplexity(m, R, P, diversity, ubiquity, matrix, { pci: pciScale });
  warnings.push(...ec.warnings);
  step('eci_pci');
  let outlook: { coi: Float64Array; cog: Float64Array } | undefined;
  if (o.outlook) {
    progress('complexity outlook…');
    // The Atlas/py-ecomplexity COI/COG use φ and density with the diagonal included.
    const phiOne = densityDiagonal === 'include' ? phi : proximity(m, R, P, ubiquity, { diagonal: 'one' });
    const densityOne = densityDiagonal === 'include' ? density : relatednessDensity(m, phiOne, R, P);
    outlook = complexityOutlook(m, phiOne, densityOne, R, P, ec);
    step('outlook');
  }
  const indices = regionIndices(matrix);
  let clusters:
    { table: ReturnType<typeof clusterEmployment>; strength: ReturnType<typeof clusterStrength> } | undefined;
  if (definitions) {
    const cTable = clusterEmployment(matrix, definitions, table.establishments);
    clusters = { table: cTable, strength: clusterStrength(cTable) };
    if (cTable.unmappedIndustries.length) {
      warnings.push({
        code: 'missing-cells',
        message: `${cTable.unmappedIndustries.length} industr(y/ies) of the data belong to no cluster of the definitions`,
        labels: cTable.unmappedIndustries.slice(0, 20),
      });
    }
  }
  step('indices_clusters');

  progress('writing…');
  const written: string[] = [];
  const regionBytes = regionField.map((x) => Buffer.from(`${x},`));
  const industryBytes = industryField.map((x) => Buffer.from(`${x},`));
  {
    const f = new CsvFile(join(out, 'lq.csv'), 'region,industry,value,lq');
    for (let r = 0; r < R; r++) {
      const prefix = regionBytes[r]!;
      const base = r * P;
      for (let i = 0; i < P; i++) {
        f.label(prefix);
        f.label(industryBytes[i]!);
        f.number(matrix.values[base + i]!);
        f.comma();
        f.number(lq[base + i]!);
        f.newline();
      }
    }
    f.close();
    written.push('lq.csv');
  }
  {
    const f = new CsvFile(join(out, 'proximity.csv'), 'industry_i,industry_j,phi');
    for (let i = 0; i < P; i++) {
      const prefix = industryBytes[i]!;
      for (let j = 0; j < P; j++) {
        f.label(prefix);
        f.label(industryBytes[j]!);
        f.number(phi[i * P + j]!);
        f.newline();
      }
    }
    f.close();
    written.push('proximity.csv');
  }
  if (!densityWritten) {
    const cog = outlook?.cog;
    const f = new CsvFile(
      join(out, 'density.csv'),
      cog ? 'region,industry,density,cog' : 'region,industry,density',
    );
    for (let r = 0; r < R; r++) {
      const prefix = regionBytes[r]!;
      const base = r * P;
      for (let i = 0; i < P; i++) {
        f.label(prefix);
        f.label(industryBytes[i]!);
        f.number(density[base + i]!);
        if (cog) {
          f.comma();
          f.number(cog[base + i]!);
        }
        f.newline();
      }
    }
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
      file: resolve(file),
      region: o.region,
      industry: o.industry,
      value: o.value,
      year: o.year ?? table.years[0] ?? null,
      establishments: o.establishments ?? null,
      level: level ?? null,
      definitions: o.definitions ?? null,
      rows: table.rows,
      regions: R,
      industries: P,
      missingCells: missing,
    },
    conventions: {
      locationQuotient: 'Balassa RCA, total denominator; missing cells count in no total and have LQ NaN',
      presence: 'M = 1 when LQ >= 1',
      proximity: 'Hidalgo et al. 2007: phi(i,j) = sum_r M(r,i) M(r,j) / max(k_i, k_j)',
      density:
        densityDiagonal === 'exclude'
          ? 'Hidalgo et al. 2007 / Datawheel: the industry itself excluded (phi diagonal 0)'
          : 'py-ecomplexity: the industry itself included (phi diagonal 1)',
      eciPci:
        pciScale === 'eci-scale'
          ? 'Growth Lab py-ecomplexity: 2nd eigenvector of the product matrix, sign so ECI correlates with diversity, ECI z-scored (population SD), PCI scaled with the mean and SD of the raw ECI'
          : 'as Growth Lab, but PCI z-scored on its own',
      outlook: o.outlook
        ? 'Atlas/py-ecomplexity: COI = sum over absent industries of density x PCI (z-scored); COG(r,i) = sum over absent j of phi(i,j) / sum_k phi(j,k) x PCI_j / SD(raw ECI)'
        : null,
      clusters: definitions
        ? 'U.S. CMP (Delgado, Porter & Stern 2016): cluster LQ against traded or local employment; strong = LQ >= P75 and >= 1, employment > P25 (and establishments > P25); stars: European Cluster Observatory (size top 10 %, LQ >= 2, focus top 10 %)'
        : null,
      regionIndices:
        'Krugman, Hoover, Herfindahl, Gini over industries; related/unrelated variety (Frenken et al. 2007) with 2-digit groups',
    },
    warnings: [...table.notes.map((message) => ({ code: 'input', message })), ...warnings],
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
