/**
 * Story: an administrator invites a cluster manager from the Accounts page with a first
 * password (the choice besides an e-mailed invitation), granting her the Torreón garment
 * cluster found by name; the new manager signs in and may diagnose
 * that cluster. A mistake (a short password) is named at the field. Someone who is not an
 * administrator is told the page is not for them. Spanish and Portuguese too. An
 * administrator retries a failed background job from the dead-letter list (`/admin/jobs`).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { accessibilityViolations, newContext, screenshot, screenshots, storySetup } from './harness';

const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
const MARTA = { name: 'Marta Gómez', email: 'marta@torreon.test', password: 'marta password 2026' };
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

async function signIn(page: Page, who: { email: string; password: string }, next = '/'): Promise<void> {
  await page.goto(`${story.platform.url}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByRole('textbox', { name: /E-mail|Correo/ }).fill(who.email);
  await page.locator('input[type=password]').fill(who.password);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('signed-in-as').waitFor();
}

describe('an administrator manages accounts', () => {
  it('invites a cluster manager with a granted cluster, who can then diagnose it', async () => {
    const context = await newContext(story.browser, 'en-GB');
    const page = await context.newPage();
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill(MARTA.name);
    await page.getByLabel('E-mail', { exact: true }).fill(MARTA.email);
    // an invitation by e-mail is the default (accounts-email.e2e.ts); here the older way
    await page.getByLabel('Set a first password instead (give it to the person by a safe channel)').check();
    await page.getByLabel('Initial password').fill('short');
    await page.getByLabel('Find a cluster by name or place').fill('torreón');
    await page.getByLabel('Garment (blue jeans) — Torreón').check();
    await expect
      .poll(() => page.getByTestId('grants').textContent())
      .toBe('Granted: Garment (blue jeans) — Torreón');
    await page.getByRole('button', { name: 'Invite' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('password');
    await page
      .locator('section[aria-labelledby="invite-title"]')
      .screenshot({ path: join(screenshots, 'admin-en-refused.png') });
    await page.getByLabel('Initial password').fill(MARTA.password);
    await page.getByRole('button', { name: 'Invite' }).click();
    await page.getByText('Marta Gómez can now sign in.').waitFor();
    const row = page.getByTestId('users').getByRole('row', { name: /Marta Gómez/ });
    await expect.poll(() => row.textContent()).toContain('Garment (blue jeans) — Torreón');
    await expect(row.getByRole('combobox').inputValue()).resolves.toBe('cluster_manager');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-en-desktop');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();

    await signIn(page, MARTA, '/clusters/tm_torreon_garment');
    await page.getByRole('link', { name: 'Diagnose this cluster' }).waitFor();
    // not an administrator: no Accounts link, and the page says so
    expect(await page.getByRole('link', { name: 'Accounts' }).count()).toBe(0);
    await page.goto(`${story.platform.url}/admin/users`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Only administrators can manage accounts');
    await context.close();
  });

  it('reads the Accounts page in Spanish and Portuguese, and on a phone', async () => {
    for (const [locale, title] of [
      ['es-ES', 'Cuentas'],
      ['pt-BR', 'Contas'],
    ] as const) {
      for (const width of [1280, 390]) {
        const page = await (await newContext(story.browser, locale, width)).newPage();
        await signIn(page, ADMIN, '/admin/users');
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.getByTestId('users').waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `admin-${locale.slice(0, 2)}-${width === 390 ? 'phone' : 'desktop'}`);
        await page.context().close();
      }
    }
  });

  it('retries a failed background job from the dead-letter list, in Spanish', async () => {
    const context = await newContext(story.browser, 'es-ES');
    const page = await context.newPage();
    // a file with a bad row, imported in the background: its job fails at once
    const login = await page.request.post(`${story.platform.url}/api/auth/login`, { data: ADMIN });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const queued = await page.request.post(
      `${story.platform.url}/api/clusters/import?async=true&file=mal.csv`,
      {
        headers: { 'x-csrf-token': csrfToken, 'content-type': 'text/csv' },
        data: 'id,name,country,sector,sector_group\nmal-1,Mal,ZZZ,,no_such_group\n',
      },
    );
    expect(queued.status()).toBe(202);
    const { job } = (await queued.json()) as { job: { id: string } };
    const readJob = async () =>
      (await (await page.request.get(`${story.platform.url}/api/jobs/${job.id}`)).json()) as {
        state: string;
        finishedAt: string | null;
      };
    await expect.poll(async () => (await readJob()).state, { timeout: 30_000 }).toBe('dead');
    const firstEnd = (await readJob()).finishedAt!;

    await page.goto(`${story.platform.url}/admin/users`);
    await page
      .getByRole('navigation', { name: 'Administración' })
      .getByRole('link', { name: 'Trabajos en segundo plano' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Trabajos en segundo plano' }).waitFor();
    const row = page.locator(`tr[data-job="${job.id}"]`);
    await expect.poll(() => row.locator('td').first().textContent()).toBe('Importación de clústeres');
    await expect.poll(() => row.locator('td.job-error').textContent()).toMatch(/\w/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-jobs-es-desktop');

    await row.getByRole('button', { name: /^Reintentar/ }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('De nuevo en cola: Importación de clústeres');
    // run again by the worker: the same bad row, so it ends dead again, later
    await expect
      .poll(
        async () => {
          const now = await readJob();
          return now.state === 'dead' && now.finishedAt! > firstEnd;
        },
        { timeout: 30_000 },
      )
      .toBe(true);

    // the list shown is in the address; Back returns to the failed jobs
    await page.getByLabel('Mostrar').selectOption('done');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?state=done');
    await page.getByRole('heading', { level: 2, name: 'Hechos' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Fallidos (cartas muertas)' }).waitFor();
    await context.close();
  });
});
