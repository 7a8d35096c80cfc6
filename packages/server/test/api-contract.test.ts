/**
 * The committed API contract is what the code makes now: packages/server/openapi.json
 * and the web's generated types (packages/web/src/api/schema.generated.ts). A change to a
 * route or a schema shows up as a diff of these files in review; after such a change run
 * `npm run generate:api` and commit the result.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiContractFiles } from '../src/openapi/api-contract';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the committed API contract', () => {
  it(
    'openapi.json and the web client types are what `npm run generate:api` writes',
    { timeout: 180_000 },
    async () => {
      for (const { path, text } of await apiContractFiles(root)) {
        const committed = await readFile(join(root, path), 'utf8').catch(() => '(missing)');
        expect(committed, `${path} is stale: run \`npm run generate:api\` and commit it`).toBe(text);
      }
    },
  );
});
