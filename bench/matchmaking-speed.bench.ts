/**
 * Speed of the explained matchmaking score (issue 12 point 3): N synthetic organisations
 * (seeded generator) with 1–3 NACE divisions drawn from the real WIOD sector map, a country
 * among 30 (with and without a WIOD table), half with value-chain positions, smart-
 * specialisation priorities and target markets, and N/2 random agreements; the real WIOD
 * 2014 coefficient tables. Times, for T targets: building the index once, then one query
 * = scoring one target against all N - 1 others and explaining the best 10 (`rank`), and
 * scoring alone (`scores`). Median and 95th percentile over the T targets, after a warm-up.
 *
 *   node scripts/bundle.mjs bench/matchmaking-speed.bench.ts .tmp/bench-mm-speed.mjs --run -- [organisations=10000] [targets=200]
 */
import { buildMatchmaking, type MatchAgreement, type MatchProfile, valueChainPositions } from '@polos/core';
import { loadMatchmakingData, median, mulberry32, readRows } from './matchmaking-data';
import { resolve } from 'node:path';

const [N = 10_000, T = 200] = process.argv.slice(2).map(Number);

const rand = mulberry32(20261203);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

let t0 = performance.now();
const data = loadMatchmakingData();
const loadMs = performance.now() - t0;
const divisions = readRows(resolve('data', 'wiod-2016-niot', 'wiod_sectors.csv')).flatMap((s) =>
  (s.nace_r2_divisions ?? '').split(';').map((d) => ({ d, w: s.wiod_code! })),
);
const countries = [
  'ES',
  'FR',
  'IT',
  'DE',
  'AT',
  'PT',
  'NL',
  'BE',
  'PL',
  'SE',
  'MX',
  'BR',
  'AR',
  'CO',
  'CL',
  'PE',
  'UY',
  'CR',
  'DO',
  'EC',
  'US',
  'CA',
  'GB',
  'JP',
  'KR',
  'CN',
  'TH',
  'PA',
  'GT',
  'EU',
];
const groups = [
  'traditional_manufacturing',
  'natural_resource_based',
  'complex_product_systems',
  'specialized_suppliers',
  'services',
  'other',
];

const profiles: MatchProfile[] = [];
for (let i = 0; i < N; i++) {
  const chosen = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(divisions));
  const full = rand() < 0.5;
  profiles.push({
    id: `org-${i}`,
    name: `Organisation ${i}`,
    countries: [pick(countries)],
    naceDivisions: chosen.map((c) => c.d),
    wiodSectors: [...new Set(chosen.map((c) => c.w))],
    sectorGroup: pick(groups),
    valueChainPositions: full ? [pick(valueChainPositions)] : [],
    smartSpecialisationPriorities: full ? Array.from({ length: 2 }, () => pick(divisions).d) : [],
    targetMarkets: full ? Array.from({ length: 3 }, () => pick(countries)) : [],
    languages: rand() < 0.2 ? ['en'] : [],
  });
}
const agreements: MatchAgreement[] = Array.from({ length: N / 2 }, (_, i) => ({
  id: `agr-${i}`,
  organisationIds: [`org-${Math.floor(rand() * N)}`, `org-${Math.floor(rand() * N)}`],
}));

t0 = performance.now();
const mm = buildMatchmaking({ profiles, io: data.io, agreements, countryName: data.countryName });
const buildMs = performance.now() - t0;

const targets = Array.from({ length: T }, () => `org-${Math.floor(rand() * N)}`);
for (const id of targets.slice(0, 20)) mm.rank(id, { limit: 10 }); // warm-up
const rankMs: number[] = [];
const scoreMs: number[] = [];
for (const [i, id] of targets.entries()) {
  t0 = performance.now();
  mm.rank(id, { limit: 10, lang: (['en', 'es', 'pt'] as const)[i % 3] });
  rankMs.push(performance.now() - t0);
  t0 = performance.now();
  mm.scores(id);
  scoreMs.push(performance.now() - t0);
}
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;
console.log(
  `${N} organisations (${N - 1} candidates per query), ${N / 2} agreements, ${data.io.tables.size} WIOD tables × ${data.io.sectors.length} sectors; ${T} targets`,
);
console.log(`load data files (CSV + 1.5 MB gz, parse, coefficients): ${loadMs.toFixed(0)} ms (once)`);
console.log(`build index: ${buildMs.toFixed(1)} ms (once)`);
console.log(
  `rank (score all + explain top 10): median ${median(rankMs).toFixed(2)} ms, p95 ${p95(rankMs).toFixed(2)} ms`,
);
console.log(
  `scores only:                      median ${median(scoreMs).toFixed(2)} ms, p95 ${p95(scoreMs).toFixed(2)} ms`,
);
