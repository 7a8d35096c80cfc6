/**
 * The two uploads that froze the server (issue 10, points 2 and 3), against the real
 * server: `polos serve` in a child process on 127.0.0.1 with an empty PGlite folder and an
 * admin, with the default limits. Each upload is sent while /api/health is asked every
 * 25 ms; printed per case: time to the answer, status, error message, the server's peak
 * RSS, and the max and p99 latency of /api/health during the upload (target < 100 ms).
 *
 * (a) a CSV of 20,000 distinct regions × 20,000 distinct industries, one row per pair on
 *     the diagonal (0.5 MB; its dense matrix would be 400 million cells, 3.2 GB);
 * (b) a gzip bomb: ~1 MB of .csv.gz expanding to ~0.7 GB (100 million rows), written
 *     streaming;
 * (c) for contrast, an allowed upload: the world exports (14 MB CSV, 233,432 rows).
 *
 *   node scripts/bundle.mjs bench/upload-limits.bench.ts .tmp/bench-upload-limits.mjs --run -- [runs=3]
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, createGzip } from 'node:zlib';
import { median } from './map-steps';

const [RUNS = 3] = process.argv.slice(2).map(Number);
const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'polos-bench-upload-'));
const cli = join(root, 'packages/cli/dist', `polos-bench-upload-${process.pid}.mjs`);
const { bundleForNode } = (await import(join(root, 'scripts/bundle.mjs'))) as {
  bundleForNode(entry: string, out: string): Promise<void>;
};
await bundleForNode('packages/cli/src/main.ts', cli);

// (a) the diagonal, (b) the bomb, streamed through gzip.
const diagonal = join(work, 'diagonal.csv');
{
  const lines = ['region,industry,value'];
  for (let k = 0; k < 20_000; k++) lines.push(`region-${k},industry-${k},1`);
  writeFileSync(diagonal, `${lines.join('\n')}\n`);
}
const bomb = join(work, 'bomb.csv.gz');
const BOMB_ROWS = 100_000_000;
await new Promise<void>((done, fail) => {
  const gzip = createGzip({ level: 9 });
  const out = createWriteStream(bomb);
  gzip.pipe(out).on('finish', done).on('error', fail);
  const block = Buffer.from('AR,a,1\n'.repeat(100_000));
  let written = 0;
  gzip.write('region,industry,value\n');
  const pump = () => {
    while (written < BOMB_ROWS) {
      written += 100_000;
      if (!gzip.write(block)) return void gzip.once('drain', pump);
    }
    gzip.end();
  };
  pump();
});
const bombText = 'region,industry,value\n'.length + BOMB_ROWS * 7;
const world = join(work, 'world.csv');
writeFileSync(
  world,
  gunzipSync(readFileSync(join(root, 'data/world-exports-hs4/ots_country_hs4_exports_2017.csv.gz'))),
);

const port = await new Promise<number>((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => done(port));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [cli, 'serve'], {
  cwd: root,
  env: {
    PATH: process.env.PATH ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    POLOS_DATA_DIR: join(work, 'db'),
    POLOS_SEED: 'false',
    POLOS_LOG_LEVEL: 'warn',
    POLOS_WEB_DIST: join(work, 'no-web'),
    POLOS_ADMIN_EMAIL: 'admin@polos.test',
    POLOS_ADMIN_PASSWORD: 'bench password 2026',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stop = () => {
  server.kill();
  rmSync(cli, { force: true });
  rmSync(`${cli}.map`, { force: true });
  rmSync(work, { recursive: true, force: true });
};

try {
  for (let k = 0; ; k++) {
    if (k > 600) throw new Error('the server did not start in 60 s');
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@polos.test', password: 'bench password 2026' }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = /polos_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };

  /** The server's resident memory now and its peak since it started (MB, from /proc). */
  const memory = () => {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)![1]);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  };

  const cases = [
    {
      name: `(a) 20,000 × 20,000 diagonal (${(statSync(diagonal).size / 1e6).toFixed(2)} MB CSV)`,
      file: diagonal,
      type: 'text/csv',
      query: 'region=region&industry=industry&value=value&file=diagonal.csv',
    },
    {
      name: `(b) gzip bomb (${(statSync(bomb).size / 1e6).toFixed(2)} MB .csv.gz → ${(bombText / 1e9).toFixed(2)} GB, ${BOMB_ROWS / 1e6} M rows)`,
      file: bomb,
      type: 'application/gzip',
      query: 'region=region&industry=industry&value=value&file=bomb.csv.gz',
    },
    {
      name: `(c) allowed: world exports (${(statSync(world).size / 1e6).toFixed(1)} MB CSV)`,
      file: world,
      type: 'text/csv',
      query: 'region=reporter_iso&industry=product_code&value=export_value_usd&file=world.csv',
    },
  ];
  console.log(
    `server: polos serve (PGlite, empty), pid ${server.pid}, RSS at start ${memory().rss.toFixed(0)} MB`,
  );
  for (const c of cases) {
    const times: number[] = [];
    const maxes: number[] = [];
    const p99s: number[] = [];
    let status = 0;
    let message = '';
    let peakRss = 0;
    for (let run = 0; run < RUNS; run++) {
      const body = readFileSync(c.file);
      const latencies: number[] = [];
      let done = false;
      const poll = (async () => {
        while (!done) {
          const t = performance.now();
          const r = await fetch(`${base}/api/health`);
          await r.arrayBuffer();
          latencies.push(performance.now() - t);
          peakRss = Math.max(peakRss, memory().rss);
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      })();
      const t = performance.now();
      const res = await fetch(`${base}/api/map/datasets?name=Bench&geography=world-countries&${c.query}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': c.type },
        body,
      });
      const answer = (await res.json()) as { error?: { message: string }; dataset?: { id: string } };
      times.push(performance.now() - t);
      done = true;
      await poll;
      status = res.status;
      message = answer.error?.message ?? `stored ${answer.dataset?.id}`;
      if (answer.dataset) {
        await fetch(`${base}/api/map/datasets/${answer.dataset.id}`, {
          method: 'DELETE',
          headers: { cookie, 'x-csrf-token': csrfToken },
        });
      }
      latencies.sort((x, y) => x - y);
      maxes.push(latencies.at(-1) ?? NaN);
      p99s.push(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? NaN);
      peakRss = Math.max(peakRss, memory().rss);
    }
    console.log(
      `${c.name}: answer ${status} in ${(median(times) / 1000).toFixed(2)} s (median of ${RUNS}); ` +
        `/api/health max ${Math.max(...maxes).toFixed(1)} ms, p99 ${median(p99s).toFixed(1)} ms; ` +
        `server RSS peak ${peakRss.toFixed(0)} MB (process high-water mark ${memory().peak.toFixed(0)} MB)\n  ${message.slice(0, 400)}`,
    );
  }
} finally {
  stop();
}
