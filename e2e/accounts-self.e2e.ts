/**
 * Story (issue 15, decision 103): a cluster manager signs in and lands on "My work" with her
 * cluster and its "Edit this cluster"; on "My account" she changes her password (a mismatch
 * first), creates an API token whose secret is shown once, and revokes it after saying yes.
 * The administrator grants her a second cluster in place on the Accounts page. The pages in
 * Spanish and Portuguese too, with axe on each.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, createUserAsAdmin, newContext, screenshot, storySetup } from './harness';

const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
const MARTA = {
  name: 'Marta Gómez',
  email: 'marta@torreon.test',
  password: 'marta first password 2026',
  role: 'cluster_manager',
  grants: ['tm_torreon_garment'],
};
const NEW_PASSWORD = 'marta second password 2026';
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${story.platform.url}/sign-in`);
  await page.getByRole('textbox', { name: /E-mail|Correo/ }).fill(who.email);
  await page.locator('input[type=password]').fill(who.password);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('signed-in-as').waitFor();
}

describe('a cluster manager finds her work and looks after her account', () => {
  it('lands on My work, changes her password, creates and revokes an API token', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await createUserAsAdmin(page, story.platform.url, ADMIN, MARTA);
    await signIn(page, MARTA);
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/my-work');
    const mine = page.getByTestId('my-clusters');
    await expect.poll(() => mine.textContent()).toContain('Garment (blue jeans) — Torreón');
    await page.getByTestId('my-organisations').or(page.getByText('You do not administer')).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'my-work-en');
    await page.getByRole('link', { name: 'Edit this cluster: Garment (blue jeans) — Torreón' }).click();
    await page.getByRole('heading', { level: 2, name: 'Edit this cluster' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#edit-title');
    await expect
      .poll(() => page.evaluate(() => document.getElementById('edit-title')!.getBoundingClientRect().top))
      .toBeLessThan(900);

    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    const password = page.locator('section[aria-labelledby="password-title"]');
    await password.getByLabel('Current password').fill(MARTA.password);
    await password.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await password.getByLabel('New password again').fill('something else entirely');
    await password.getByRole('button', { name: 'Change password' }).click();
    await expect
      .poll(() => password.getByRole('alert').textContent())
      .toContain('The two new passwords differ');
    await password.getByLabel('New password again').fill(NEW_PASSWORD);
    await password.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => password.getByRole('status').textContent()).toContain('Your password is changed');

    const tokens = page.locator('section[aria-labelledby="tokens-title"]');
    await tokens.getByLabel('Name of the new token').fill('nightly import');
    await tokens.getByRole('button', { name: 'Create token' }).click();
    const secret = await tokens.getByTestId('token-secret').inputValue();
    expect(secret).toMatch(/^polos_/);
    // the secret works as a bearer token
    const me = await fetch(`${story.platform.url}/api/auth/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(MARTA.email);
    await expect.poll(() => page.getByTestId('tokens').textContent()).toContain('nightly import');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'my-account-en');
    await page.getByRole('button', { name: 'Revoke the token “nightly import”' }).click();
    await page.getByText('Revoke “nightly import”? Scripts using it stop working at once.').waitFor();
    await page.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => page.getByTestId('tokens').textContent()).toContain('revoked');
    const after = await fetch(`${story.platform.url}/api/auth/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(after.status).toBe(401);

    // the new password signs her in
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await signIn(page, { email: MARTA.email, password: NEW_PASSWORD });
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.context().close();
  }, 120_000);

  it('lets the administrator grant a second cluster in place', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await signIn(page, ADMIN);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto(`${story.platform.url}/admin/users`);
    const row = page.getByTestId('users').getByRole('row', { name: /Marta Gómez/ });
    await row.getByRole('button', { name: 'Change clusters of Marta Gómez' }).click();
    await row.getByLabel('Find a cluster by name or place').fill('medellín');
    await row
      .getByRole('checkbox', { name: /Medellín/ })
      .first()
      .check();
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.textContent()).toContain('Medellín');
    await expect.poll(() => row.getByRole('status').textContent()).toBe('Saved.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-en-grants-edited');
    await page.context().close();
  }, 60_000);

  it('reads My work and My account in Spanish and Portuguese', async () => {
    for (const [locale, work, account] of [
      ['es-ES', 'Mi trabajo', 'Mi cuenta'],
      ['pt-BR', 'Meu trabalho', 'Minha conta'],
    ] as const) {
      const lang = locale.slice(0, 2);
      const page = await (await newContext(story.browser, locale)).newPage();
      await signIn(page, { email: MARTA.email, password: NEW_PASSWORD });
      await page.getByRole('heading', { level: 1, name: work }).waitFor();
      await expect.poll(() => page.getByTestId('my-clusters').textContent()).toContain('Torreón');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `my-work-${lang}`);
      await page.getByRole('link', { name: account }).click();
      await page.getByRole('heading', { level: 1, name: account }).waitFor();
      await page.getByTestId('tokens').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `my-account-${lang}`);
      await page.context().close();
    }
  }, 120_000);
});
