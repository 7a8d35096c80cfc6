/**
 * Story (issue 15, "Whose scores are these"): Medellín's manager records a self-assessment
 * after the IDB study's scores. An analyst opens the cluster: the profile labels the score
 * shown as a self-assessment and lists the study's score, dated "2004", beside it; the
 * portfolio states that it compares published studies and expert assessments, so its 40
 * clusters keep the study's scores, until she ticks "Self-assessment" and leaves it alone.
 * The same labels in Spanish and Portuguese.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { uniformScores } from '@polos/core/uniform-scores';
import { accessibilityViolations, createUserAsAdmin, newContext, screenshot, storySetup } from './harness';

const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
const MANAGER = { email: 'lucia@kinds.test', password: 'manager password 2026', name: 'Lucía Restrepo' };
const ANALYST = { email: 'ana@kinds.test', password: 'analyst password 2026', name: 'Ana Analyst' };
const CLUSTER = 'tm_medellin_textile';
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

async function signIn(page: Page, who: { email: string; password: string }): Promise<string> {
  const res = await page.request.post(`${story.platform.url}/api/auth/login`, { data: who });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

describe('an analyst tells whose scores she compares', () => {
  it('sees the kind of each score and switches the portfolio’s kinds (English)', async () => {
    const url = story.platform.url;
    const setup = await (await newContext(story.browser, 'en-GB')).newPage();
    await createUserAsAdmin(setup, url, ADMIN, { ...MANAGER, role: 'cluster_manager', grants: [CLUSTER] });
    await createUserAsAdmin(setup, url, ADMIN, { ...ANALYST, role: 'analyst' });
    const csrf = await signIn(setup, MANAGER);
    const recorded = await setup.request.post(`${url}/api/clusters/${CLUSTER}/assessments`, {
      headers: { 'x-csrf-token': csrf },
      data: { assessedOn: '2026-03-14', assessor: MANAGER.name, scores: uniformScores(3) },
    });
    expect(recorded.status()).toBe(201);
    await setup.context().close();

    const context = await newContext(story.browser, 'en-GB');
    const page = await context.newPage();
    await signIn(page, ANALYST);
    await page.goto(`${url}/clusters/${CLUSTER}`);
    const shown = page.getByTestId('assessment-shown');
    await expect
      .poll(() => shown.textContent())
      .toBe(
        'Shown: the latest assessment (Self-assessment, March 14, 2026). The group averages use Published study and Expert assessment.',
      );
    await expect
      .poll(() => page.locator('#diagnosis-title ~ p [data-testid="assessment-kind"]').first().textContent())
      .toBe('Self-assessment');
    const byKind = page.getByTestId('assessments-by-kind');
    await expect.poll(() => byKind.locator('tbody tr').count()).toBe(2);
    await expect
      .poll(() => byKind.locator('tbody tr').first().textContent())
      .toContain('Published study2004');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kinds-profile-en');

    await page.goto(`${url}/portfolio`);
    await expect
      .poll(() => page.getByTestId('portfolio-kinds-used').textContent())
      .toContain('Published study and Expert assessment');
    await expect.poll(() => page.getByTestId('portfolio-n').textContent()).toBe('40 assessed clusters.');
    const medellin = page
      .locator('[data-testid="scatter-process"] title', { hasText: 'Textile — Medellín' })
      .first();
    await expect.poll(() => medellin.textContent()).toMatch(/ — Published study, 2004$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kinds-portfolio-en');

    await page.getByRole('checkbox', { name: 'Self-assessment' }).check();
    await expect.poll(() => medellin.textContent()).toMatch(/ — Self-assessment, Mar 14, 2026$/);
    await expect.poll(() => page.getByTestId('portfolio-n').textContent()).toBe('40 assessed clusters.');
    await page.getByRole('checkbox', { name: 'Published study' }).uncheck();
    await page.getByRole('checkbox', { name: 'Expert assessment' }).uncheck();
    await expect.poll(() => page.getByTestId('portfolio-n').textContent()).toBe('1 assessed cluster.');
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('self_assessment');
    // the last kind ticked cannot be unticked: an analysis needs one
    expect(await page.getByRole('checkbox', { name: 'Self-assessment' }).isDisabled()).toBe(true);
    await screenshot(page, 'kinds-portfolio-self-en');
    await context.close();
  }, 180_000);

  it('reads the same labels in Spanish and Portuguese', async () => {
    for (const [locale, kind, published, uses] of [
      ['es-ES', 'Autoevaluación', 'Estudio publicado', 'Estudio publicado y Evaluación experta'],
      ['pt-BR', 'Autoavaliação', 'Estudo publicado', 'Estudo publicado e Avaliação de especialista'],
    ] as const) {
      const context = await newContext(story.browser, locale);
      const page = await context.newPage();
      await page.goto(`${story.platform.url}/clusters/${CLUSTER}`);
      await expect.poll(() => page.getByTestId('assessment-shown').textContent()).toContain(kind);
      await expect
        .poll(() => page.getByTestId('assessments-by-kind').locator('tbody tr').first().textContent())
        .toContain(`${published}2004`);
      await screenshot(page, `kinds-profile-${locale.slice(0, 2)}`);
      await page.goto(`${story.platform.url}/portfolio`);
      await expect.poll(() => page.getByTestId('portfolio-kinds-used').textContent()).toContain(uses);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `kinds-portfolio-${locale.slice(0, 2)}`);
      await context.close();
    }
  }, 180_000);
});
