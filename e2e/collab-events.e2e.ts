/**
 * Story (issue 12 point 8), in English, Spanish and Portuguese: a coordinator creates a
 * matchmaking event in the web page (its one session already held, registration still
 * open); the cluster managers of the Aeroclúster de Querétaro (Mexico) and of HEGAN, the
 * Basque aeronautics cluster, register; the Mexican one asks for a meeting, the Basque one
 * accepts; the coordinator runs the scheduler; each gets the agenda on the page and as an
 * .ics file that parses and holds the meeting; the Mexican manager records an MoU, which
 * appears in the agreements register. Screenshots at desktop and phone width; axe finds no
 * serious or critical violation on these pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  createUserAsAdmin,
  newContext,
  root,
  screenshot,
  storySetup,
} from './harness';

const ADMIN = { email: 'ana.admin@polos.test', password: 'a long admin password 2026' };
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });
const PASSWORD = 'a long test password 2026';
const COORDINATOR = { email: 'coordinator@polos.test', name: 'Carla Coordinator', role: 'coordinator' };
const MEXICAN = {
  email: 'mx.manager@polos.test',
  name: 'Mateo Querétaro',
  role: 'cluster_manager',
  org: 'mx-aerocluster-queretaro',
};
const BASQUE = {
  email: 'eu.manager@polos.test',
  name: 'Itziar Hegan',
  role: 'cluster_manager',
  org: 'es21-hegan-association',
};

type Texts = Record<string, Record<string, unknown>>;
const texts = (feature: string, lang: string) =>
  JSON.parse(
    readFileSync(join(root, `packages/web/src/i18n/features/${feature}.${lang}.json`), 'utf8'),
  ) as Texts;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let usersReady: Promise<void> | undefined;
/** The three accounts (once for the file), each manager made administrator of their organisation. */
function createUsers(page: Page): Promise<void> {
  usersReady ??= (async () => {
    const url = story.platform.url;
    for (const u of [COORDINATOR, MEXICAN, BASQUE])
      await createUserAsAdmin(page, url, ADMIN, {
        email: u.email,
        name: u.name,
        role: u.role,
        password: PASSWORD,
      });
    const login = await page.request.post(`${url}/api/auth/login`, { data: ADMIN });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    for (const u of [MEXICAN, BASQUE]) {
      const res = await page.request.post(`${url}/api/organisations/${u.org}/admins`, {
        headers: { 'x-csrf-token': csrfToken },
        data: { email: u.email },
      });
      expect(res.status()).toBe(201);
    }
    await page.request.post(`${url}/api/auth/logout`, { headers: { 'x-csrf-token': csrfToken } });
  })();
  return usersReady;
}

/** A browser context in `locale` signed in as `email` (through the API: the sign-in form has its own story). */
async function signedIn(
  locale: string,
  email: string,
  width = 1280,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(story.browser, locale, width);
  const page = await context.newPage();
  const res = await page.request.post(`${story.platform.url}/api/auth/login`, {
    data: { email, password: PASSWORD },
  });
  expect(res.status()).toBe(200);
  return { context, page };
}

/**
 * axe on every page of the story in English; in Spanish and Portuguese on the agenda and the
 * register (the pages whose texts change most), to keep the file near 90 s on two cores.
 */
