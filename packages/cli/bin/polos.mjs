#!/usr/bin/env node
// Launcher for the polos command line. The CLI is bundled by `npm run build`
// (scripts/build.mjs) into ../dist/polos.mjs; this file exists before any build so
// that npm can link the `polos` bin at install time.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/polos.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'polos is not built yet: run `npm run build` (or `npm start`) in the project root first.\n',
  );
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
