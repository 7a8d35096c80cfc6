/**
 * Stories of accounts by e-mail (issue 15, decision 103), with the platform's mail going
 * through a real SMTP server on 127.0.0.1 and each link read from the received e-mail:
 * - pt: an administrator invites a cluster manager (e-mails in Portuguese) granted a cluster;
 *   she opens the link, chooses her password, lands on "My work", opens her cluster's edit
 *   form, types "12.500" jobs and sees it saved (12500 through the API).
 * - en: an administrator deactivates a user whose session is open in another browser: her
 *   next page load finds her signed out; reactivated, she signs in again.
 * - es: a user resets a forgotten password from the sign-in page; the link works once.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { text } from './collab-people';
import { accessibilityViolations, createUserAsAdmin, newContext, screenshot, storyWithSmtp } from './harness';

const ADMIN = { email: 'ana.admin@polos.test', password: 'a long admin password 2026' };
const { story, smtp } = await storyWithSmtp({
  POLOS_ADMIN_EMAIL: ADMIN.email,
  POLOS_ADMIN_PASSWORD: ADMIN.password,
});

/** The link of the latest e-mail to `email` (the mail worker sends every few seconds). */
async function linkMailedTo(email: string, after = 0): Promise<{ link: string; subject: string }> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const mails = smtp.received.slice(after).filter((m) => JSON.stringify(m.to ?? '').includes(email));
    const mail = mails.at(-1);
    const link = /https?:\/\/[^\s<>"]+\/account\/link#[A-Za-z0-9_-]+/.exec(mail?.text ?? '')?.[0];
    if (mail && link) return { link, subject: mail.subject ?? '' };
    if (Date.now() > deadline) throw new Error(`no e-mail with a link to ${email} in 60 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function signInForm(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${story.platform.url}/sign-in`);
  await page.getByRole('textbox', { name: /E-mail|Correo/ }).fill(who.email);
  await page.locator('input[type=password]').fill(who.password);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('signed-in-as').waitFor();
}

async function adminPage(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(story.browser, locale);
  const page = await context.newPage();
  await signInForm(page, ADMIN);
  await page.goto(`${story.platform.url}/admin/users`);
  await page.getByTestId('users').waitFor();
  return { context, page };
}

