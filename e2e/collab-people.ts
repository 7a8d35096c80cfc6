/**
 * The people of the collaboration stories (issue 12): a Mexican and a Basque cluster
 * manager, created by the administrator through the API and each made administrator of a
 * real seeded organisation — Aeroclúster de Querétaro and HEGAN (the Basque aeronautics
 * cluster), which are in each other's ten best matches. Texts are read from the app's own
 * language files, so a story checks the page in the language it was opened in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newContext, root } from './harness';

export const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
export const MEXICAN = {
  email: 'mariana@aerocluster.test',
  password: 'mexican manager password 2026',
  name: 'Mariana Téllez',
  organisation: 'mx-aerocluster-queretaro',
  organisationName: 'Aeroclúster de Querétaro',
};
export const BASQUE = {
  email: 'iker@hegan.test',
  password: 'basque manager password 2026',
  name: 'Iker Etxeberria',
  organisation: 'es21-hegan-association',
  organisationName: 'HEGAN Basque Country Aeronautics and Space Cluster Association',
};
export const LANGUAGES = [
  ['en', 'en-GB'],
  ['es', 'es-ES'],
  ['pt', 'pt-BR'],
] as const;

/** The app's text `key` (feature.path.to.key) in `lang`. */
export function text(lang: string, key: string): string {
  const [feature, ...path] = key.split('.');
  let node: unknown = JSON.parse(
    readFileSync(join(root, `packages/web/src/i18n/features/${feature}.${lang}.json`), 'utf8'),
  );
  for (const part of path) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no text ${key} in ${lang}`);
  return node;
}

/** As the administrator: create both managers and make each administrator of their organisation. */
export async function createManagers(page: Page, url: string): Promise<void> {
  const login = await page.request.post(`${url}/api/auth/login`, { data: ADMIN });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  for (const who of [MEXICAN, BASQUE]) {
    const user = {
      email: who.email,
      password: who.password,
      name: who.name,
      role: 'cluster_manager',
      grants: [],
    };
    const created = await page.request.post(`${url}/api/users`, { headers, data: user });
    if (created.status() !== 201) throw new Error(`creating ${who.email}: ${created.status()}`);
    const added = await page.request.post(`${url}/api/organisations/${who.organisation}/admins`, {
      headers,
      data: { email: who.email },
    });
    if (added.status() !== 201) throw new Error(`adding ${who.email}: ${added.status()}`);
  }
  await page.request.post(`${url}/api/auth/logout`, { headers });
}

/** A browser context in `locale` (at `width`) signed in as `who` (the session cookie from the API). */
export async function signedIn(
  browser: Browser,
  url: string,
  locale: string,
  who: { email: string; password: string },
  width = 1280,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, locale, width);
  const page = await context.newPage();
  const res = await page.request.post(`${url}/api/auth/login`, {
    data: { email: who.email, password: who.password },
  });
  if (res.status() !== 200) throw new Error(`signing in ${who.email}: ${res.status()}`);
  return { context, page };
}
