/**
 * The `polos` CLI as a user runs it, for tests: the current sources bundled with the same
 * esbuild step as `npm run build` (scripts/bundle.mjs) into packages/cli/dist under a
 * per-process name (so third-party imports resolve from node_modules), run in a child
 * process with a clean environment.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface BundledCli {
  /** The bundle's path, to spawn it yourself (a server that keeps running). */
  path: string;
  run(
    args: string[],
    options?: { env?: Record<string, string>; timeoutMs?: number },
  ): { code: number | null; stdout: string; stderr: string };
  remove(): void;
}

export async function bundleCli(name: string): Promise<BundledCli> {
  const bundle = join(root, 'packages/cli/dist', `polos-${name}-test-${process.pid}.mjs`);
  const { bundleForNode } = (await import(join(root, 'scripts/bundle.mjs'))) as {
    bundleForNode(entry: string, out: string): Promise<void>;
  };
  await bundleForNode('packages/cli/src/main.ts', bundle);
  return {
    path: bundle,
    run(args, options = {}) {
      const r = spawnSync(process.execPath, [bundle, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', POLOS_DATA_PATH: join(root, 'data'), ...options.env },
        timeout: options.timeoutMs ?? 120_000,
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    remove() {
      rmSync(bundle, { force: true });
      rmSync(`${bundle}.map`, { force: true });
    },
  };
}
