/**
 * Speed and memory of the PDF reports (issue 13 point 6; decision 087). An in-memory PGlite
 * store with the demo seed; one organisation given enough records for a report of about 20
 * pages: 30 years of funding (1995–2024) with a 10-year exit path, a strategic plan with 40
 * objectives, 240 indicators (targets and actuals for 2025–2026) and an action plan of 100
 * actions. The server on 127.0.0.1 with its one Chromium (at most 2 pages at once).
 * Prints: the PDF's page count; the median (and min, max) of 5 sequential renders of
 * `GET …/report.pdf`; then 10 concurrent requests: their wall time and the peak resident
 * memory of the server process and of Chromium's process tree (RSS and PSS summed from /proc,
 * sampled every 25 ms), and that memory once the idle pages are closed. Finally one organisation report and one cluster brief in each language are
 * written to OUT (default /tmp/polos-reports) for pdftoppm.
 *
 *   node scripts/bundle.mjs bench/report-pdf.ts .tmp/bench-report-pdf.mjs --run -- [runs=5] [concurrent=10] [out=/tmp/polos-reports]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import {
  actionPlanInputSchema,
  indicatorInputSchema,
  planDimensions,
  strategicPlanInputSchema,
} from '@polos/core';
import { fundingSources } from '@polos/core/funding';
import { createApp, hashPassword, PdfPrinter } from '@polos/server';
import { createStore, seedDemoData } from '@polos/store';
import { median, mulberry32 } from './matchmaking-data';

const [RUNS = 5, CONCURRENT = 10] = process.argv.slice(2, 4).map(Number);
const OUT = process.argv[4] ?? '/tmp/polos-reports';
const rand = mulberry32(20261204);
const actor = { userId: null, label: 'bench' };

// ---- data
const dataPath = resolve('data');
const store = await createStore({ dataDir: 'memory://' });
await store.migrate();
await seedDemoData(store, { dataDir: dataPath });
const org = (await store.organisationDirectory.entries()).find((e) => e.id === 'es21-acicae-association')!;
const id = org.id;
for (let year = 1995; year <= 2024; year++) {
  const age = year - 1995;
  const sources = Object.fromEntries(
    fundingSources.map((s, k) => [
      s,
      Math.round((k < 3 ? 900_000 - age * 18_000 : 80_000 + age * 9_000) * (0.8 + rand() * 0.4)),
    ]),
  ) as Record<(typeof fundingSources)[number], number>;
  await store.funding.putYear(id, { year, currency: 'EUR', sources }, actor);
}
await store.funding.setExitPath(
  id,
  Array.from({ length: 10 }, (_, k) => ({ year: 2020 + k, publicShare: Math.max(0.3, 0.7 - k * 0.04) })),
  actor,
);
const dimension = (k: number) => planDimensions[k % planDimensions.length]!;
await store.plans.putStrategicPlan(
  id,
  strategicPlanInputSchema.parse({
    title: 'Strategic plan 2025–2029',
    startYear: 2025,
    endYear: 2029,
    objectives: Array.from({ length: 40 }, (_, k) => ({
      dimension: dimension(k),
      text: `Objective ${k + 1}: strengthen the cluster's ${dimension(k).replace('_', ' ')} through joint projects, member services and partnerships with regional and European bodies`,
    })),
  }),
  actor,
);
for (let k = 0; k < 240; k++) {
  const baseline = Math.round(rand() * 100);
  const indicator = await store.plans.createIndicator(
    id,
    indicatorInputSchema.parse({
      name: `Indicator ${k + 1}: members engaged in ${dimension(k).replace('_', ' ')} activities`,
      dimension: dimension(k),
      unit: k % 3 ? 'members' : '%',
      direction: 'higher_is_better',
      baseline,
      baselineYear: 2024,
      targets: { '2026': baseline + 20, '2029': baseline + 50 },
    }),
    actor,
  );
  for (const period of ['2025', '2026'])
    await store.plans.putIndicatorValue(
      { organisationId: id, indicatorId: indicator.id, period },
      { actual: baseline + Math.round(rand() * 25) },
      actor,
    );
}
const statuses = ['planned', 'in_progress', 'done', 'cancelled'] as const;
await store.plans.createActionPlan(
  id,
  actionPlanInputSchema.parse({
    year: 2026,
    title: 'Action plan 2026',
    currency: 'EUR',
    actions: Array.from({ length: 100 }, (_, k) => ({
      title: `Action ${k + 1}: workshop series and matchmaking for members`,
      owner: `Team ${(k % 7) + 1}`,
      dimension: dimension(k),
      budget: 5_000 + Math.round(rand() * 45_000),
      spent: Math.round(rand() * 20_000),
      status: statuses[k % 4],
    })),
  }),
  actor,
);
await store.createUser(
  {
    email: 'bench@polos.test',
    name: 'Bench',
    role: 'admin',
    grants: [],
    passwordHash: await hashPassword('correct horse battery staple'),
  },
  actor,
);

// ---- server
// Idle pages closed after 2 s (30 s in the server) so the bench can show the memory given back.
const pdf = new PdfPrinter({ idleMs: 2_000 });
const app = createApp({ store, config: { webDist: '/nonexistent', dataPath }, pdf });
const server = await new Promise<ServerType>((done) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => done(s));
});
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'bench@polos.test', password: 'correct horse battery staple' }),
});
const cookie = /polos_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];

async function getPdf(path: string): Promise<Buffer> {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer());
}
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

// ---- memory: this process (the server) and Chromium's processes (our descendants)
const pageKb = 4; // RSS in /proc/<pid>/statm is in pages of 4 KiB on Linux x86-64
function descendantsMemoryMb(): { rss: number; pss: number } {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  let kb = 0;
  let pssKb = 0;
  for (const pid of parent.keys()) {
    let p: number | undefined = parent.get(pid);
    while (p !== undefined && p > 1 && p !== process.pid) p = parent.get(p);
    if (p !== process.pid) continue;
    try {
      kb += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageKb;
      // PSS shares each shared page among the processes that map it (RSS counts it in each).
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      pssKb += Number(pss?.[1] ?? 0);
    } catch {
      // ended
    }
  }
  return { rss: kb / 1024, pss: pssKb / 1024 };
}
const mb = (bytes: number) => bytes / 1024 / 1024;

// ---- 1. size and speed
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (the machine's other work slows Chromium too)`,
);
const path = `/api/organisations/${id}/report.pdf?lang=en`;
const first = await getPdf(path); // launches Chromium
console.log(
  `organisation report: ${pages(first)} pages, ${(first.length / 1024).toFixed(0)} KiB (30 funding years, 40 objectives, 240 indicators, 100 actions)`,
);
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  await getPdf(path);
  times.push(performance.now() - started);
}
const htmlTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const res = await fetch(`${base}${path.replace('.pdf', '.html')}`, { headers: { cookie } });
  await res.text();
  htmlTimes.push(performance.now() - started);
}
console.log(
  `of which the HTML (report.html), ${RUNS} runs: median ${(median(htmlTimes) / 1000).toFixed(2)} s`,
);
console.log(
  `render of report.pdf, ${RUNS} runs: median ${(median(times) / 1000).toFixed(2)} s (min ${(Math.min(...times) / 1000).toFixed(2)}, max ${(Math.max(...times) / 1000).toFixed(2)})`,
);

// ---- 2. concurrent requests
const peak = {
  server: mb(process.memoryUsage().rss),
  chromium: descendantsMemoryMb().rss,
  chromiumPss: 0,
  sum: 0,
};
console.log(`before: server ${peak.server.toFixed(0)} MB, Chromium ${peak.chromium.toFixed(0)} MB (RSS)`);
const sampler = setInterval(() => {
  const server = mb(process.memoryUsage().rss);
  const chromium = descendantsMemoryMb();
  peak.server = Math.max(peak.server, server);
  peak.chromium = Math.max(peak.chromium, chromium.rss);
  peak.chromiumPss = Math.max(peak.chromiumPss, chromium.pss);
  peak.sum = Math.max(peak.sum, server + chromium.rss);
}, 25);
const started = performance.now();
const all = await Promise.all(Array.from({ length: CONCURRENT }, () => getPdf(path)));
const wall = performance.now() - started;
clearInterval(sampler);
console.log(
  `${CONCURRENT} concurrent requests: all ${all.every((p) => pages(p) === pages(first)) ? 'complete' : 'NOT complete'} in ${(wall / 1000).toFixed(2)} s; peak RSS: server ${peak.server.toFixed(0)} MB, Chromium's processes ${peak.chromium.toFixed(0)} MB (PSS ${peak.chromiumPss.toFixed(0)} MB), together ${peak.sum.toFixed(0)} MB`,
);

await new Promise((done) => setTimeout(done, 3_000));
const rested = descendantsMemoryMb();
console.log(
  `idle 3 s later (pages closed): server ${mb(process.memoryUsage().rss).toFixed(0)} MB, Chromium ${rested.rss.toFixed(0)} MB RSS (PSS ${rested.pss.toFixed(0)} MB)`,
);

// ---- 3. one of each per language, for pdftoppm
mkdirSync(OUT, { recursive: true });
for (const lang of ['en', 'es', 'pt']) {
  const report = await getPdf(`/api/organisations/${id}/report.pdf?lang=${lang}`);
  const brief = await getPdf(`/api/clusters/tm_medellin_textile/brief.pdf?lang=${lang}`);
  writeFileSync(`${OUT}/report-${lang}.pdf`, report);
  const html = await fetch(`${base}/api/organisations/${id}/report.html?lang=${lang}`, {
    headers: { cookie },
  });
  writeFileSync(`${OUT}/report-${lang}.html`, await html.text());
  writeFileSync(`${OUT}/brief-${lang}.pdf`, brief);
  console.log(
    `${OUT}/report-${lang}.pdf (${pages(report)} pages), ${OUT}/brief-${lang}.pdf (${pages(brief)} pages)`,
  );
}

await new Promise<void>((done) => server.close(() => done()));
await pdf.close();
await store.close();
