/**
 * Story (issue 13): Mariana, who manages Aeroclúster de Querétaro, works in Spanish. She
 * records three years of funding, plans the exit path, enters her services and surveys three
 * members (who answer without an account), writes the strategic plan and an action plan,
 * runs the management-excellence self-assessment twice, adds an indicator with its actual, and prints the Spanish report (a PDF, as a background job) and downloads it.
 * Then an analyst compares the funding mix of Querétaro and HEGAN (whose manager entered
 * two years through the API) in English. Axe finds no serious or critical violation on
 * the management page and on the comparison.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  accessibilityViolations,
  createUserAsAdmin,
  screenshot,
  screenshots,
  storySetup,
  unfold,
} from './harness';
import { ADMIN, BASQUE, createManagers, MEXICAN, signedIn, text } from './collab-people';

const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });
const ANALYST = { email: 'ana@analysis.test', password: 'an analyst password 2026', name: 'Ana Lista' };
const es = (key: string) => text('es', `management.${key}`);

/** Fills and sends one folded form of the page (opened by its title). */
async function sendForm(page: Page, testId: string, fields: Array<[string, string]>): Promise<void> {
  const form = page.getByTestId(testId);
  await unfold(form);
  for (const [label, value] of fields) await form.getByLabel(label, { exact: true }).first().fill(value);
  await form.getByRole('button', { name: es('save') }).click();
  await form.getByText(es('saved')).waitFor();
}

