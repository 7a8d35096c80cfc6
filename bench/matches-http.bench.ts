/**
 * Speed of `GET /api/organisations/{id}/matches?limit=10` over HTTP (issue 12; decision
 * 076): the demo seed (the report's 104 organisations and the Basque ones) plus synthetic
 * organisations up to N (default 10,000), each copying the country, NACE divisions, WIOD
 * sectors and sector group of a real one (seeded generator), inserted in bulk into an
 * in-memory PGlite store; the server on 127.0.0.1; autocannon in a child process asking
 * for the matches of varied published organisations for D seconds (default 10) with C
 * connections (default 10). Prints p50 / p90 / p99 latency and requests per second for
 * each of R runs (default 3) and their median.
 *
 *   node scripts/bundle.mjs bench/matches-http.bench.ts .tmp/bench-matches-http.mjs --run -- [organisations=10000] [seconds=10] [runs=3] [connections=10]
 */
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import autocannon from 'autocannon';
import { createApp } from '@polos/server';
import { createStore, seedDemoData, type NewDirectoryOrganisation } from '@polos/store';
import { median, mulberry32 } from './matchmaking-data';

interface LoadResult {
  p50: number;
  p90: number;
  p99: number;
  rps: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, ids: string[], seconds: number, connections: number): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          i = (i * 1103515245 + 12345) % 2147483648;
          return { ...req, path: `/api/organisations/${ids[i % ids.length]}/matches?limit=10` };
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

// Child: run the load and send the figures back.
if (process.argv[2] === '--load') {
  const [url, seconds, connections, idsJson] = process.argv.slice(3);
  const result = await load(url!, JSON.parse(idsJson!) as string[], Number(seconds), Number(connections));
  process.send!(result);
  process.exit(0);
}

const [N = 10_000, SECONDS = 10, RUNS = 3, CONNECTIONS = 10] = process.argv.slice(2).map(Number);

const rand = mulberry32(20261203);

const dataPath = resolve('data');
const store = await createStore({ dataDir: 'memory://' });
await store.migrate();
await seedDemoData(store, { dataDir: dataPath });
const real = await store.organisationDirectory.entries();
const realWithSectors = real.filter((e) => e.naceDivisions.length > 0);
const actor = { userId: null, label: 'bench' };
const synthetic: NewDirectoryOrganisation[] = [];
for (let i = real.length; i < N; i++) {
  const model = realWithSectors[Math.floor(rand() * realWithSectors.length)]!;
  synthetic.push({
    organisation: {
      id: `synthetic-${i}`,
      name: `Synthetic organisation ${i}`,
      country: real[Math.floor(rand() * real.length)]!.country,
      naceDivisions: model.naceDivisions,
      wiodSectors: model.wiodSectors,
      sectorGroup: model.sectorGroup as 'services' | null,
      isPublic: true,
      publicationStatus: 'published',
    },
  });
}
let t0 = performance.now();
await store.organisationDirectory.insertMany(synthetic, actor);
const insertMs = performance.now() - t0;
const total = real.length + synthetic.length;

const app = createApp({ store, config: { webDist: '/nonexistent', dataPath } });
const server = await new Promise<ServerType>((done) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => done(s));
});
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const url = `http://127.0.0.1:${port}`;

const ids = Array.from({ length: 500 }, () =>
  rand() < 0.5
    ? real[Math.floor(rand() * real.length)]!.id
    : `synthetic-${real.length + Math.floor(rand() * synthetic.length)}`,
);
t0 = performance.now();
const first = await fetch(`${url}/api/organisations/${ids[0]}/matches?limit=10`);
if (first.status !== 200) throw new Error(`first request answered ${first.status}: ${await first.text()}`);
const firstMs = performance.now() - t0;
t0 = performance.now();
await fetch(`${url}/api/organisations/${ids[1]}/matches?limit=10`);
const secondMs = performance.now() - t0;

const runs: LoadResult[] = [];
for (let r = 0; r < RUNS; r++) {
  const child = fork(process.argv[1]!, [
    '--load',
    url,
    String(SECONDS),
    String(CONNECTIONS),
    JSON.stringify(ids),
  ]);
  const result = await new Promise<LoadResult>((done, fail) => {
    child.once('message', (m) => done(m as LoadResult));
    child.once('error', fail);
    child.once('exit', (code) => code !== 0 && fail(new Error(`load child exited ${code}`)));
  });
  runs.push(result);
  console.log(
    `run ${r + 1}: p50 ${result.p50} ms, p90 ${result.p90} ms, p99 ${result.p99} ms, ${result.rps.toFixed(0)} req/s (non-2xx ${result.non2xx}, errors ${result.errors})`,
  );
}
console.log(
  `${total} organisations (${real.length} seeded + ${synthetic.length} synthetic, bulk insert ${insertMs.toFixed(0)} ms); ${ids.length} distinct target ids; ${CONNECTIONS} connections × ${SECONDS} s × ${RUNS} runs; autocannon in a child process; the machine's cores: ${(await import('node:os')).cpus().length}`,
);
console.log(
  `first request (reads the WIOD tables, builds the index): ${firstMs.toFixed(0)} ms; second: ${secondMs.toFixed(1)} ms`,
);
console.log(
  `median of ${RUNS}: p50 ${median(runs.map((r) => r.p50))} ms, p90 ${median(runs.map((r) => r.p90))} ms, p99 ${median(runs.map((r) => r.p99))} ms, ${median(runs.map((r) => r.rps)).toFixed(0)} req/s`,
);
await new Promise<void>((done) => server.close(() => done()));
await store.close();
