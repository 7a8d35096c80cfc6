/**
 * Throughput of the public reads over HTTP next to a bare Hono route (issue 16, part 1):
 * the real app (`createApp`, as `polos serve` builds it) on 127.0.0.1, seeded with the demo
 * data + N synthetic clusters (each with one expert assessment, written through the store so
 * its indices are stored as in production) + N synthetic published organisations; and, on a
 * second port of the same process, a bare Hono app answering a JSON body of the same size
 * as each route's answer. For each route, autocannon (in a child process, so the load does
 * not share the server's event loop) runs C connections for D seconds against the route and
 * then against its bare twin, R times in turn (the machine is shared: each figure is the
 * median of the R runs); the script prints req/s, p50, p99, the ratio of the route's req/s
 * to the bare route's, the server's RSS and the load average.
 *
 *   node scripts/bundle.mjs bench/http-throughput.ts .tmp/http-throughput.mjs --run -- \
 *     [--clusters 10000] [--organisations N] [--duration 8] [--connections 20] [--runs 1] \
 *     [--routes list,search,…] [--database-url postgres://…  (an empty database)]
 *
 * Anonymous readers, as the public pages are read; requests carry `If-None-Match` only when
 * `--revalidate` is given (what a browser that already holds the answer sends), and
 * `Accept-Encoding: gzip` only with `--gzip` (what every browser sends; the bare twin still
 * answers the plain body, so the ratio then also shows what compression saves).
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve, type ServerType } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { createApp } from '@polos/server';
import { createStore, seedDemoData, type NewDirectoryOrganisation } from '@polos/store';
import { addSyntheticClusters, assessSyntheticClusters } from './synthetic-clusters';

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface LoadRequest {
  url: string;
  seconds: number;
  connections: number;
  headers: Record<string, string>;
}

// Child: run one load and send the figures back.
if (process.argv[2] === '--load') {
  const { url, seconds, connections, headers } = JSON.parse(process.argv[3]!) as LoadRequest;
  const result = await autocannon({ url, connections, duration: seconds, headers, timeout: 10 });
  process.send!({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // A 304 is the answer a revalidating reader wants, not a failure.
    non2xx: result.non2xx - (result.statusCodeStats['304']?.count ?? 0),
    errors: result.errors,
    timeouts: result.timeouts,
  } satisfies LoadResult);
  process.exit(0);
}

const { values: args } = parseArgs({
  options: {
    clusters: { type: 'string', default: '10000' },
    organisations: { type: 'string' },
    duration: { type: 'string', default: '8' },
    runs: { type: 'string', default: '1' },
    connections: { type: 'string', default: '20' },
    routes: { type: 'string' },
    'database-url': { type: 'string' },
    revalidate: { type: 'boolean', default: false },
    gzip: { type: 'boolean', default: false },
  },
});
const N = Number(args.clusters);
const ORGANISATIONS = Number(args.organisations ?? args.clusters);
const SECONDS = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const RUNS = Number(args.runs);
const actor = { userId: null, label: 'bench' };
const dataPath = resolve('data');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

// 1. Seed -------------------------------------------------------------------------------
let t0 = performance.now();
const store = await createStore(
  args['database-url'] ? { databaseUrl: args['database-url'] } : { dataDir: 'memory://' },
);
await store.migrate();
await seedDemoData(store, { dataDir: dataPath });
await addSyntheticClusters(store, N, actor);
await assessSyntheticClusters(store, N, actor);
const real = await store.organisationDirectory.entries();
const models = real.filter((e) => e.naceDivisions.length > 0);
const synthetic: NewDirectoryOrganisation[] = [];
for (let i = 0; i < ORGANISATIONS; i++) {
  const model = models[i % models.length]!;
  synthetic.push({
    organisation: {
      id: `synthetic-${i}`,
      name: `Synthetic organisation ${i}`,
      country: real[(i * 7) % real.length]!.country,
      naceDivisions: model.naceDivisions,
      wiodSectors: model.wiodSectors,
      sectorGroup: model.sectorGroup as 'services' | null,
      isPublic: true,
      publicationStatus: 'published',
    },
  });
}
await store.organisationDirectory.insertMany(synthetic, actor);
const seedMs = performance.now() - t0;

// 2. Servers ----------------------------------------------------------------------------
const app = createApp({ store, config: { webDist: '/nonexistent', dataPath } });
const bodies = new Map<string, string>();
const bare = new Hono();
bare.get('/bare/:name', (c) => {
  c.header('Content-Type', 'application/json');
  return c.body(bodies.get(c.req.param('name')) ?? '{}');
});
async function listen(
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<[ServerType, string]> {
  const server = await new Promise<ServerType>((done) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => done(s));
  });
  const address = server.address();
  return [server, `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`];
}
const [appServer, base] = await listen(app.fetch);
const [bareServer, bareBase] = await listen(bare.fetch);

async function run(url: string, headers: Record<string, string>): Promise<LoadResult> {
  const request: LoadRequest = { url, seconds: SECONDS, connections: CONNECTIONS, headers };
  const child = fork(process.argv[1]!, ['--load', JSON.stringify(request)]);
  return new Promise<LoadResult>((done, fail) => {
    child.once('message', (m) => done(m as LoadResult));
    child.once('error', fail);
    child.once('exit', (code) => code !== 0 && fail(new Error(`load child exited ${code}`)));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
/** Each figure's median over the runs; failures summed. */
const medianOf = (runs: LoadResult[]): LoadResult => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
  timeouts: runs.reduce((sum, r) => sum + r.timeouts, 0),
});

