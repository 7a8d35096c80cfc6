/**
 * The API's contract (docs/decisions/070-web-client-from-openapi.md and 082):
 *   1. the OpenAPI document the app serves at /api/openapi.json, made in process from
 *      `createApp` over an empty in-memory store (no server, no network) — committed as a
 *      golden file;
 *   2. the web client's TypeScript types generated from that file by openapi-typescript
 *      (web-types.ts) — not committed: written at install (`npm ci` runs `prepare`) and
 *      before type checks, so they cannot drift from the document.
 * Both are formatted with the repository's Prettier settings. `npm run generate:api` writes
 * them; test/api-contract.test.ts fails when the committed document differs from what the
 * code makes now.
 */
import type { OpenAPI3 } from 'openapi-typescript';
import { createStore } from '@polos/store';
import { createApp } from '../app';
import { API_DOCUMENT_PATH, formatted, WEB_SCHEMA_PATH, webTypes } from './web-types';

export { API_DOCUMENT_PATH, WEB_SCHEMA_PATH };

/** The document /api/openapi.json answers, as a parsed object. */
export async function apiDocument(): Promise<OpenAPI3> {
  const store = await createStore({ dataDir: 'memory://' });
  try {
    await store.migrate();
    const app = createApp({ store, config: { webDist: '/nonexistent' } });
    const res = await app.request('/api/openapi.json');
    if (res.status !== 200) throw new Error(`/api/openapi.json answered ${res.status}`);
    return (await res.json()) as OpenAPI3;
  } finally {
    await store.close();
  }
}

/**
 * The files of the contract: path (from the repository root) → text.
 * `root`: the repository's folder, whose Prettier settings apply.
 */
export async function apiContractFiles(root: string): Promise<Array<{ path: string; text: string }>> {
  const document = await apiDocument();
  const json = JSON.stringify(document); // before openapi-typescript, which may annotate it
  return [
    { path: API_DOCUMENT_PATH, text: await formatted(json, root, API_DOCUMENT_PATH) },
    { path: WEB_SCHEMA_PATH, text: await webTypes(document, root) },
  ];
}
