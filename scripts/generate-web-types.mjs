// Writes the web client's types (packages/web/src/api/schema.generated.ts, not committed)
// from the committed OpenAPI document packages/server/openapi.json. Runs at `npm ci`
// (prepare) and before the type checks; see docs/decisions/082-web-types-generated-at-install.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}.tmp`, { recursive: true });
const out = `${root}.tmp/write-web-types.mjs`;
await bundleForNode('packages/server/src/openapi/write-web-types.ts', out);
const run = spawnSync(process.execPath, [out, root], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
