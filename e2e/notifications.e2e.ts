/**
 * Story (issue 12 point 7): a Basque cluster manager's partner search gets an interest from
 * a Mexican one; she sees the count in the header, opens her notifications in Spanish, marks
 * it read and turns off e-mail for interests — and the platform's mail worker has sent her
 * the e-mail in Spanish through a real SMTP server on 127.0.0.1. Also at phone width and in
 * Portuguese.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, createUserAsAdmin, newContext, screenshot, storyWithSmtp } from './harness';

const ADMIN = { email: 'ana.admin@polos.test', password: 'a long admin password 2026' };
const POSTER = { email: 'miren@polos.test', password: 'a long poster password 2026', name: 'Miren' };
const SENDER = { email: 'lupita@polos.test', password: 'a long sender password 2026', name: 'Lupita' };
const { story, smtp } = await storyWithSmtp({
  POLOS_ADMIN_EMAIL: ADMIN.email,
  POLOS_ADMIN_PASSWORD: ADMIN.password,
});

/** Signs `page`'s context in as `who` (signing out whoever was: a session's login needs its CSRF token). */
async function signIn(page: Page, url: string, who: { email: string; password: string }) {
  await page.context().clearCookies();
  const res = await page.request.post(`${url}/api/auth/login`, { data: who });
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

describe('notifications', () => {
  it('an interest reaches the poster in the header, on /notifications and by e-mail, in Spanish', async () => {
    const url = story.platform.url;
    const setup = await (await newContext(story.browser, 'en-GB')).newPage();
    for (const user of [POSTER, SENDER])
      await createUserAsAdmin(setup, url, ADMIN, { ...user, role: 'cluster_manager' });
    const orgs = (await (await setup.request.get(`${url}/api/organisations?limit=200`)).json()) as {
      items: Array<{ id: string; name: string; country: string }>;
    };
    const basque = orgs.items.find((o) => o.country === 'ES')!;
    const mexican = orgs.items.find((o) => o.country === 'MX')!;
    let csrf = await signIn(setup, url, ADMIN);
    for (const [org, user] of [
      [basque, POSTER],
      [mexican, SENDER],
    ] as const)
      expect(
        (
          await setup.request.post(`${url}/api/organisations/${org.id}/admins`, {
            headers: { 'x-csrf-token': csrf },
            data: { email: user.email },
          })
        ).status(),
      ).toBe(201);
    csrf = await signIn(setup, url, POSTER);
    await setup.request.put(`${url}/api/notifications/preferences`, {
      headers: { 'x-csrf-token': csrf },
      data: { language: 'es', kinds: [] },
    });
    const post = await setup.request.post(`${url}/api/partner-searches`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        organisationId: basque.id,
        direction: 'request',
        kind: 'technology',
        title: 'Composites para interiores de aeronaves',
        description: 'Buscamos un clúster socio con proveedores de composites.',
        sectors: ['C30'],
        countriesSought: ['MX'],
        language: 'es',
      },
    });
    expect(`${post.status()} ${await post.text()}`).toMatch(/^201 /);
    const postId = ((await post.json()) as { id: string }).id;
    csrf = await signIn(setup, url, SENDER);
    const interest = await setup.request.post(`${url}/api/partner-searches/${postId}/interest`, {
      headers: { 'x-csrf-token': csrf },
      data: { message: 'Fabricamos composites en Querétaro', organisationId: mexican.id },
    });
    expect(interest.status()).toBe(201);
    await setup.context().close();

    for (const [locale, width] of [
      ['es-ES', 1280],
      ['es-ES', 390],
    ] as const) {
      const page = await (await newContext(story.browser, locale, width)).newPage();
      await signIn(page, url, POSTER);
      await page.goto(`${url}/`);
      const bell = page.getByRole('link', { name: 'Avisos (1 sin leer)', exact: true });
      await bell.waitFor();
      await bell.click();
      await page.getByRole('heading', { level: 1, name: 'Avisos' }).waitFor();
      const subject = 'Nuevo interés en «Composites para interiores de aeronaves»';
      await page.getByRole('link', { name: subject }).waitFor();
      await expect.poll(() => page.getByTestId('notifications').textContent()).toContain(mexican.name);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `notifications-es-${width === 390 ? 'phone' : 'desktop'}`);
      await page.context().close();
    }

    const page = await (await newContext(story.browser, 'es-ES')).newPage();
    await signIn(page, url, POSTER);
    await page.goto(`${url}/notifications`);
    await page.getByRole('button', { name: /^Marcar como leído:/ }).click();
    await page.getByRole('link', { name: 'Avisos', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Marcar como leído:/ }).count()).toBe(0);
    await page.getByLabel('Nuevos intereses en las publicaciones de mi organización: Por correo').uncheck();
    await page.getByRole('button', { name: 'Guardar preferencias' }).click();
    await page.getByText('Preferencias guardadas.').waitFor();
    await screenshot(page, 'notifications-es-read-preferences');
    await page.context().close();

    // The server's mail worker (every 15 s) has sent the e-mail, in Spanish, with its links.
    const deadline = Date.now() + 40_000;
    while (!smtp.received.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    const [mail] = smtp.received;
    expect(mail?.subject).toBe('Nuevo interés en «Composites para interiores de aeronaves»');
    expect(mail?.text).toContain(`/partner-searches/${postId}`);
    expect(mail?.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(true);
  }, 180_000);

  it('reads the page in Portuguese at phone width', async () => {
    const page = await (await newContext(story.browser, 'pt-BR', 390)).newPage();
    await signIn(page, story.platform.url, SENDER);
    await page.goto(`${story.platform.url}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Notificações' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Preferências' }).waitFor();
    await screenshot(page, 'notifications-pt-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});
