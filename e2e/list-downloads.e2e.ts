/**
 * Stories (issue 15, lists as CSV and "My work"; decision 105): a visitor downloads the
 * agreements register, the programmes (in Spanish) and the events (in Portuguese) as CSV —
 * the header, a known row, every row the API counts, and fewer rows once a filter is
 * chosen; a draft event of the organiser is not in a visitor's file. Then a Basque cluster
 * manager whose organisation received a meeting request sees it under "What awaits you"
 * and follows its link to the event, where she answers it for HEGAN.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, BASQUE, createManagers, MEXICAN, signedIn, text } from './collab-people';
import { newContext, screenshot, storySetup } from './harness';

const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

type Row = Record<string, string>;

/** The CSV the page downloads when "Download CSV" (in `lang`) is clicked: file name, header, rows by column. */
async function downloadedCsv(
  page: Page,
  lang: string,
): Promise<{ filename: string; header: string; rows: Row[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text(lang, 'lists.csv') }).click(),
  ]);
  const content = readFileSync((await download.path())!, 'utf8');
  expect(content.startsWith('\uFEFF')).toBe(true);
  const body = content.replace(/^\uFEFF/, '');
  return {
    filename: download.suggestedFilename(),
    header: body.slice(0, body.indexOf('\r\n')),
    rows: parse(body, { columns: true }) as Row[],
  };
}

const totalOf = async (page: Page, path: string) =>
  ((await (await page.request.get(`${story.platform.url}${path}`)).json()) as { total: number }).total;

