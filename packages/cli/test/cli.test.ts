/**
 * The built `polos` CLI as a user runs it: a child process on a PGlite folder.
 * The CLI is bundled in beforeAll with the same esbuild step as `npm run build`
 * (scripts/bundle.mjs, used by scripts/build.mjs), beside the real bundle in
 * packages/cli/dist/ under its own name (third-party imports resolve from there), so
 * the test runs the current sources without needing the web app's build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStore } from '@polos/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let work: string;
let bundle: string;

function polos(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bundle, ...args], {
    cwd: work,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      POLOS_DATA_DIR: join(work, 'db'),
      ...options.env,
    },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function clusterIds(): Promise<string[]> {
  const store = await createStore({ dataDir: join(work, 'db') });
  try {
    const page = await store.listClusters({ limit: 500, offset: 0 }, { includePrivate: true });
    return page.items.map((c) => c.id).sort();
  } finally {
    await store.close();
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'polos-cli-'));
  bundle = join(root, 'packages/cli/dist', `polos-test-${process.pid}.mjs`);
  const built = spawnSync(
    process.execPath,
    [join(root, 'scripts/bundle.mjs'), 'packages/cli/src/main.ts', bundle],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (built.status !== 0) throw new Error(`bundling the CLI failed:\n${built.stderr}`);
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(bundle, { force: true });
  rmSync(`${bundle}.map`, { force: true });
});

const header = 'id,name,country,sector,sector_group\n';

describe('polos import clusters', () => {
  it('a file with a bad row exits 2, names the file, row and field of every issue, and writes nothing', async () => {
    expect(polos(['db', 'migrate']).code).toBe(0);
    const file = join(work, 'bad.csv');
    // line 1 is the header, so the bad rows are lines 3 and 4 (counted by hand)
    writeFileSync(
      file,
      header +
        'cli-one,CLI One,BR,footwear,traditional_manufacturing\n' +
        'cli-two,CLI Two,Brazil,footwear,traditional_manufacturing\n' +
        'cli-three,CLI Three,MX,software,not_a_group\n',
    );
    const result = polos(['import', 'clusters', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.csv, row 3, field country:');
    expect(result.stderr).toContain('bad.csv, row 4, field sector_group:');
    expect(result.stderr).not.toContain('row 2');
    expect(await clusterIds()).toEqual([]);
  });

  it('a good file adds its rows; importing it again is refused (exit 2) unless --mode upsert', async () => {
    const file = join(work, 'good.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          id: 'cli-a',
          name: 'CLI A',
          country: 'CO',
          sector: 'textiles',
          sectorGroup: 'traditional_manufacturing',
        },
        {
          id: 'cli-b',
          name: 'CLI B',
          country: 'ES',
          sector: 'software',
          sectorGroup: 'specialized_suppliers',
        },
      ]),
    );
    const first = polos(['import', 'clusters', file]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2 inserted, 0 updated');
    expect(await clusterIds()).toEqual(['cli-a', 'cli-b']);
    const again = polos(['import', 'clusters', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/cli-a/);
    const upsert = polos(['import', 'clusters', file, '--mode', 'upsert']);
    expect(upsert.code).toBe(0);
    expect(upsert.stdout).toContain('0 inserted, 2 updated');
    expect(polos(['import', 'clusters', file, '--mode', 'replace']).code).toBe(2);
  });
});

describe('polos user', () => {
  it('adds a cluster manager with a password from stdin and lists users; a short password or unknown grant exits 2', () => {
    const added = polos(
      [
        'user',
        'add',
        '--email',
        'Maria@Example.org',
        '--name',
        'María',
        '--role',
        'cluster_manager',
        '--grant',
        'cli-a',
        '--password-stdin',
      ],
      { input: 'a long enough password\n' },
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const short = polos(['user', 'add', '--email', 'x@example.org', '--admin', '--password-stdin'], {
      input: 'short\n',
    });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('--password: use at least 12 characters');
    for (const [weak, why] of [
      ['password1234', 'the password is one of the most common passwords'],
      ['123456789012', 'the password is a run of consecutive characters'],
      ['x@example.org 2026', 'the password contains your e-mail address'],
    ]) {
      const refused = polos(['user', 'add', '--email', 'x@example.org', '--password-stdin'], {
        input: `${weak}\n`,
      });
      expect(refused.code, weak).toBe(2);
      expect(refused.stderr).toContain(`--password: ${why}`);
    }
    const unknownGrant = polos(
      ['user', 'add', '--email', 'y@example.org', '--role', 'cluster_manager', '--grant', 'nope'],
      {
        env: { POLOS_PASSWORD: 'a long enough password' },
      },
    );
    expect(unknownGrant.code).toBe(2);
    expect(unknownGrant.stderr).toContain('--grant: no cluster with id "nope"');
    const list = polos(['user', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toBe('maria@example.org\tcluster_manager\tcli-a\n');
  });

  it('refuses a bad environment with exit 2 naming the variable', () => {
    const result = polos(['user', 'list'], { env: { DATABASE_URL: 'mysql://nope' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DATABASE_URL');
  });
});

describe('polos serve', () => {
  it('migrates, seeds, creates the first admin from the environment, serves, and shuts down cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [bundle, 'serve', '--port', '0'], {
      cwd: work,
      env: {
        PATH: process.env.PATH ?? '',
        POLOS_DATA_DIR: join(work, 'served'),
        POLOS_ADMIN_EMAIL: 'root@example.org',
        POLOS_ADMIN_PASSWORD: 'a long admin password',
        POLOS_LOG_LEVEL: 'warn',
        POLOS_MAP_WARMUP: 'off',
      },
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += String(chunk);
          const match = /serving on (http:\/\/\S+)/.exec(stderr);
          if (match) resolve(match[1]!);
        });
        void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      const health = (await (await fetch(`${url}/api/health`)).json()) as {
        status: string;
        database: string;
      };
      expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
      // the bundled demo data was seeded (57 clusters, the count the HTTP tests check too)
      const clusters = (await (await fetch(`${url}/api/clusters?limit=1`)).json()) as { total: number };
      expect(clusters.total).toBe(57);
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'root@example.org', password: 'a long admin password' }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { user: { role: string } }).user.role).toBe('admin');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM: closing');
  });
});

describe('polos db find-resets', () => {
  it('lists a cluster that a PATCH without its fields made public and emptied, with the values before and now', async () => {
    expect(polos(['db', 'migrate']).code).toBe(0);
    const store = await createStore({ dataDir: join(work, 'db') });
    try {
      const actor = { userId: null, label: 'ops@polos.test' };
      await store.createCluster(
        {
          id: 'reset-me',
          name: 'Reset me',
          country: 'PE',
          sector: 'garment',
          sectorGroup: 'traditional_manufacturing',
          isPublic: false,
          keyFigures: [{ year: 2020, firms: 3, unit: 'million' }],
        },
        actor,
      );
      // The audit row a PATCH of the description wrote before the fix (the defaults included).
      await store.recordAudit(
        {
          action: 'update',
          entity: 'cluster',
          entityId: 'reset-me',
          detail: { description: 'x', isPublic: true, keyFigures: [] },
        },
        actor,
      );
    } finally {
      await store.close();
    }
    const result = polos(['db', 'find-resets']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 field(s) may have been reset');
    expect(result.stdout).toMatch(/patch cluster reset-me isPublic: false → true; now false/);
    expect(result.stdout).toMatch(/patch cluster reset-me keyFigures: 1 entry → 0 entries; now 1 entry/);
    const json = JSON.parse(polos(['db', 'find-resets', '--json']).stdout) as Array<{ entityId: string }>;
    expect(json.map((r) => r.entityId)).toEqual(['reset-me', 'reset-me']);
  }, 120_000);
});

describe('polos db backup and restore', () => {
  it('backs up the folder and restores it into a new one (every cluster back); a target that is not empty is exit 2', () => {
    expect(polos(['db', 'migrate']).code).toBe(0);
    const file = join(work, 'polos.backup');
    const backup = polos(['db', 'backup', file]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^backed up to .*polos\.backup \(pglite-tarball, [\d.]+ MB\)/);

    const restored = join(work, 'restored');
    const restore = polos(['db', 'restore', file], { env: { POLOS_DATA_DIR: restored } });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`restored pglite-tarball into ${restored}`);

    const again = polos(['db', 'restore', file], { env: { POLOS_DATA_DIR: restored } });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('is not empty: restore into a new or empty folder');
  });

  it('the restored folder lists the same clusters as the source', async () => {
    const before = await clusterIds();
    const store = await createStore({ dataDir: join(work, 'restored') });
    try {
      const page = await store.listClusters({ limit: 500, offset: 0 }, { includePrivate: true });
      expect(page.items.map((c) => c.id).sort()).toEqual(before);
      expect(before.length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
