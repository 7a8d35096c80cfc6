// Bundles a TypeScript entry for Node with esbuild: our workspace packages (@polos/*)
// are compiled in from source, third-party packages stay external (node_modules).
// Used by scripts/build.mjs, by tests that need a child process, and by hand:
//   node scripts/bundle.mjs <entry.ts> <out.mjs> [--run -- args…]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const externalThirdParty = {
  name: 'external-third-party',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@polos/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** @param {string} entry @param {string} outfile */
export async function bundleForNode(entry, outfile, options = {}) {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // Output may live outside the project (a temp folder); resolve externals from here.
    nodePaths: [`${root}node_modules`],
    banner: {
      js: "import { createRequire as __polosCreateRequire } from 'node:module'; const require = __polosCreateRequire(import.meta.url);",
    },
    plugins: [externalThirdParty],
    ...options,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [entry, out, flag, , ...rest] = process.argv.slice(2);
  if (!entry || !out) {
    console.error('usage: node scripts/bundle.mjs <entry.ts> <out.mjs> [--run -- args…]');
    process.exit(2);
  }
  await bundleForNode(entry, out);
  if (flag === '--run')
    process.exit(spawnSync(process.execPath, [out, ...rest], { stdio: 'inherit' }).status ?? 1);
}