/** A request context signed in as `who` (the session cookie) and its CSRF header. */
async function apiAs(request: APIRequestContext, who: { email: string; password: string }) {
  const login = await request.post(`${story.platform.url}/api/auth/login`, {
    data: { email: who.email, password: who.password },
  });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (path: string, data: unknown) => {
    const res = await request.post(`${story.platform.url}${path}`, {
      headers: { 'x-csrf-token': csrfToken },
      data,
    });
    if (res.status() >= 300) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
}

const hour = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();
/** An event `days` from now, two days long, one morning session; registration open for a day. */
const eventBody = (title: string, status: 'draft' | 'open' | 'closed', days: number) => ({
  title,
  description: 'B2B meetings of aerospace clusters.',
  startDate: at(Date.now() + days * 24 * hour).slice(0, 10),
  endDate: at(Date.now() + (days + 1) * 24 * hour).slice(0, 10),
  timeZone: 'Europe/Madrid',
  sessions: [
    {
      name: 'Morning',
      start: at(Date.now() + days * 24 * hour),
      end: at(Date.now() + days * 24 * hour + hour),
      slotMinutes: 20,
    },
  ],
  meetingPlace: 'table',
  tables: ['Table 1', 'Table 2'],
  registrationDeadline: at(Date.now() + 24 * hour),
  requestExpiryHours: 48,
  status,
});

describe('more lists download as CSV, all pages of the current filter', () => {
  it('the agreements register: header, a known agreement, every row; the scope filter keeps the international ones', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await page.goto(`${story.platform.url}/agreements`);
    await page.getByTestId('agreements').waitFor();
    const total = await totalOf(page, '/api/agreements?limit=1');
    const all = await downloadedCsv(page, 'en');
    expect(all.filename).toBe('agreements.csv');
    expect(all.header).toBe(
      'id,party_organisation_ids,party_descriptions,scope,sector_relation,instrument,areas,objectives,start_year,end_year,year_as_printed,signed_on,ends_on,status,status_as_reported,outcomes,source',
    );
    expect(all.rows).toHaveLength(total);
    // ProMéxico and the ECCP's memorandum of 2012 (EU-LAC report §7.3.2).
    expect(all.rows.find((r) => r.id === 'agr-07')).toMatchObject({
      party_organisation_ids: 'mx-promexico; eu-eccp',
      scope: 'international',
      sector_relation: 'policy_level',
      instrument: 'mou',
      areas: 'renewable energies; advanced engineering; biotechnology',
      start_year: '2012',
      status: '',
      outcomes: '0',
    });

    await page.getByLabel(text('en', 'agreements.filter.scope')).selectOption('international');
    const international = await totalOf(page, '/api/agreements?limit=1&scope=international');
    expect(international).toBeLessThan(total);
    await expect.poll(() => page.locator('[data-testid=agreements] tbody tr').count()).toBe(international);
    const filtered = await downloadedCsv(page, 'en');
    expect(filtered.rows).toHaveLength(international);
    expect(filtered.rows.every((r) => r.scope === 'international')).toBe(true);
    expect(filtered.rows.map((r) => r.id)).toContain('agr-07');
    await page.context().close();
  });

  it('the programmes, in Spanish: every programme, then only the EU–LAC level', async () => {
    const page = await (await newContext(story.browser, 'es-ES')).newPage();
    await page.goto(`${story.platform.url}/programmes`);
    await page.getByTestId('programmes').waitFor();
    const total = await totalOf(page, '/api/programmes?limit=1');
    const all = await downloadedCsv(page, 'es');
    expect(all.filename).toBe('programmes.csv');
    expect(all.header).toBe('id,name,acronym,funder,level,targets,what,countries_regions,period,source');
    expect(all.rows).toHaveLength(total);
    expect(all.rows.find((r) => r.id === 'prg-al-invest')).toMatchObject({
      name: 'AL-INVEST',
      acronym: 'AL-INVEST',
      funder: 'European Union (EU cooperation with Latin America)',
      level: 'eu_lac',
      targets: 'SMEs',
      countries_regions: 'Latin America; EU',
    });

    await page.getByLabel(text('es', 'programmes.level')).selectOption('eu_lac');
    const euLac = await totalOf(page, '/api/programmes?limit=1&level=eu_lac');
    expect(euLac).toBeLessThan(total);
    await expect.poll(() => page.locator('[data-testid=programmes] tbody tr').count()).toBe(euLac);
    const filtered = await downloadedCsv(page, 'es');
    expect(filtered.rows).toHaveLength(euLac);
    expect(filtered.rows.every((r) => r.level === 'eu_lac')).toBe(true);
    await screenshot(page, 'programmes-download-es');
    await page.context().close();
  });

  it('the events, in Portuguese: open and closed ones but not the organiser’s draft; the status filter keeps the closed one', async () => {
    const admin = await newContext(story.browser, 'en-GB');
    const post = await apiAs(admin.request, ADMIN);
    const open = await post('/api/events', eventBody('Aerospace B2B days', 'open', 30));
    const closed = await post('/api/events', eventBody('Agrifood B2B days', 'closed', 10));
    await post('/api/events', eventBody('Secret draft days', 'draft', 60));
    await admin.close();

    const page = await (await newContext(story.browser, 'pt-BR')).newPage();
    await page.goto(`${story.platform.url}/events`);
    await page.getByTestId('upcoming-events').waitFor();
    const all = await downloadedCsv(page, 'pt');
    expect(all.filename).toBe('events.csv');
    expect(all.header).toBe(
      'id,title,status,start_date,end_date,time_zone,registration_deadline,meeting_place,sessions,tables,request_expiry_hours',
    );
    expect(all.rows.map((r) => r.title).sort()).toEqual(['Aerospace B2B days', 'Agrifood B2B days']);
    const body = eventBody('Aerospace B2B days', 'open', 30);
    expect(all.rows.find((r) => r.id === open.id)).toMatchObject({
      status: 'open',
      start_date: body.startDate,
      end_date: body.endDate,
      time_zone: 'Europe/Madrid',
      meeting_place: 'table',
      sessions: '1',
      tables: '2',
      request_expiry_hours: '48',
    });
    expect(all.rows.find((r) => r.id === open.id)!.registration_deadline).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/,
    );

    await page.getByLabel(text('pt', 'events.statusFilter')).selectOption('closed');
    await expect.poll(() => page.url()).toContain('?status=closed');
    await expect.poll(() => page.locator('[data-testid=upcoming-events] li').count()).toBe(1);
    const filtered = await downloadedCsv(page, 'pt');
    expect(filtered.rows.map((r) => [r.id, r.status])).toEqual([[closed.id, 'closed']]);
    await screenshot(page, 'events-download-pt');
    await page.context().close();
  });
});

