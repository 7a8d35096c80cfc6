/**
 * Nothing acknowledged is lost when the server is killed: `polos serve` on an embedded
 * (PGlite) data folder receives W concurrent cluster creations over HTTP; after K of
 * them have been answered 201 the process gets SIGKILL; the folder is then opened again
 * and every acknowledged cluster must be there, whole, with its audit row.
 *
 *   npm run build && node scripts/bundle.mjs bench/kill-during-writes.bench.ts .tmp/kill.mjs --run -- [writes=200] [killAfter=100] [runs=3]
 *
 * Prints, per run: writes sent, acknowledged before the kill, found after reopening,
 * acknowledged but missing (must be 0), and audit rows missing (must be 0).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStore } from '@polos/store';

const [writes = 200, killAfter = 100, runs = 3] = process.argv.slice(2).map(Number);
const root = fileURLToPath(new URL('..', import.meta.url));
const email = 'bench-admin@polos.test';
const password = `Bench ${randomBytes(12).toString('hex')} kill`;

function start(dataDir: string, port: number): ChildProcess {
  return spawn(process.execPath, [join(root, 'packages/cli/bin/polos.mjs'), 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      POLOS_DATA_DIR: dataDir,
      POLOS_ADMIN_EMAIL: email,
      POLOS_ADMIN_PASSWORD: password,
      POLOS_SEED: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitHealthy(base: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not become healthy in 60 s');
}

async function signIn(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = /polos_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', origin: base };
}

async function oneRun(run: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'polos-kill-bench-'));
  const port = 21000 + Math.floor(Math.random() * 9000);
  const base = `http://127.0.0.1:${port}`;
  const server = start(dataDir, port);
  const exited = new Promise((r) => server.on('exit', r));
  try {
    await waitHealthy(base);
    const headers = await signIn(base);
    const acknowledged: string[] = [];
    let killed = false;
    await Promise.allSettled(
      Array.from({ length: writes }, async (_, i) => {
        const id = `kill-${run}-${i}`;
        const res = await fetch(`${base}/api/clusters`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            id,
            name: `Killed server cluster ${i}`,
            country: 'PE',
            sector: 'garment',
            sectorGroup: 'traditional_manufacturing',
            keyFigures: [{ year: 2020, firms: i }],
          }),
        });
        if (res.status === 201 && !killed) {
          acknowledged.push(id);
          if (acknowledged.length >= killAfter) {
            killed = true;
            server.kill('SIGKILL');
          }
        }
      }),
    );
    if (!killed) server.kill('SIGKILL');
    await exited;
    const store = await createStore({ dataDir });
    try {
      const present = new Set(
        (await store.clusterSummaries({ q: 'killed server' }, { includePrivate: true })).map((c) => c.id),
      );
      let auditMissing = 0;
      for (const id of acknowledged) {
        const audit = await store.listAudit({ limit: 1, offset: 0, entity: 'cluster', entityId: id });
        if (audit.total !== 1) auditMissing++;
      }
      const lost = acknowledged.filter((id) => !present.has(id)).length;
      return { acknowledged: acknowledged.length, found: present.size, lost, auditMissing };
    } finally {
      await store.close();
    }
  } finally {
    server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `kill -9 during ${writes} concurrent cluster creations (SIGKILL after ${killAfter} answered 201)`,
);
for (let run = 1; run <= runs; run++) {
  const r = await oneRun(run);
  console.log(
    `run ${run}: acknowledged ${r.acknowledged}, found after reopening ${r.found}, acknowledged but lost ${r.lost}, audit rows missing ${r.auditMissing}`,
  );
}
