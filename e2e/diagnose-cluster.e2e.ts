/**
 * Story: a cluster manager signs in, opens her cluster, and diagnoses it with the guided
 * form — expert scores, step by step, each level explained — and sees at once the result
 * and the recommended policy mix; then a survey of three firms, whose medians the form
 * shows before saving. Another cluster offers her no "Diagnose" button, and its diagnose
 * page says she may not. Spanish at phone width too.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, newContext, screenshot, storySetup } from './harness';

const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
const MANAGER = { email: 'lucia@medellin.test', password: 'manager password 2026', name: 'Lucía Restrepo' };
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

async function createManager(page: Page): Promise<void> {
  const login = await page.request.post(`${story.platform.url}/api/auth/login`, { data: ADMIN });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await page.request.post(`${story.platform.url}/api/users`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { ...MANAGER, role: 'cluster_manager', grants: ['tm_medellin_textile'] },
  });
  expect(res.status()).toBe(201);
  await page.request.post(`${story.platform.url}/api/auth/logout`, {
    headers: { 'x-csrf-token': csrfToken },
  });
}

async function signIn(page: Page, next: string): Promise<void> {
  await page.goto(`${story.platform.url}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByRole('textbox', { name: /E-mail|Correo/ }).fill(MANAGER.email);
  await page.locator('input[type=password]').fill(MANAGER.password);
  await page.locator('form button[type=submit]').click();
  await page.getByTestId('signed-in-as').waitFor();
}

/** Picks a level for every item of the current step. */
async function answerStep(page: Page, levels: Array<string>): Promise<void> {
  const items = page.locator('fieldset.item');
  expect(await items.count()).toBe(levels.length);
  for (let k = 0; k < levels.length; k++) {
    await items
      .nth(k)
      .getByRole('radio', { name: new RegExp(`^${levels[k]}`) })
      .check();
  }
}