describe('accounts by e-mail', () => {
  it('pt: an invited cluster manager sets her password from the link and saves 12.500 jobs', async () => {
    const BEATRIZ = {
      name: 'Beatriz Souza',
      email: 'beatriz@torreon.test',
      password: 'beatriz chooses 2026 ok',
    };
    const admin = await adminPage('pt-BR');
    const page = admin.page;
    await page.getByLabel(text('pt', 'admin.name'), { exact: true }).fill(BEATRIZ.name);
    await page.getByLabel(text('pt', 'admin.email'), { exact: true }).fill(BEATRIZ.email);
    expect(await page.getByLabel(text('pt', 'accounts.admin.language')).inputValue()).toBe('pt');
    await page.getByLabel(text('pt', 'admin.findCluster')).first().fill('torreón');
    await page.getByLabel('Garment (blue jeans) — Torreón').check();
    await page.getByRole('button', { name: text('pt', 'admin.inviteButton') }).click();
    await page.getByText(`${BEATRIZ.name} foi convidada`).waitFor();
    const row = page.getByTestId('users').getByRole('row', { name: /Beatriz Souza/ });
    await expect.poll(() => row.getByTestId('status').textContent()).toBe('convidada');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-pt-invited');
    await admin.context.close();

    const { link } = await linkMailedTo(BEATRIZ.email);
    const her = await (await newContext(story.browser, 'pt-BR')).newPage();
    await her.goto(link);
    await her.getByRole('heading', { level: 1, name: text('pt', 'accounts.link.invitation') }).waitFor();
    expect(await accessibilityViolations(her)).toEqual([]);
    await screenshot(her, 'account-link-pt-invitation');
    await her.getByLabel('Nova senha', { exact: true }).fill('curta');
    await her.getByLabel('Nova senha outra vez').fill('curta');
    await her.getByRole('button', { name: 'Salvar a minha senha' }).click();
    await expect.poll(() => her.getByRole('alert').textContent()).toContain('12');
    await her.getByLabel('Nova senha', { exact: true }).fill(BEATRIZ.password);
    await her.getByLabel('Nova senha outra vez').fill(BEATRIZ.password);
    await her.getByRole('button', { name: 'Salvar a minha senha' }).click();
    await her.getByRole('heading', { level: 1, name: 'Meu trabalho' }).waitFor();
    expect(new URL(her.url()).pathname).toBe('/my-work');
    await her.getByRole('link', { name: 'Editar este cluster: Garment (blue jeans) — Torreón' }).click();
    await her.getByRole('heading', { level: 2, name: 'Editar este cluster' }).waitFor();
    await her.getByText(text('pt', 'edit.figures')).click();
    const figures = her.getByTestId('edit-figures');
    await figures.getByLabel('Ano', { exact: true }).fill('2025');
    await figures.getByLabel('Empregos').fill('12.500');
    await figures.getByRole('button', { name: 'Salvar' }).click();
    await expect.poll(() => figures.getByRole('status').textContent()).toBe('Salvo.');
    const cluster = (await (
      await her.request.get(`${story.platform.url}/api/clusters/tm_torreon_garment`)
    ).json()) as {
      keyFigures: Array<{ year: number; directJobs: number | null }>;
    };
    expect(cluster.keyFigures.find((k) => k.year === 2025)?.directJobs).toBe(12500);
    await her.context().close();
  }, 240_000);

  it('en: a deactivated user is signed out at once, and signs in again once reactivated', async () => {
    const LEO = {
      name: 'Leo Park',
      email: 'leo@polos.test',
      password: 'leo has a long password 1',
      role: 'analyst',
    };
    const setup = await (await newContext(story.browser, 'en-GB')).newPage();
    await createUserAsAdmin(setup, story.platform.url, ADMIN, LEO);
    await setup.context().close();
    const leo = await (await newContext(story.browser, 'en-GB')).newPage();
    await signInForm(leo, LEO);
    await expect.poll(() => leo.getByTestId('signed-in-as').textContent()).toBe('Leo Park (analyst)');

    const admin = await adminPage('en-GB');
    const row = admin.page.getByTestId('users').getByRole('row', { name: /Leo Park/ });
    await row.getByRole('button', { name: 'Deactivate Leo Park' }).click();
    await row.getByText('Deactivate Leo Park? Her sessions and API tokens stop at once.').waitFor();
    await row.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => row.getByTestId('status').textContent()).toBe('deactivated');
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await screenshot(admin.page, 'admin-en-deactivated');

    // her open session fails at once: the next page load finds nobody signed in
    await leo.reload();
    await leo.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await leo.getByTestId('signed-in-as').count()).toBe(0);
    const me = (await (await leo.request.get(`${story.platform.url}/api/auth/me`)).json()) as {
      user: unknown;
    };
    expect(me.user).toBeNull();
    // and she cannot sign in while deactivated
    await leo.goto(`${story.platform.url}/sign-in`);
    await leo.getByLabel('E-mail').fill(LEO.email);
    await leo.getByLabel('Password').fill(LEO.password);
    await leo.getByRole('button', { name: 'Sign in' }).click();
    await leo.getByRole('alert').waitFor();

    await row.getByRole('button', { name: 'Reactivate Leo Park' }).click();
    await expect.poll(() => row.getByTestId('status').textContent()).toBe('active');
    await admin.context.close();
    await signInForm(leo, LEO);
    await expect.poll(() => leo.getByTestId('signed-in-as').textContent()).toBe('Leo Park (analyst)');
    await leo.context().close();
  }, 120_000);

  it('es: a forgotten password is reset from the sign-in page; the link works once', async () => {
    const SOFIA = {
      name: 'Sofía Ruiz',
      email: 'sofia@polos.test',
      password: 'sofia old password 2026',
      role: 'viewer',
    };
    const NEW = 'sofia nueva contraseña 2026';
    const setup = await (await newContext(story.browser, 'es-ES')).newPage();
    await createUserAsAdmin(setup, story.platform.url, ADMIN, SOFIA);
    await setup.context().close();
    const before = smtp.received.length;
    const page = await (await newContext(story.browser, 'es-ES')).newPage();
    await page.goto(`${story.platform.url}/sign-in`);
    await page.getByRole('link', { name: '¿Olvidó su contraseña?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contraseña olvidada' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-forgot-es');
    await page.getByLabel('Correo electrónico').fill(SOFIA.email);
    await page.getByRole('button', { name: 'Enviar el enlace' }).click();
    await expect
      .poll(() => page.getByTestId('reset-sent').textContent())
      .toBe(
        'Si existe una cuenta con esta dirección, le hemos enviado un enlace. Funciona una vez, durante una hora.',
      );
    await screenshot(page, 'account-forgot-es-sent');

    const { link } = await linkMailedTo(SOFIA.email, before);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Elija una nueva contraseña' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-link-es-reset');
    await page.getByLabel('Nueva contraseña', { exact: true }).fill(NEW);
    await page.getByLabel('Nueva contraseña otra vez').fill(NEW);
    await page.getByRole('button', { name: 'Guardar mi contraseña' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    // the link works once
    const other = await (await newContext(story.browser, 'es-ES')).newPage();
    await other.goto(link);
    await expect
      .poll(() => other.getByTestId('link-invalid').textContent())
      .toBe('Este enlace no es válido, ya se usó o ha caducado.');
    await other.getByRole('link', { name: 'Pedir un enlace nuevo' }).waitFor();
    expect(await accessibilityViolations(other)).toEqual([]);
    await screenshot(other, 'account-link-es-invalid');
    // the new password signs her in, the old one no longer
    await signInForm(other, { email: SOFIA.email, password: NEW });
    // (from a context not signed in: a signed-in one would need the CSRF header)
    const stranger = await newContext(story.browser, 'es-ES');
    const old = await stranger.request.post(`${story.platform.url}/api/auth/login`, {
      data: { email: SOFIA.email, password: SOFIA.password },
    });
    expect(old.status()).toBe(401);
    await stranger.close();
    await page.context().close();
    await other.context().close();
  }, 120_000);
});
