/**
 * Writes the API's contract files (api-contract.ts) under the repository folder given as
 * the first argument; run by `npm run generate:api` (scripts/generate-api.mjs).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { apiContractFiles } from './api-contract';

const root = process.argv[2];
if (!root) throw new Error('usage: node write-api-contract.mjs <repository folder>');
for (const { path, text } of await apiContractFiles(root)) {
  const file = join(root, path);
  const before = await readFile(file, 'utf8').catch(() => undefined);
  if (before === text) {
    console.log(`unchanged ${path}`);
  } else {
    await writeFile(file, text);
    console.log(`wrote     ${path}`);
  }
}
