// Builds what `npm start` serves: the web app (Vite) into packages/web/dist and the
// CLI+server (esbuild) into packages/cli/dist/polos.mjs. Our own workspace packages
// are bundled from source; third-party packages stay external and load from node_modules.
import { bundleForNode } from './bundle.mjs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();

const web = spawnSync('npm', ['run', 'build', '-w', 'packages/web'], { cwd: root, stdio: 'inherit' });
if (web.status !== 0) process.exit(web.status ?? 1);

await bundleForNode('packages/cli/src/main.ts', 'packages/cli/dist/polos.mjs');
// The second thread of `polos map` (packages/cli/src/parallel), found next to polos.mjs.
await bundleForNode('packages/cli/src/parallel/map-worker.ts', 'packages/cli/dist/map-worker.mjs');
// The map studio's threads: reading uploads, computing spaces (packages/server/src/features/map/worker-file.ts).
await bundleForNode(
  'packages/server/src/features/map/upload-worker.ts',
  'packages/cli/dist/upload-worker.mjs',
);
await bundleForNode('packages/server/src/features/map/space-worker.ts', 'packages/cli/dist/space-worker.mjs');
console.log(
  `built packages/web/dist and packages/cli/dist/polos.mjs in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