describe('a cluster manager runs her organisation on polos, and an analyst compares', () => {
  it('the administrator makes the managers administrators of their organisations', async () => {
    const context = await story.browser.newContext();
    const page = await context.newPage();
    await createManagers(page, story.platform.url);
    await createUserAsAdmin(page, story.platform.url, ADMIN, { ...ANALYST, role: 'analyst' });
    await context.close();
  });

  it('Mariana records three years of funding, the exit path and her plan, in Spanish', async () => {
    const { context, page } = await signedIn(story.browser, story.platform.url, 'es-ES', MEXICAN);
    await page.goto(`${story.platform.url}/organisations/${MEXICAN.organisation}`);
    await page.getByRole('link', { name: es('link') }).click();
    await page.getByRole('heading', { level: 1, name: es('title') }).waitFor();
    await page.getByText(es('funding.none')).waitFor();

    const years: Array<[string, string, string, string]> = [
      // year, public regional, membership fees, paid services (MXN)
      ['2023', '6000000', '2500000', '1500000'],
      ['2024', '5000000', '3000000', '2000000'],
      ['2025', '4000000', '3500000', '2500000'],
    ];
    const table = page.getByTestId('funding-years');
    for (const [i, [year, regional, fees, services]] of years.entries()) {
      await sendForm(page, 'funding-form', [
        [es('funding.year'), year],
        [es('funding.currency'), 'MXN'],
        [es('sources.publicRegional'), regional],
        [es('sources.membershipFees'), fees],
        [es('sources.paidServices'), services],
      ]);
      await expect.poll(() => table.locator('tbody tr').count()).toBe(i + 1);
    }
    // 6 / 10 = 60 %, 5 / 10 = 50 %, 4 / 10 = 40 %, written the Spanish way
    await expect.poll(() => table.textContent()).toMatch(/60\s?%.*50\s?%.*40\s?%/s);
    // the slope is −10 points a year
    await expect.poll(() => page.getByTestId('funding-trend').textContent()).toContain('-10');

    await sendForm(page, 'exit-path-form', [
      [es('funding.year'), '2026'],
      [es('exit.targetPercent'), '35'],
    ]);
    await expect.poll(() => page.getByTestId('exit-path').textContent()).toMatch(/2026.*35\s?%/s);

    // her services of 2025: trade fairs pay their way, training does not
    await page.getByTestId('services-year').getByLabel(text('es', 'services.year')).fill('2025');
    await page.getByText(text('es', 'services.none').replace('{{year}}', '2025')).waitFor();
    const services = page.getByTestId('services-form');
    await unfold(services);
    await services.getByLabel(text('es', 'services.currency')).fill('MXN');
    for (const [key, revenue, cost, members] of [
      ['tradeFairs', '900000', '600000', '40'],
      ['training', '100000', '400000', '60'],
    ] as const) {
      const row = services.locator(`fieldset[data-service="${key}"]`);
      await row.getByRole('checkbox').check();
      await row.getByLabel(text('es', 'services.revenue')).fill(revenue);
      await row.getByLabel(text('es', 'services.cost')).fill(cost);
      await row.getByLabel(text('es', 'services.membersServed')).fill(members);
    }
    await services.getByRole('button', { name: es('save') }).click();
    const servicesTable = page.getByTestId('services');
    await expect.poll(() => servicesTable.locator('tbody tr').count()).toBe(2);
    // 900,000 / 600,000 = 150 %; 100,000 / 400,000 = 25 %
    await expect.poll(() => servicesTable.textContent()).toMatch(/150\s?%.*25\s?%/s);
    await expect
      .poll(() => page.getByTestId('services-missing').textContent())
      .toContain(text('es', 'services.names.tradeMissions'));

    // a survey of three members: the links are shown once; members answer without an account
    const survey = page.getByTestId('survey-form');
    await unfold(survey);
    await survey.getByLabel(text('es', 'services.survey.members')).fill('3');
    await survey.getByRole('button', { name: text('es', 'services.survey.createButton') }).click();
    const links = (await page.getByTestId('survey-links').inputValue()).split('\n');
    expect(links).toHaveLength(3);
    for (const [i, link] of links.entries()) {
      const member = await story.browser.newContext({ locale: 'es-ES' });
      const answer = await member.newPage();
      await answer.goto(link);
      await answer.locator('fieldset[data-service="training"]').waitFor();
      for (const key of ['tradeFairs', 'training']) {
        const row = answer.locator(`fieldset[data-service="${key}"]`);
        await row
          .getByLabel(text('es', 'services.answer.value'))
          .selectOption(key === 'training' ? '5' : String(3 + (i % 2)));
      }
      if (i === 0) expect(await accessibilityViolations(answer)).toEqual([]);
      await answer.getByRole('button', { name: text('es', 'services.answer.send') }).click();
      await answer.getByTestId('survey-thanks').waitFor();
      if (i === 0) {
        await answer.reload();
        await answer.getByText(text('es', 'services.answer.used')).waitFor();
      }
      await member.close();
    }
    await page.reload();
    await page.getByTestId('services-year').getByLabel(text('es', 'services.year')).fill('2025');
    // training: members value it 5 and it recovers 25 % of its cost → valued but unpaid
    await expect.poll(() => page.locator('[data-testid^="survey-results-"]').textContent()).toContain('5');
    await expect
      .poll(() =>
        page
          .getByTestId('services')
          .locator('tr', { hasText: text('es', 'services.names.training') })
          .textContent(),
      )
      .toContain(text('es', 'services.bySurvey'));

    await sendForm(page, 'strategic-plan-form', [
      [es('plan.planTitle'), 'Plan estratégico 2025–2028'],
      [es('plan.startYear'), '2025'],
      [es('plan.endYear'), '2028'],
      [es('plan.objective').replace('{{dimension}}', es('dimensions.internationalisation')), 'Abrir Europa'],
    ]);
    await expect.poll(() => page.getByTestId('strategic-plan').textContent()).toContain('Abrir Europa');
    await sendForm(page, 'action-plan-form', [
      [es('funding.year'), '2025'],
      [es('plan.planTitle'), 'Plan de acción 2025'],
      [es('funding.currency'), 'MXN'],
      [es('plan.action'), 'Misión a Toulouse'],
      [es('plan.owner'), 'Mariana'],
      [es('plan.budget'), '400000'],
    ]);
    await page.getByTestId('action-plan-2025').getByText('Misión a Toulouse').waitFor();

    await sendForm(page, 'indicator-form', [
      [es('dashboard.field.name'), 'Socios exportadores'],
      [es('dashboard.field.unit'), 'empresas'],
      [es('dashboard.field.baseline'), '20'],
      [es('dashboard.field.baselineYear'), '2024'],
      [es('dashboard.field.targetYear'), '2026'],
      [es('dashboard.field.target'), '40'],
    ]);
    await sendForm(page, 'indicator-value-form', [
      [es('dashboard.period'), '2025'],
      [es('dashboard.actual'), '29'],
    ]);
    // target pro-rated to 2025 = 30; progress (29 − 20) / (30 − 20) = 90 % → on track
    const dashboard = page.getByTestId('dashboard');
    await expect.poll(() => dashboard.textContent()).toContain(es('status.on_track'));
    await expect.poll(() => dashboard.textContent()).toMatch(/90\s?%/);

    // the self-assessment, twice: what she improved is tracked from one to the next
    const checklist = (await (
      await page.request.get(`${story.platform.url}/api/self-assessment/checklist`)
    ).json()) as {
      items: Array<{ key: string; text: { es: string } }>;
    };
    const strategy = checklist.items.find((i) => i.key === 'strategy')!.text.es;
    const assess = page.getByTestId('self-assessment-form');
    for (const [date, scores] of [
      ['2025-01-15', { legal_entity: '4', dedicated_team: '3' }],
      ['2025-12-15', { legal_entity: '4', dedicated_team: '3', strategy: '3' }],
    ] as const) {
      await unfold(assess);
      await assess.getByLabel(text('es', 'excellence.self.date')).fill(date);
      for (const [item, score] of Object.entries(scores))
        await assess.locator(`label[data-item="${item}"] select`).selectOption(score);
      await assess.getByRole('button', { name: es('save') }).click();
      await expect
        .poll(() => page.getByTestId('self-assessment-overall').textContent())
        .toContain(date.slice(0, 4));
    }
    // (4 + 3 + 3) / 120 = 8.3 %; "strategy" left the improvement areas
    await expect.poll(() => page.getByTestId('self-assessment-overall').textContent()).toMatch(/8,3\s?%/);
    await expect.poll(() => page.getByTestId('improvement-resolved').textContent()).toContain(strategy);

    // eligibility for 2025: her action plan of 2025 is on record, so that criterion is met
    await page
      .getByTestId('eligibility-year')
      .getByLabel(text('es', 'excellence.eligibility.year'))
      .fill('2025');
    await expect
      .poll(() => page.getByTestId('eligibility-basque').textContent())
      .toContain(`${text('es', 'excellence.criterion.action_plan')}: ${text('es', 'excellence.met')}`);

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'manage-organisation-es-desktop');

    // printed in the background (decision 111): the button queues it, the link appears when it is done
    await page.getByRole('button', { name: es('report.print').replace('{{language}}', 'Español') }).click();
    const link = page.getByRole('link', { name: es('report.download').replace('{{language}}', 'Español') });
    await link.waitFor({ timeout: 60_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByTestId('report-downloads').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'manage-report-es-desktop.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const pdf = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  }, 240_000);

  it('an analyst compares the funding mix of Querétaro and HEGAN, in English', async () => {
    // HEGAN's manager enters two years through the API (EUR)
    const basque = await signedIn(story.browser, story.platform.url, 'en-GB', BASQUE);
    const me = (await (await basque.page.request.get(`${story.platform.url}/api/auth/me`)).json()) as {
      csrfToken: string;
    };
    for (const [year, national] of [
      ['2024', 700000],
      ['2025', 650000],
    ] as const) {
      const res = await basque.page.request.put(
        `${story.platform.url}/api/organisations/${BASQUE.organisation}/funding/${year}`,
        {
          headers: { 'x-csrf-token': me.csrfToken },
          data: {
            currency: 'EUR',
            sources: {
              publicRegional: 0,
              publicNational: national,
              publicEuMultilateral: 0,
              membershipFees: 1000000,
              paidServices: 300000,
              competitiveProjects: 0,
              other: 0,
            },
          },
        },
      );
      expect(res.status()).toBe(200);
    }
    await basque.context.close();

    const en = (key: string) => text('en', `management.${key}`);
    const { context, page } = await signedIn(story.browser, story.platform.url, 'en-GB', ANALYST);
    await page.goto(`${story.platform.url}/sustainability`);
    await page.getByRole('heading', { level: 1, name: en('compare.title') }).waitFor();
    for (const [q, name] of [
      ['queretaro', MEXICAN.organisationName],
      ['hegan', BASQUE.organisationName],
    ] as const) {
      await page.getByRole('searchbox', { name: en('compare.search') }).fill(q);
      await page.getByRole('checkbox', { name }).check();
    }
    await page.waitForURL(/ids=/);
    const table = page.getByTestId('compare');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    await expect.poll(() => table.textContent()).toContain(BASQUE.organisationName);
    // HEGAN 2025: 650,000 / 1,950,000 = 33.3 %; Querétaro 2025: 40 %
    await expect.poll(() => table.textContent()).toMatch(/33\.3%/);
    await expect.poll(() => table.textContent()).toMatch(/40%/);
    await page.locator('figure svg').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'compare-funding-en-desktop');
    await context.close();
  }, 120_000);
});
