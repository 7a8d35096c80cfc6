/**
 * Serves the built web app: files under the dist folder with their content types,
 * long-lived caching for Vite's hashed assets, and index.html for every other
 * non-API GET (client-side routes). Without a build, / explains how to make one.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
};

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>polos</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto"><h1>polos</h1>
<p>The API is running (<a href="/api/health">/api/health</a>, <a href="/api/openapi.json">/api/openapi.json</a>),
but the web app is not built. Run <code>npm run build</code> (or <code>npm start</code>) in the project folder.</p></body></html>`;

async function fileAt(path: string) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

export function serveWebApp(distDir: string): MiddlewareHandler {
  const root = normalize(distDir);
  return async (c, next) => {
    if (
      (c.req.method !== 'GET' && c.req.method !== 'HEAD') ||
      c.req.path.startsWith('/api/') ||
      c.req.path === '/api'
    ) {
      return next();
    }
    const relative = decodeURIComponent(c.req.path).replace(/^\/+/, '');
    const candidate = normalize(join(root, relative));
    if (candidate !== root && !candidate.startsWith(root + sep)) return c.text('bad path', 400);
    const file = (relative && (await fileAt(candidate))) || undefined;
    if (file) {
      const body = await readFile(file);
      const hashed = relative.startsWith('assets/');
      return c.body(body, 200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
    }
    // A missing asset is a 404; anything else is a client-side route.
    if (extname(relative)) return c.text('not found', 404);
    const index = await fileAt(join(root, 'index.html'));
    if (!index) return c.html(NOT_BUILT, 200);
    return c.body(await readFile(index), 200, {
      'Content-Type': types['.html']!,
      'Cache-Control': 'no-cache',
    });
  };
}
