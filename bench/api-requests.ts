/**
 * Latency and throughput of the HTTP API over a real socket, on the embedded database
 * (PGlite in memory), seeded with the demo data plus N synthetic clusters.
 *
 *   node scripts/bundle.mjs bench/api-requests.ts .tmp/bench-api.mjs --run -- [clusters=5000] [requests=400] [concurrency=8]
 *
 * The synthetic clusters are those of synthetic-clusters.ts (shared with http-throughput).
 * At least 1,235 clusters: "read one" reads bench-1234.
 *
 * Prints, per endpoint, the median over 5 runs of: requests per second and the
 * median and 95th-percentile latency of one run's requests.
 */
import { serve } from '@hono/node-server';
import { createApp, hashPassword, MemorySignInThrottle } from '@polos/server';
import { createStore, seedDemoData } from '@polos/store';
import { addSyntheticClusters } from './synthetic-clusters';
import { fileURLToPath } from 'node:url';

const [clusterCount = 5000, requests = 400, concurrency = 8] = process.argv.slice(2).map(Number);
const RUNS = 5;
const dataDir = fileURLToPath(new URL('../data', import.meta.url));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
};

const store = await createStore({ dataDir: 'memory://' });
await store.migrate();
await seedDemoData(store, { dataDir });
await addSyntheticClusters(store, clusterCount, { userId: null, label: 'bench' });
await store.createUser(
  {
    email: 'bench@polos.test',
    name: 'Bench',
    role: 'admin',
    grants: [],
    passwordHash: await hashPassword('a long bench password'),
  },
  { userId: null, label: 'bench' },
);
const total = (await store.listClusters({ limit: 1, offset: 0 }, { includePrivate: true })).total;

// No sign-in limit here: the bench measures the cost of verifying a password.
const app = createApp({
  store,
  config: { webDist: '/nonexistent' },
  signInThrottle: new MemorySignInThrottle({ freeFailures: 1e9, addressFailures: 1e9 }),
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

async function run(path: string, init?: RequestInit, n = requests) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next++;
        const t0 = performance.now();
        const res = await fetch(base + path, init);
        await res.arrayBuffer();
        if (!res.ok && res.status !== 401) throw new Error(`${path}: ${res.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return {
    rps: n / ((performance.now() - started) / 1000),
    p50: median(latencies),
    p95: percentile(latencies, 0.95),
  };
}

console.log(
  `polos API on PGlite (in memory), ${total} clusters (${clusterCount} synthetic + the demo data); ` +
    `${requests} requests per run, concurrency ${concurrency}, median of ${RUNS} runs; Node ${process.version}`,
);
const endpoints: Array<[string, string, RequestInit | undefined, number?]> = [
  ['health', '/api/health', undefined],
  ['list, first page (50)', '/api/clusters', undefined],
  [
    'list, filtered (country + group)',
    '/api/clusters?country=br&sector_group=complex_product_systems',
    undefined,
  ],
  ['list, full-text q', '/api/clusters?q=town%2042', undefined],
  ['read one', '/api/clusters/bench-1234', undefined],
  [
    'failed login (argon2id verify)',
    '/api/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@polos.test', password: 'wrong password' }),
    },
    40,
  ],
];
for (const [label, path, init, n] of endpoints) {
  await run(path, init, Math.min(20, n ?? requests)); // warm-up
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(path, init, n));
  console.log(
    `${label.padEnd(36)} ${median(runs.map((r) => r.rps))
      .toFixed(0)
      .padStart(6)} req/s` +
      `   p50 ${median(runs.map((r) => r.p50))
        .toFixed(1)
        .padStart(6)} ms   p95 ${median(runs.map((r) => r.p95))
        .toFixed(1)
        .padStart(6)} ms` +
      (n ? `   (${n} requests per run)` : ''),
  );
}
server.close();
await store.close();
