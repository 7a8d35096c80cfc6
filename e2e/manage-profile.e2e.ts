/**
 * Story: a cluster manager keeps her cluster's profile — adds a member firm, an
 * intermediary with its roles and a value chain with its governance, and they are there
 * after a reload; on another cluster she is offered nothing to edit. A viewer reads her
 * cluster's profile, sees the same members but no control to edit, and the API refuses a
 * write from him (403).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { accessibilityViolations, newContext, screenshot, screenshots, storySetup } from './harness';

const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
const MANAGER = { email: 'lucia@medellin.test', password: 'manager password 2026', name: 'Lucía Restrepo' };
const VIEWER = { email: 'victor@viewer.test', password: 'viewer password 2026', name: 'Víctor Viewer' };
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

async function createUsers(page: Page): Promise<void> {
  const login = await page.request.post(`${story.platform.url}/api/auth/login`, { data: ADMIN });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  for (const user of [
    { ...MANAGER, role: 'cluster_manager', grants: ['tm_medellin_textile'] },
    { ...VIEWER, role: 'viewer', grants: [] },
  ]) {
    const res = await page.request.post(`${story.platform.url}/api/users`, {
      headers: { 'x-csrf-token': csrfToken },
      data: user,
    });
    expect(res.status()).toBe(201);
  }
  await page.request.post(`${story.platform.url}/api/auth/logout`, {
    headers: { 'x-csrf-token': csrfToken },
  });
}

async function signedIn(
  locale: string,
  who: { email: string; password: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(story.browser, locale);
  const page = await context.newPage();
  await page.goto(
    `${story.platform.url}/sign-in?next=${encodeURIComponent('/clusters/tm_medellin_textile')}`,
  );
  await page.getByRole('textbox', { name: /E-mail|Correo/ }).fill(who.email);
  await page.locator('input[type=password]').fill(who.password);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('signed-in-as').waitFor();
  await page.getByRole('heading', { level: 1, name: 'Textile — Medellín' }).waitFor();
  return { context, page };
}

describe('a cluster manager keeps her profile; a viewer cannot edit', () => {
  it('the manager adds a member, an intermediary and a value chain to her cluster', async () => {
    const setup = await newContext(story.browser, 'en-GB');
    await createUsers(await setup.newPage());
    await setup.close();
    const { context, page } = await signedIn('en-GB', MANAGER);

    await page.getByText('Add a member').click();
    const member = page.locator('details', { has: page.getByText('Add a member') });
    await member.getByLabel('Name').fill('Textiles Andinos S.A.S.');
    await member.getByLabel('Size').selectOption('medium');
    await member.getByLabel('Member since (year)').fill('2019');
    await member.getByRole('button', { name: 'Add' }).click();
    await expect
      .poll(() => page.getByTestId('members').textContent())
      .toContain('Textiles Andinos S.A.S. · firm · medium-sized firm · member since 2019');

    await page.getByText('Add an intermediary').click();
    const intermediary = page.locator('details', { has: page.getByText('Add an intermediary') });
    await intermediary.getByLabel('Name').fill('Inexmoda');
    // no role: the API names the field, nothing is added
    await intermediary.getByRole('button', { name: 'Add' }).click();
    await intermediary.getByRole('alert').waitFor();
    expect(await page.getByTestId('intermediaries').count()).toBe(0);
    await intermediary.getByLabel('network building').check();
    await intermediary.getByLabel('agenda setting').check();
    await intermediary.getByLabel('Leads the cluster').check();
    await intermediary.getByRole('button', { name: 'Add' }).click();
    await expect
      .poll(() => page.getByTestId('intermediaries').textContent())
      .toContain('Inexmoda · business association · leads the cluster');

    await page.getByText('Add a value chain').click();
    const chain = page.locator('details', { has: page.getByText('Add a value chain') });
    await chain.getByLabel('Name', { exact: true }).fill('U.S. jeans buyers');
    await chain.getByLabel("Share of the cluster's output (%)").fill('60');
    await chain.getByLabel('Lead firm').fill('a U.S. retailer');
    await chain.getByRole('button', { name: 'Add' }).click();
    await expect
      .poll(() => page.getByTestId('chains').textContent())
      .toContain('U.S. jeans buyers · global market · global chain · 60% of the output');
    await expect
      .poll(() => page.getByTestId('chains').textContent())
      .toContain('Quasi-hierarchy: a lead firm, often a global buyer, sets the product and the process');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'manage-en-editing');

    // a year of key figures: turnover without a currency is refused at the field, then saved
    await page.getByText('Add or replace a year of key figures').click();
    const figures = page.getByTestId('edit-figures');
    await figures.getByLabel('Year').fill('2025');
    await figures.getByLabel('Firms').fill('412');
    await figures.getByLabel('Jobs').fill('18500');
    await figures.getByLabel('Turnover (millions)').fill('950');
    await figures.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => figures.getByRole('alert').textContent()).toContain('urrency');
    await figures.screenshot({ path: join(screenshots, 'manage-en-refused.png') });
    await figures.getByLabel('Currency (ISO code, e.g. USD, EUR, BRL)').fill('usd');
    await figures.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: '18,500' }).waitFor();
    await expect
      .poll(() => page.locator('section[aria-labelledby="figures-title"]').textContent())
      .toContain('950');

    await page.reload();
    await expect.poll(() => page.getByTestId('members').textContent()).toContain('Textiles Andinos S.A.S.');
    await page.getByRole('cell', { name: '18,500' }).waitFor();
    // another cluster: nothing to edit
    await page.goto(`${story.platform.url}/clusters/tm_torreon_garment`);
    await page.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    expect(await page.getByText('Add a member').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Diagnose this cluster' }).count()).toBe(0);
    await context.close();
  });

  it('a viewer reads the profile with no control to edit, and the API refuses his write', async () => {
    const { context, page } = await signedIn('es-ES', VIEWER);
    await expect.poll(() => page.getByTestId('members').textContent()).toContain('Textiles Andinos S.A.S.');
    expect(await page.getByText('Añadir un miembro').count()).toBe(0);
    expect(await page.getByText('Editar este clúster').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Quitar/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Diagnosticar este clúster' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'manage-es-viewer');
    const me = (await (await page.request.get(`${story.platform.url}/api/auth/me`)).json()) as {
      csrfToken: string;
    };
    const res = await page.request.post(`${story.platform.url}/api/clusters/tm_medellin_textile/members`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { name: 'Intruder Ltd', kind: 'firm' },
    });
    expect(res.status()).toBe(403);
    await context.close();
  });
});
