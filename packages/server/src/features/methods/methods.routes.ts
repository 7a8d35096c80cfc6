/**
 * The methods documents (docs/methods/*.md) served by the app, so a user reads how every
 * figure is computed, with its sources, where the figure is shown: `GET /api/methods`
 * lists them (name and title), `GET /api/methods/{name}` gives one as Markdown. Public and
 * read-only; only the files of that folder, by a name of lower-case letters, digits and
 * hyphens (no path reaches elsewhere).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { defaultDocsPath } from '../../config';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';

const methodSchema = z
  .object({ name: z.string(), title: z.string(), markdown: z.string() })
  .meta({ id: 'MethodDocument' });
const listSchema = z.array(z.object({ name: z.string(), title: z.string() })).meta({ id: 'MethodDocuments' });

const titleOf = (markdown: string, name: string) => /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? name;

async function documents(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).filter((f) => /^[a-z0-9-]+\.md$/.test(f)).sort();
  return new Map(
    await Promise.all(
      names.map(async (f) => [f.slice(0, -3), await readFile(join(dir, f), 'utf8')] as const),
    ),
  );
}

export function registerMethodRoutes(app: OpenAPIHono<AppEnv>): void {
  let cache: Promise<Map<string, string>> | undefined;
  const all = () => {
    cache ??= documents(defaultDocsPath('methods'));
    cache.catch(() => (cache = undefined));
    return cache;
  };
  const routes = resourceRoutes(app, 'methods');
  routes.get('/api/methods', {
    summary: 'The methods documents (how each figure is computed, with its sources)',
    ok: json(listSchema, 'Name and title of each'),
    async answer() {
      return [...(await all())].map(([name, markdown]) => ({ name, title: titleOf(markdown, name) }));
    },
  });
  routes.get('/api/methods/{name}', {
    summary: 'One methods document, as Markdown',
    params: z.object({ name: z.string().regex(/^[a-z0-9-]{1,60}$/) }),
    ok: json(methodSchema, 'The document'),
    async answer({ params: { name } }) {
      const markdown = (await all()).get(name);
      if (markdown === undefined) throw notFound('methods document', name);
      return { name, title: titleOf(markdown, name), markdown };
    },
  });
}
