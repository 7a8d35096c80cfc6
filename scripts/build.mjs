// Builds what `npm start` serves: the web app (Vite) into packages/web/dist and the
// CLI+server (esbuild) into packages/cli/dist/polos.mjs. Our own workspace packages
// are bundled from source; third-party packages stay external and load from node_modules.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();

const web = spawnSync('npm', ['run', 'build', '-w', 'packages/web'], { cwd: root, stdio: 'inherit' });
if (web.status !== 0) process.exit(web.status ?? 1);

await build({
  absWorkingDir: root,
  entryPoints: ['packages/cli/src/main.ts'],
  outfile: 'packages/cli/dist/polos.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __polosCreateRequire } from 'node:module'; const require = __polosCreateRequire(import.meta.url);",
  },
  plugins: [
    {
      name: 'external-third-party',
      setup(b) {
        // Bare imports that are not our workspace packages are left to Node's resolver.
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@polos/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
console.log(
  `built packages/web/dist and packages/cli/dist/polos.mjs in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