async function noSeriousViolations(page: Page, always = false): Promise<void> {
  if (
    !always &&
    !page.url().includes('/agreements') &&
    (await page.locator('html').getAttribute('lang')) !== 'en'
  )
    return;
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Downloads the agenda from the page's link and checks the iCalendar holds one meeting with `partner`. */
async function checkIcs(page: Page, partner: string): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('agenda-ics').click(),
  ]);
  const ics = readFileSync((await download.path())!, 'utf8');
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  expect(unfolded.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(unfolded.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  const events = unfolded.split('BEGIN:VEVENT').slice(1);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
  expect(events[0]).toMatch(/LOCATION:\S+/);
  expect(events[0]).toContain(partner);
}

describe.each(['en', 'es', 'pt'])('a matchmaking event in %s', (lang) => {
  it('is created, joined, scheduled, held and ends in an MoU in the register', async () => {
    const url = story.platform.url;
    const locale = { en: 'en-GB', es: 'es-ES', pt: 'pt-BR' }[lang]!;
    const ev = texts('events', lang) as Record<string, Record<string, string>> & Record<string, string>;
    const ag = texts('agreements', lang) as Record<string, Record<string, string>> & Record<string, string>;
    const title = `Aerospace B2B ${lang.toUpperCase()} ${Date.now()}`;

    // The coordinator creates the event in the page.
    const setup = await (await newContext(story.browser, locale)).newPage();
    await createUsers(setup);
    await setup.context().close();
    const coordinator = await signedIn(locale, COORDINATOR.email);
    let page = coordinator.page;
    await page.goto(`${url}/events`);
    await page.getByRole('heading', { level: 1, name: ev.title }).waitFor();
    await page.getByText(ev.form!.createTitle!, { exact: true }).click();
    const form = page.getByTestId('event-create');
    await form.getByLabel(ev.form!.title!, { exact: true }).fill(title);
    await form
      .getByLabel(ev.form!.description!, { exact: true })
      .fill('Querétaro – Basque Country aeronautics');
    await form.getByLabel(ev.form!.startDate!, { exact: true }).fill(day(-1));
    await form.getByLabel(ev.form!.endDate!, { exact: true }).fill(day(0));
    await form.getByLabel(ev.form!.timeZone!, { exact: true }).fill('America/Mexico_City');
    await form.getByLabel(ev.form!.sessionName!, { exact: true }).fill('Aeronautics');
    await form.getByLabel(ev.form!.sessionDate!, { exact: true }).fill(day(-1));
    await form.getByLabel(ev.form!.deadlineDate!, { exact: true }).fill(day(1));
    await form.getByRole('button', { name: ev.form!.create! }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const eventPath = new URL(page.url()).pathname;
    expect(eventPath).toMatch(/^\/events\/[0-9a-f-]{36}$/);
    await page.getByTestId('sessions').getByText('Aeronautics').waitFor();
    await noSeriousViolations(page);
    await screenshot(page, `collab-events-${lang}-organiser`);

    // Both managers register their organisation.
    const managers = [];
    for (const m of [MEXICAN, BASQUE]) {
      const s = await signedIn(locale, m.email);
      await s.page.goto(`${url}${eventPath}`);
      await s.page.getByText(ev.register!.title!, { exact: true }).click();
      const register = s.page.getByTestId('event-register');
      await register
        .getByLabel(ev.register!.offer!)
        .fill(m === MEXICAN ? 'Aerostructures machining' : 'Composite testing');
      await register.getByRole('button', { name: ev.register!.submit!, exact: true }).click();
      await s.page.locator(`[data-organisation="${m.org}"]`).waitFor();
      managers.push(s);
    }
    const [mexican, basque] = managers as [(typeof managers)[0], (typeof managers)[0]];

    // The Mexican manager asks HEGAN for a meeting.
    page = mexican.page;
    await page.reload();
    const hegan = page.locator(`[data-organisation="${BASQUE.org}"]`);
    await hegan.getByText(ev.request!.title!.replace('{{name}}', ''), { exact: false }).click();
    await hegan
      .getByLabel(ev.request!.message!)
      .fill('Shall we talk about composite parts for the A320 supply chain?');
    await hegan.getByRole('button', { name: ev.request!.send! }).click();
    await page.getByTestId('requests-sent').locator('[data-status="pending"]').waitFor();

    // The Basque manager accepts it.
    page = basque.page;
    await page.reload();
    const received = page.getByTestId('requests-received');
    await received.getByText('composite parts').waitFor();
    await noSeriousViolations(page);
    await screenshot(page, `collab-events-${lang}-request`);
    await received.getByRole('button', { name: ev.requests!.accept! }).click();
    await received.locator('[data-status="accepted"]').waitFor();

    // The coordinator runs the scheduler.
    page = coordinator.page;
    await page.reload();
    await page.getByRole('button', { name: ev.schedule!.run! }).click();
    await page.getByTestId('schedule-result').waitFor();
    await page.getByTestId('placed').getByText('Aeroclúster de Querétaro – HEGAN').waitFor();
    await screenshot(page, `collab-events-${lang}-scheduled`);

    // Each side gets its agenda, on the page and as .ics.
    for (const [s, partner] of [
      [basque, 'Aeroclúster de Querétaro'],
      [mexican, 'HEGAN'],
    ] as const) {
      await s.page.reload();
      await s.page.getByTestId('agenda').getByText(partner).waitFor();
      await checkIcs(s.page, partner);
    }
    await noSeriousViolations(mexican.page, true);
    await screenshot(mexican.page, `collab-events-${lang}-agenda`);

    // After the meeting, the Mexican manager records an MoU: it enters the register.
    page = mexican.page;
    const agenda = page.getByTestId('agenda');
    await agenda.getByRole('combobox').selectOption('mou');
    await agenda.getByRole('button', { name: ev.agenda!.record! }).click();
    await agenda.getByTestId('agreement-link').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/agreements\/meeting-/);
    const agreementId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('link', { name: 'HEGAN' }).first().waitFor();
    await page.getByRole('link', { name: 'Aeroclúster de Querétaro' }).first().waitFor();
    await noSeriousViolations(page);
    await screenshot(page, `collab-events-${lang}-agreement`);

    await page.getByRole('link', { name: ag.back }).click();
    await page.getByRole('heading', { level: 1, name: ag.title }).waitFor();
    const row = page.locator(`[data-agreement="${agreementId}"]`);
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(ag.instrument!.mou);
    await page.getByTestId('agreement-map').waitFor();
    await page.getByTestId('by-instrument').locator('svg').waitFor();
    await noSeriousViolations(page);
    await screenshot(page, `collab-events-${lang}-register`);

    // At phone width: the register and the agenda.
    // The same session at phone width (its cookie: no second sign-in).
    const phoneContext = await newContext(story.browser, locale, 390);
    await phoneContext.addCookies(await mexican.context.cookies());
    const phone = { context: phoneContext, page: await phoneContext.newPage() };
    await phone.page.goto(`${url}/agreements?country=MX`);
    await phone.page.locator(`[data-agreement="${agreementId}"]`).waitFor();
    await phone.page.getByTestId('agreement-map').waitFor();
    await noSeriousViolations(phone.page);
    await screenshot(phone.page, `collab-events-${lang}-register-phone`);
    if (lang === 'en') {
      await phone.page.goto(`${url}${eventPath}`);
      await phone.page.getByTestId('agenda').waitFor();
      await noSeriousViolations(phone.page);
      await screenshot(phone.page, `collab-events-${lang}-agenda-phone`);
    }

    for (const s of [coordinator, mexican, basque, phone]) await s.context.close();
  }, 90_000);
});
