/**
 * Speed of the map studio's server side (decision 053): for each bundled industry dataset,
 * the first request of a space — reading the file, LQ, proximity, density, ECI/PCI and the
 * network backbone — and a request answered from the cache; plus an upload of the world
 * exports file (14 MB of CSV) through the HTTP API into PGlite. Median of RUNS runs; sizes
 * printed with each line.
 *
 *   npm run build
 *   node scripts/bundle.mjs bench/map-studio.bench.ts .tmp/bench-studio.mjs --run -- [runs=5]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createStore } from '@polos/store';
import { BUNDLED, SpaceCache } from '../packages/server/src/features/map/industry-space';
import { median } from './map-steps';

const [RUNS = 5] = process.argv.slice(2).map(Number);
const dataPath = resolve('data');
const store = await createStore({ dataDir: 'memory://' });
await store.migrate();

for (const entry of BUNDLED.filter((d) => d.kind === 'industries')) {
  const year = entry.years.at(-1)!;
  const first: number[] = [];
  const cached: number[] = [];
  let size = '';
  for (let run = 0; run < RUNS; run++) {
    const cache = new SpaceCache(dataPath);
    let t = performance.now();
    const space = await cache.get(entry, year, store);
    first.push(performance.now() - t);
    t = performance.now();
    await cache.get(entry, year, store);
    cached.push(performance.now() - t);
    size = `${space.matrix.regions.length} regions × ${space.matrix.industries.length} industries, ${space.edges.length} links`;
  }
  console.log(
    `${entry.id} ${year} (${size}): first request ${(median(first) / 1000).toFixed(3)} s, cached ${median(cached).toFixed(3)} ms`,
  );
}

// Upload through the API: the world exports file as a user would send it (plain CSV).
const { createApp } = await import('../packages/server/src/app');
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
