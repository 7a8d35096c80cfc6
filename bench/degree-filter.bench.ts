/**
 * The degree filter and the portfolio over many assessed clusters (decision 072), on the
 * embedded database (PGlite in memory): CLUSTERS clusters, each with one expert assessment
 * (written through the store, so the indices are stored as in production), degrees in
 * thirds. Times, median of RUNS runs each:
 *
 * - `listClusters({ degree: 'high', limit: 20 })` (one page and its total, SQL over the
 *   stored degree) against `latestAssessments()` + core's `assessmentIndices` over every
 *   cluster — the read the filter did before 072 before its own query (so a lower bound
 *   of the old cost);
 * - `portfolioRows({})` (one query) against `clusterSummaries({})` + `latestAssessments(ids)`
 *   + `collectiveEfficiency` per cluster — what `GET /api/portfolio` did before 072.
 *
 *   node scripts/bundle.mjs bench/degree-filter.bench.ts .tmp/bench-degree.mjs --run -- [clusters=5000] [runs=7]
 */
import { assessmentIndices, assessmentKinds } from '@polos/core';
import { createStore, importRowsOf } from '@polos/store';
import { median } from './map-steps';
import { assessSyntheticClusters } from './synthetic-clusters';

const [clusterCount = 5000, runs = 7] = process.argv.slice(2).map(Number);
const actor = { userId: null, label: 'bench' };

const store = await createStore({ dataDir: 'memory://' });
await store.migrate();
await store.importClusters(
  importRowsOf(
    Array.from({ length: clusterCount }, (_, i) => ({
      id: `bench-${i}`,
      name: `Bench cluster ${i}`,
      country: 'BR',
      sector: 'footwear',
      sectorGroup: 'traditional_manufacturing' as const,
      isPublic: true,
      keyFigures: [],
    })),
  ),
  actor,
  { mode: 'insert', source: 'bench' },
);
await assessSyntheticClusters(store, clusterCount, actor);

async function time(work: () => Promise<number>): Promise<{ ms: number; n: number }> {
  const ms: number[] = [];
  let n = 0;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    n = await work();
    ms.push(performance.now() - started);
  }
  return { ms: median(ms), n };
}

const all = { includePrivate: true, kinds: assessmentKinds };
const rows = {
  'degree filter, SQL (listClusters page + total)': await time(
    async () => (await store.listClusters({ degree: 'high', limit: 20, offset: 0 }, all)).total,
  ),
  'degree filter, JS read before 072 (latestAssessments + core)': await time(
    async () =>
      [...(await store.latestAssessments())].filter(([, a]) => assessmentIndices(a.scores).degree === 'high')
        .length,
  ),
  'portfolio rows, SQL (portfolioRows)': await time(async () => (await store.portfolioRows({}, all)).length),
  'portfolio rows before 072 (summaries + latest + core)': await time(async () => {
    const clusters = await store.clusterSummaries({}, all);
    const latest = await store.latestAssessments(clusters.map((c) => c.id));
    return clusters.filter((c) => latest.has(c.id) && assessmentIndices(latest.get(c.id)!.scores).degree)
      .length;
  }),
};
console.log(`PGlite in memory, ${clusterCount} clusters with one assessment each; median of ${runs} runs`);
for (const [name, { ms, n }] of Object.entries(rows)) {
  console.log(`${name.padEnd(64)} ${ms.toFixed(1).padStart(8)} ms  (${n} clusters)`);
}
await store.close();