// 3. Routes -----------------------------------------------------------------------------
// A public synthetic cluster (every fifth is private) and a synthetic organisation.
const one = Math.floor(N * 0.1234) % 5 === 0 ? Math.floor(N * 0.1234) + 1 : Math.floor(N * 0.1234);
const org = Math.floor(ORGANISATIONS * 0.1234);
const routes: Array<[string, string]> = [
  ['list', '/api/clusters'],
  ['search', '/api/clusters?q=town%2042'],
  ['cluster', `/api/clusters/bench-${one}`],
  ['directory', '/api/organisations'],
  ['organisation', `/api/organisations/synthetic-${org}`],
  ['matches', `/api/organisations/synthetic-${org}/matches?limit=10`],
  ['portfolio', '/api/portfolio'],
  ['diagnosis', `/api/clusters/bench-${one}/diagnosis`],
  ['counts', '/api/clusters/counts'],
];
const chosen = args.routes ? new Set(args.routes.split(',')) : undefined;

const total = (await store.listClusters({ limit: 1, offset: 0 }, { includePrivate: true })).total;
console.log(
  `polos public reads over HTTP, anonymous; ${store.kind === 'pglite' ? 'PGlite in memory' : 'PostgreSQL'}; ` +
    `${total} clusters (${N} synthetic, each assessed, + the demo data), ${real.length + ORGANISATIONS} organisations ` +
    `(${ORGANISATIONS} synthetic); seeded in ${(seedMs / 1000).toFixed(0)} s; autocannon ${CONNECTIONS} connections × ${SECONDS} s ` +
    `per route, median of ${RUNS} run${RUNS === 1 ? '' : 's'}${args.revalidate ? ', with If-None-Match' : ''}${args.gzip ? ', with Accept-Encoding: gzip' : ''}; Node ${process.version}; RSS ${mb(process.memoryUsage().rss)}; load ${load()}`,
);
console.log(
  `${'route'.padEnd(13)} ${'bytes'.padStart(8)} ${'req/s'.padStart(7)} ${'p50'.padStart(5)} ${'p99'.padStart(6)}` +
    `   ${'bare req/s'.padStart(10)} ${'p99'.padStart(4)}  ${'ratio'.padStart(6)}  ${'RSS'.padStart(7)}  load`,
);
for (const [name, path] of routes) {
  if (chosen && !chosen.has(name)) continue;
  t0 = performance.now();
  const first = await fetch(base + path);
  const body = await first.text();
  const firstMs = performance.now() - t0;
  if (first.status !== 200) throw new Error(`${path} answered ${first.status}: ${body.slice(0, 200)}`);
  bodies.set(name, body);
  const etag = first.headers.get('etag');
  const headers: Record<string, string> = args.revalidate && etag ? { 'if-none-match': etag } : {};
  if (args.gzip) {
    headers['accept-encoding'] = 'gzip';
    // large answers are gzipped once, off the main thread, after they are kept
    for (let i = 0; i < 50; i++) {
      const again = await fetch(base + path, { headers: { 'accept-encoding': 'gzip' } });
      await again.arrayBuffer();
      if (again.headers.get('content-encoding') === 'gzip' || Buffer.byteLength(body) < 8192) break;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  const routeRuns: LoadResult[] = [];
  const twinRuns: LoadResult[] = [];
  for (let r = 0; r < RUNS; r++) {
    routeRuns.push(await run(base + path, headers));
    twinRuns.push(await run(`${bareBase}/bare/${name}`, {}));
  }
  const route = medianOf(routeRuns);
  const twin = medianOf(twinRuns);
  const failures = route.non2xx + route.errors + route.timeouts;
  console.log(
    `${name.padEnd(13)} ${String(Buffer.byteLength(body)).padStart(8)} ${route.rps.toFixed(0).padStart(7)} ` +
      `${String(route.p50).padStart(5)} ${String(route.p99).padStart(6)}   ${twin.rps.toFixed(0).padStart(10)} ` +
      `${String(twin.p99).padStart(4)}  ${(route.rps / twin.rps).toFixed(3).padStart(6)}  ` +
      `${mb(process.memoryUsage().rss).padStart(7)}  ${load()}` +
      `  (first ${firstMs.toFixed(0)} ms${failures ? `; ${route.non2xx} non-2xx, ${route.errors} errors, ${route.timeouts} timeouts` : ''})`,
  );
}
await new Promise<void>((done) => appServer.close(() => done()));
await new Promise<void>((done) => bareServer.close(() => done()));
await store.close();