describe('a cluster manager diagnoses her cluster', () => {
  it('scores it step by step as an expert and sees the result and the advice at once', async () => {
    const context = await newContext(story.browser, 'en-GB');
    const page = await context.newPage();
    await createManager(page);
    await signIn(page, '/clusters/tm_medellin_textile');
    await page.getByRole('link', { name: 'Diagnose this cluster' }).click();
    await page.getByRole('heading', { level: 1, name: 'Diagnose Textile — Medellín' }).waitFor();
    // each level is explained
    await page.getByText('Clearly present; a good part of the firms benefit or take part.').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'diagnose-en-step1');
    // external economies 3,3,2,2 → EEI 10; joint action 1,1,0,1 → JAI 3; ICE 6.5 (medium)
    await answerStep(page, ['3', '3', '2', '2']);
    await page.getByRole('button', { name: 'Next' }).click();
    await answerStep(page, ['1', '1', '0', '1']);
    await page.getByRole('button', { name: 'Next' }).click();
    await answerStep(page, ['2', '2', '0', 'Unknown']);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('combobox', { name: /Quasi-hierarchy/ }).selectOption({ label: 'global chain' });
    await page.getByLabel('Date of the assessment').fill('2026-11-20');
    await page.getByRole('button', { name: 'Save the assessment' }).click();
    await page.getByTestId('saved').waitFor();
    await expect.poll(() => page.getByTestId('saved').textContent()).toContain('November 20, 2026');
    const result = (await page.getByTestId('result').textContent()) ?? '';
    expect(result).toContain('External economies (EEI, 0–12)10');
    expect(result).toContain('Joint action (JAI, 0–12)3');
    expect(result).toContain('Collective efficiency (ICE)6.5 medium');
    expect(await page.locator('[data-testid="advice"] ol.advice > li').count()).toBeGreaterThan(0);
    // joint action is half of ICE and the weaker: trust and collective projects come first
    await expect
      .poll(() => page.getByTestId('advice').textContent())
      .toContain('Promote the establishment of collective projects');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'diagnose-en-result');
    // the profile now shows this assessment as the latest
    await page.getByRole('link', { name: /Open the profile/ }).click();
    await expect
      .poll(() => page.getByTestId('indices').textContent())
      .toContain('Collective efficiency (ICE)6.5');
    // its history: the new assessment above the study's, and ICE over time as a chart
    const history = page.getByTestId('history');
    await history.waitFor();
    expect(await history.locator('tbody tr').count()).toBe(2);
    await expect.poll(() => history.locator('tbody tr').first().textContent()).toContain('Nov 20, 2026');
    await expect.poll(() => history.locator('tbody tr').nth(1).textContent()).toContain('6.25');
    await page.getByRole('img', { name: /Collective efficiency \(ICE\) of each assessment/ }).waitFor();
    await screenshot(page, 'profile-en-history');

    // another cluster: no Diagnose button, and the page says she may not
    await page.goto(`${story.platform.url}/clusters/tm_torreon_garment`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Diagnose this cluster' }).count()).toBe(0);
    await page.goto(`${story.platform.url}/clusters/tm_torreon_garment/diagnose`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Only administrators, analysts and the managers of this cluster');
    await context.close();
  });

  it('runs a survey of three firms, sees their medians before saving, and the saved medians', async () => {
    const context = await newContext(story.browser, 'es-ES', 390);
    const page = await context.newPage();
    await signIn(page, '/clusters/tm_medellin_textile/diagnose');
    await page.getByRole('heading', { level: 1, name: 'Diagnosticar Textile — Medellín' }).waitFor();
    await page.getByRole('radio', { name: /Encuesta/ }).check();
    const firms = [
      ['Firma A', ['1', '2', '3', '0']],
      ['Firma B', ['2', '2', '3', '1']],
      ['Firma C', ['3', '0', '1', '1']],
    ] as const;
    for (let k = 0; k < firms.length; k++) {
      if (k > 0) await page.getByRole('button', { name: '+ Añadir un encuestado' }).click();
      await page.getByLabel('Nombre de este encuestado').fill(firms[k]![0]);
      await answerStep(page, [...firms[k]![1]]);
    }
    // medians of (1,2,3), (2,2,0), (3,3,1), (0,1,1)
    await expect.poll(() => page.getByTestId('median-specialisedLabourMarket').textContent()).toContain('2');
    await expect.poll(() => page.getByTestId('median-availabilityOfInputs').textContent()).toContain('2');
    await expect.poll(() => page.getByTestId('median-easyAccessToInformation').textContent()).toContain('3');
    await expect.poll(() => page.getByTestId('median-marketAccess').textContent()).toContain('1');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'diagnose-es-survey-phone');
    // saving with the other steps unanswered says what is missing, for whom
    for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByRole('button', { name: 'Guardar la evaluación' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Vínculos verticales hacia atrás (Firma A)');
    // answer the remaining steps for each firm: all 2s
    for (let k = 0; k < firms.length; k++) {
      await page.getByRole('button', { name: firms[k]![0] }).click();
      for (let step = 0; step < 3; step++) await page.getByRole('button', { name: 'Atrás' }).click();
      for (let step = 0; step < 2; step++) {
        await page.getByRole('button', { name: 'Siguiente' }).click();
        await answerStep(page, ['2', '2', '2', '2']);
      }
      await page.getByRole('button', { name: 'Siguiente' }).click();
    }
    await page.getByRole('button', { name: 'Guardar la evaluación' }).click();
    await page.getByTestId('saved').waitFor();
    // EEI = 2 + 2 + 3 + 1 = 8, JAI = 8, ICE 8 (medium)
    const result = (await page.getByTestId('result').textContent()) ?? '';
    expect(result).toContain('Eficiencia colectiva (ICE)8 media');
    await screenshot(page, 'diagnose-es-result-phone');
    const history = (await (
      await page.request.get(`${story.platform.url}/api/clusters/tm_medellin_textile/assessments`)
    ).json()) as Array<{ assessment: { id: string; method: string; respondentCount: number } }>;
    expect(history[0]!.assessment.method).toBe('survey');
    // Lists carry the count; the answers are read one assessment at a time, signed in.
    expect(history[0]!.assessment.respondentCount).toBe(3);
    const one = (await (
      await page.request.get(
        `${story.platform.url}/api/clusters/tm_medellin_textile/assessments/${history[0]!.assessment.id}`,
      )
    ).json()) as { respondents: unknown[] };
    expect(one.respondents).toHaveLength(3);
    await context.close();
  });

  it('keeps her unsaved answers through a reload, in Portuguese, until she discards them', async () => {
    const context = await newContext(story.browser, 'pt-BR');
    const page = await context.newPage();
    await signIn(page, '/clusters/tm_medellin_textile/diagnose');
    await page.goto(`${story.platform.url}/clusters/tm_medellin_textile/diagnose`);
    await page.locator('fieldset.item').first().waitFor();
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    await answerStep(page, ['3', '2', '1', '0']);
    await page.getByRole('button', { name: 'Próximo' }).click();
    await page.locator('fieldset.item').first().getByRole('radio', { name: /^1/ }).check();
    await page.reload();
    // back on the second step, her answers there and on the first step kept
    await expect.poll(() => page.getByTestId('draft-restored').textContent()).toContain('recuperadas');
    expect(await page.locator('fieldset.item').first().getByRole('radio', { name: /^1/ }).isChecked()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Voltar' }).click();
    expect(await page.locator('fieldset.item').nth(1).getByRole('radio', { name: /^2/ }).isChecked()).toBe(
      true,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'diagnose-pt-draft-restored');
    // discarded: the form starts again, and a reload restores nothing
    await page.getByRole('button', { name: 'Descartá-las e recomeçar' }).click();
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    expect(await page.locator('fieldset.item input[type=radio]:checked').count()).toBe(0);
    await page.reload();
    await page.locator('fieldset.item').first().waitFor();
    expect(await page.getByTestId('draft-restored').count()).toBe(0);
    await context.close();
  });
});
