/**
 * `polos serve --workers N` (issue 16; decision 109) as a user runs it: the bundled CLI in a
 * child process on the test PostgreSQL server. Requests are answered by every worker (each
 * request's log line carries its process id), a worker killed with SIGKILL is forked again
 * and the API keeps answering, SIGTERM closes all. Without DATABASE_URL more than one worker
 * is refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { get } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWorkers, restartDelay } from '../src/commands/serve-workers';
import { bundleCli, type BundledCli } from './bundled-cli';

const server = process.env.TEST_DATABASE_URL;
const requirePostgres = process.env.POLOS_REQUIRE_POSTGRES === '1';

let cli: BundledCli;
let work: string;
beforeAll(async () => {
  cli = await bundleCli('serve-workers');
  work = mkdtempSync(join(tmpdir(), 'polos-workers-'));
}, 120_000);
afterAll(() => {
  cli?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('--workers', () => {
  it('takes a number from 1 to 64 or "auto", and names the option when wrong', () => {
    expect(parseWorkers(undefined)).toBe(1);
    expect(parseWorkers('3')).toBe(3);
    expect(parseWorkers('auto')).toBeGreaterThanOrEqual(1);
    for (const bad of ['0', '65', '-1', '2.5', 'many']) expect(() => parseWorkers(bad)).toThrow(/--workers/);
  });

  it('restarts a dying worker after 1, 2, 4 … seconds, at most 30', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(restartDelay)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  it('refuses more than one worker on the embedded database with exit 2', () => {
    const result = cli.run(['serve', '--port', '0', '--workers', '2'], {
      env: { POLOS_DATA_DIR: join(work, 'embedded') },
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--workers 2 needs DATABASE_URL');
  });
});

/** One GET on a fresh connection (no keep-alive), so the primary hands each to a worker in turn. */
function status(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

describe.runIf(server || requirePostgres)('polos serve --workers 2 on PostgreSQL', () => {
  const name = `polos_workers_${randomBytes(5).toString('hex')}`;
  let child: ChildProcess;
  let exited: Promise<number | null>;
  const lines: Array<{ msg?: string; pid?: number; worker?: number; path?: string }> = [];
  let stderr = '';
  let url: string;

  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  /** The process ids whose log lines say they answered `path` since line `from`. */
  const answeredBy = (path: string, from: number) =>
    new Set(lines.slice(from).flatMap((l) => (l.msg === 'request' && l.path === path ? [l.pid!] : [])));
  const waitFor = async (what: () => boolean, ms: number) => {
    const until = Date.now() + ms;
    while (!what()) {
      if (Date.now() > until) throw new Error(`timed out; stderr: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    if (!server) throw new Error('TEST_DATABASE_URL is not set but POLOS_REQUIRE_POSTGRES=1');
    await admin(`create database ${name}`);
    const databaseUrl = new URL(server);
    databaseUrl.pathname = `/${name}`;
    child = spawn(process.execPath, [cli.path, 'serve', '--port', '0', '--workers', '2'], {
      cwd: work,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: databaseUrl.toString(),
        POLOS_DATA_DIR: join(work, 'served'),
        POLOS_LOG_LEVEL: 'info',
        POLOS_MAP_WARMUP: 'off',
      },
    });
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    let partial = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      partial += String(chunk);
      const complete = partial.split('\n');
      partial = complete.pop()!;
      for (const line of complete)
        if (line.startsWith('{')) lines.push(JSON.parse(line) as (typeof lines)[0]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    await waitFor(() => /serving on (http:\/\/\S+) \(2 workers\)/.test(stderr), 120_000);
    url = /serving on (http:\/\/\S+)/.exec(stderr)![1]!;
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('the primary migrated and seeded once; requests are answered by both workers', async () => {
    expect(lines.filter((l) => l.msg === 'demo data seeded')).toHaveLength(1);
    const from = lines.length;
    for (let i = 0; i < 12; i++) expect(await status(`${url}/api/health`)).toBe(200);
    await waitFor(() => answeredBy('/api/health', from).size === 2, 5_000);
    const workers = lines.filter((l) => l.msg === 'worker listening').map((l) => l.worker);
    expect(new Set(workers)).toEqual(answeredBy('/api/health', from));
  });

  it('a worker killed with SIGKILL is logged and forked again; the API answers meanwhile and after', async () => {
    const before = lines.filter((l) => l.msg === 'worker listening').map((l) => l.worker!);
    const victim = before[0]!;
    process.kill(victim, 'SIGKILL');
    await waitFor(
      () => lines.some((l) => l.msg === 'worker died; restarting' && l.worker === victim),
      10_000,
    );
    // The other worker answers while the dead one waits out its back-off.
    expect(await status(`${url}/api/clusters?limit=1`)).toBe(200);
    await waitFor(() => lines.filter((l) => l.msg === 'worker listening').length === 3, 60_000);
    const replacement = lines.filter((l) => l.msg === 'worker listening').at(-1)!.worker!;
    expect(before).not.toContain(replacement);
    const from = lines.length;
    for (let i = 0; i < 12; i++) expect(await status(`${url}/api/health`)).toBe(200);
    await waitFor(() => answeredBy('/api/health', from).has(replacement), 5_000);
  }, 90_000);

  it('SIGTERM closes every worker, then the primary, with exit 0', async () => {
    const workers = [...new Set(lines.filter((l) => l.msg === 'worker listening').map((l) => l.worker!))];
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM: closing 2 workers');
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  }, 60_000);
});