describe('My work shows what awaits her', () => {
  it('a manager whose organisation received a meeting request sees it and follows it to the event', async () => {
    const setup = await newContext(story.browser, 'en-GB');
    const setupPage = await setup.newPage();
    await createManagers(setupPage, story.platform.url);
    const event = await (
      await apiAs(setup.request, ADMIN)
    )('/api/events', eventBody('Aerospace meetings Querétaro–Bilbao', 'open', 20));
    await setup.clearCookies();
    // Both register (each for her organisation), then the Mexican manager asks HEGAN.
    for (const who of [MEXICAN, BASQUE]) {
      await setup.clearCookies();
      const post = await apiAs(setup.request, who);
      await post(`/api/events/${event.id}/registrations`, { organisationId: who.organisation });
    }
    await setup.clearCookies();
    await (
      await apiAs(setup.request, MEXICAN)
    )(`/api/events/${event.id}/requests`, {
      fromOrganisationId: MEXICAN.organisation,
      toOrganisationId: BASQUE.organisation,
      message: 'Shall we talk about composite parts?',
    });
    await setup.close();

    // The sender has nothing to answer.
    const mexican = await signedIn(story.browser, story.platform.url, 'en-GB', MEXICAN);
    await mexican.page.goto(`${story.platform.url}/my-work`);
    const mexicanAwaits = mexican.page.locator('section[aria-labelledby=awaits-title]');
    await expect.poll(() => mexicanAwaits.textContent()).toContain(text('en', 'accounts.work.nothing'));
    expect(await mexican.page.getByTestId('awaiting-requests').count()).toBe(0);
    await mexican.context.close();

    const { context, page } = await signedIn(story.browser, story.platform.url, 'en-GB', BASQUE);
    await page.goto(`${story.platform.url}/my-work`);
    const awaiting = page.getByTestId('awaiting-requests');
    await expect
      .poll(() => awaiting.textContent())
      .toContain(
        `Aerospace meetings Querétaro–Bilbao: ${MEXICAN.organisationName} asks ${BASQUE.organisationName} for a meeting`,
      );
    await expect.poll(() => page.getByText('1 meeting request to answer').count()).toBe(1);
    await screenshot(page, 'my-work-meeting-request-en');

    await awaiting.getByRole('link', { name: 'Aerospace meetings Querétaro–Bilbao' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aerospace meetings Querétaro–Bilbao' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/events/${event.id}`);
    expect(new URL(page.url()).searchParams.get('for')).toBe(BASQUE.organisation);
    const received = page.getByTestId('requests-received');
    await expect.poll(() => received.textContent()).toContain(MEXICAN.organisationName);
    await received.getByRole('button', { name: text('en', 'events.requests.accept') }).click();
    await expect.poll(() => received.locator('li').getAttribute('data-status')).toBe('accepted');

    // Answered, it no longer awaits her.
    const answered = page.waitForResponse((r) => r.url().includes('/api/me/meeting-requests'));
    await page.goto(`${story.platform.url}/my-work`);
    expect(((await (await answered).json()) as { total: number }).total).toBe(0);
    const awaits = page.locator('section[aria-labelledby=awaits-title]');
    await expect.poll(() => awaits.locator('[role=status]').count()).toBe(0);
    await expect.poll(() => awaits.locator('ul').count()).toBeGreaterThan(0); // her unread notifications
    expect(await page.getByTestId('awaiting-requests').count()).toBe(0);
    await context.close();
  });
});
