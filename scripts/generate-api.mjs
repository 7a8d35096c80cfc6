// `npm run generate:api`: writes the API's contract — the OpenAPI document
// (packages/server/openapi.json) and the web client's types generated from it
// (packages/web/src/api/schema.generated.ts) — from the current code, in process.
// See packages/server/src/openapi/api-contract.ts and decision 070.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}.tmp`, { recursive: true });
const out = `${root}.tmp/write-api-contract.mjs`;
await bundleForNode('packages/server/src/openapi/write-api-contract.ts', out);
const run = spawnSync(process.execPath, [out, root], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
