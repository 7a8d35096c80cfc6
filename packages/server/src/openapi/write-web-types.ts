/**
 * Writes the web's types from the committed OpenAPI document (web-types.ts) under the
 * repository folder given as the first argument; run by scripts/generate-web-types.mjs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenAPI3 } from 'openapi-typescript';
import { API_DOCUMENT_PATH, WEB_SCHEMA_PATH, webTypes } from './web-types';

const root = process.argv[2];
if (!root) throw new Error('usage: node write-web-types.mjs <repository folder>');
const document = JSON.parse(await readFile(join(root, API_DOCUMENT_PATH), 'utf8')) as OpenAPI3;
const text = await webTypes(document, root);
const file = join(root, WEB_SCHEMA_PATH);
if ((await readFile(file, 'utf8').catch(() => undefined)) !== text) await writeFile(file, text);
