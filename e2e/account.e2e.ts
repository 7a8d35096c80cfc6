/**
 * Story: an administrator signs in from the header, mistypes the password first and is
 * told so in her language, comes back to the page she was on, sees who she is signed in
 * as, and signs out; the same form in Spanish and Portuguese, and at phone width.
 */
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, newContext, screenshot, storySetup } from './harness';

const ADMIN = { email: 'ana.admin@polos.test', password: 'a long admin password 2026' };
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

describe('a person signs in and out', () => {
  it('signs in from the header after a wrong password, returns to the page, and signs out', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await page.goto(`${story.platform.url}/clusters/tm_medellin_textile`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/clusters/tm_medellin_textile');
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Wrong e-mail or password');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-en-wrong-password');
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    expect(new URL(page.url()).pathname).toBe('/clusters/tm_medellin_textile');
    await expect
      .poll(() => page.getByTestId('signed-in-as').textContent())
      .toBe('Administrator (administrator)');
    // the session survives a reload (HttpOnly cookie), then signing out ends it
    await page.reload();
    await page.getByTestId('signed-in-as').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    const me = (await (await page.request.get(`${story.platform.url}/api/auth/me`)).json()) as {
      user: unknown;
    };
    expect(me.user).toBeNull();
    await page.context().close();
  });

  it('reads the form in Spanish and Portuguese, also at phone width', async () => {
    for (const [locale, title, wrong] of [
      ['es-ES', 'Iniciar sesión', 'Correo electrónico'],
      ['pt-BR', 'Entrar', 'E-mail'],
    ] as const) {
      const lang = locale.slice(0, 2);
      for (const width of [1280, 390]) {
        const page = await (await newContext(story.browser, locale, width)).newPage();
        await page.goto(`${story.platform.url}/sign-in`);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.getByLabel(wrong).fill(ADMIN.email);
        await page.getByLabel(lang === 'es' ? 'Contraseña' : 'Senha').fill('wrong password');
        await page.getByRole('button', { name: title }).click();
        await page.getByRole('alert').waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `account-${lang}-${width === 390 ? 'phone' : 'desktop'}`);
        await page.context().close();
      }
    }
  });
});
