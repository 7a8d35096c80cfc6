/**
 * Speed of the map studio's server side (decisions 053, 092): for each bundled industry
 * dataset's last year, the computation of a space — reading the file, LQ, proximity,
 * density, ECI/PCI, the backbone, strong clusters, data-driven clusters — then, as after a
 * restart, the space read from the disk cache and the first view's GET …/space answered
 * over HTTP from it, and a request answered from memory; plus an upload of the world
 * exports file (14 MB of CSV) through the HTTP API into PGlite. Median of RUNS runs; sizes
 * printed with each line.
 *
 *   npm run build
 *   node scripts/bundle.mjs bench/map-studio.bench.ts .tmp/bench-studio.mjs --run -- [runs=5]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createStore } from '@polos/store';
import { BUNDLED, SpaceCache } from '../packages/server/src/features/map/industry-space';
import { SpaceDiskCache } from '../packages/server/src/features/map/space-disk-cache';
import { median } from './map-steps';

const [RUNS = 5] = process.argv.slice(2).map(Number);
const dataPath = resolve('data');
const store = await createStore({ dataDir: 'memory://' });
await store.migrate();

const diskDir = mkdtempSync(join(tmpdir(), 'polos-bench-spaces-'));
const { createApp } = await import('../packages/server/src/app');
for (const entry of BUNDLED.filter((d) => d.kind === 'industries')) {
  const year = entry.years.at(-1)!;
  const first: number[] = [];
  const cached: number[] = [];
  const fromDisk: number[] = [];
  const http: number[] = [];
  let size = '';
  for (let run = 0; run < RUNS; run++) {
    rmSync(join(diskDir, `${entry.id}@${year}.v8`), { force: true });
    const cache = new SpaceCache(dataPath, 6, new SpaceDiskCache(diskDir));
    let t = performance.now();
    const space = await cache.get(entry, year, store);
    first.push(performance.now() - t);
    t = performance.now();
    await cache.get(entry, year, store);
    cached.push(performance.now() - t);
    // A restarted server: a new cache over the folder the first one wrote.
    t = performance.now();
    await new SpaceCache(dataPath, 6, new SpaceDiskCache(diskDir)).get(entry, year, store);
    fromDisk.push(performance.now() - t);
    // The first view's request on a restarted server: GET …/space, JSON included.
    const app = createApp({
      store,
      config: { webDist: '/nonexistent', dataPath },
      spaces: new SpaceCache(dataPath, 6, new SpaceDiskCache(diskDir)),
    });
    t = performance.now();
    const res = await app.request(`/api/map/datasets/${entry.id}/space?year=${year}`);
    await res.arrayBuffer();
    http.push(performance.now() - t);
    size = `${space.matrix.regions.length} regions × ${space.matrix.industries.length} industries, ${space.edges.length} links`;
  }
  console.log(
    `${entry.id} ${year} (${size}): computed ${(median(first) / 1000).toFixed(3)} s; after a restart: from disk ${(median(fromDisk) / 1000).toFixed(3)} s, GET /space ${(median(http) / 1000).toFixed(3)} s; in memory ${median(cached).toFixed(3)} ms`,
  );
}
rmSync(diskDir, { recursive: true, force: true });

// Upload through the API: the world exports file as a user would send it (plain CSV).
const { hashPassword } = await import('../packages/server/src/auth/passwords');
await store.createUser(
  {
    email: 'bench@polos.test',
    name: 'Bench',
    role: 'analyst',
    grants: [],
    passwordHash: await hashPassword('bench password 2026'),
  },
  { userId: null, label: 'bench' },
);
const app = createApp({ store, config: { webDist: '/nonexistent', dataPath } });
const login = await app.request('/api/auth/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'bench@polos.test', password: 'bench password 2026' }),
});
const cookie = /polos_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
const { csrfToken } = (await login.json()) as { csrfToken: string };
const csv = gunzipSync(readFileSync(resolve('data/world-exports-hs4/ots_country_hs4_exports_2017.csv.gz')));
const uploads: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const t = performance.now();
  const res = await app.request(
    '/api/map/datasets?name=World&geography=world-countries&region=reporter_iso&industry=product_code&value=export_value_usd&file=world.csv',
    { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'text/csv' }, body: csv },
  );
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
  uploads.push(performance.now() - t);
}
console.log(
  `upload of the world exports (${(csv.length / 1e6).toFixed(1)} MB CSV, 233,432 rows, 224 × 1,222) into PGlite: ${(median(uploads) / 1000).toFixed(3)} s`,
);
await store.close();
