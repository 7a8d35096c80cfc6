/**
 * Story: a Spanish-speaking analyst (browser in es-ES) opens polos and reads it in Spanish
 * without choosing anything; on a cluster profile she switches to Portuguese in the header
 * for a Brazilian colleague; the choice survives a reload. On the list and on the profile
 * no English interface text remains — the policy advice included — numbers follow the
 * language, and axe-core finds no serious or critical violation in either language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  newContext,
  root,
  screenshot,
  screenshots,
  storySetup,
  unfold,
} from './harness';

const story = storySetup();

const data = (name: string) =>
  JSON.parse(readFileSync(join(root, 'data/policy-knowledge', name), 'utf8')) as Record<string, never>;
interface Menu {
  cluster_support_menu: {
    objectives: Array<{
      id: string;
      label: string;
      actions: Array<{ id: string; label: string; description: string }>;
    }>;
  };
}
interface Translation {
  actions: Record<string, { label: string; description: string }>;
  objectives: Record<string, string>;
  rules: Record<string, string>;
}
const menu = data('policy_menu.json') as unknown as Menu;
const rules = data('advice-rules.json') as unknown as { rules: Array<{ id: string; rationale: string }> };
const translations = {
  es: data('translations/es.json') as unknown as Translation,
  pt: data('translations/pt.json') as unknown as Translation,
};

/** Every English text the advice can show: action labels and descriptions, objectives, rationales. */
const englishAdvice = [
  ...menu.cluster_support_menu.objectives.flatMap((o) => [
    o.label,
    ...o.actions.flatMap((a) => [a.label, a.description]),
  ]),
  ...rules.rules.map((r) => r.rationale),
];
/** Known labels of the English interface (list, profile, advice, header). */
const englishLabels = [
  'Search',
  'Sector group',
  'Country',
  'Firms',
  'Jobs',
  'Showing',
  'Clear filters',
  'Language',
  'Skip to content',
  'Key figures',
  'All clusters',
  'Collective efficiency',
  'Recommended policy mix',
  'high priority',
  'medium priority',
  'Why: the facts',
  'Sources',
  'Why:',
];

const CLUSTER = 'tm_medellin_textile';

/**
 * The page's texts without what is English by design: sources as published (lang="en") and
 * language names. `nodes` are its text nodes, trimmed; `all` is everything.
 */
const pageTexts = (page: Page) =>
  page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang="en"], option, script').forEach((n) => n.remove());
    const nodes: string[] = [];
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      if (text) nodes.push(text);
    }
    return { nodes, all: clone.textContent ?? '' };
  });

/**
 * No English interface label (a text node that is or starts with it: cluster names and
 * sectors are data and may be English), no English advice text, and none of the advice of
 * the language left behind.
 */
async function expectNoEnglish(page: Page, other: Translation | undefined) {
  const { nodes, all } = await pageTexts(page);
  for (const label of englishLabels)
    expect(
      nodes.filter((n) => n === label || n.startsWith(`${label} `) || n.startsWith(`${label}:`)),
      label,
    ).toEqual([]);
  for (const t of englishAdvice) expect(all, t).not.toContain(t);
  for (const a of Object.values(other?.actions ?? {})) expect(all).not.toContain(a.label);
}

async function adviceLabels(page: Page): Promise<string[]> {
  return (await page.locator('ol.advice > li h3').allTextContents()).map((s) =>
    s.replace(/\s*prioridade? \S+$/, ''),
  );
}

describe('a Spanish-speaking user reads polos in her language and switches to Portuguese', () => {
  it('sees the list in Spanish without choosing, numbers formatted for Spanish', async () => {
    const page = await (await newContext(story.browser, 'es-ES')).newPage();
    await page.goto(`${story.platform.url}/`);
    await page.getByTestId('showing').waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await page.getByRole('heading', { level: 1, name: 'Clústeres' }).waitFor();
    await expect(page.getByLabel('Idioma').inputValue()).resolves.toBe('es');
    await expect.poll(() => page.getByTestId('showing').textContent()).toMatch(/^Mostrando 1–25 de \d+$/);
    for (const label of ['Buscar', 'Grupo sectorial', 'País', 'Empresas', 'Empleos'])
      await page.getByText(label, { exact: true }).first().waitFor();
    // numbers of ten thousand and more are grouped with "." in Spanish
    const jobs = await page.locator('td[data-label="Empleos"]').allTextContents();
    expect(jobs.some((j) => /\d{1,3}\.\d{3}/.test(j))).toBe(true);
    expect(jobs.some((j) => /\d,\d{3}/.test(j))).toBe(false);
    await expectNoEnglish(page, undefined);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'languages-list-es-desktop');
    await page.context().close();
  });

  it('opens a profile in Spanish, switches to Portuguese in the header, and the choice survives a reload', async () => {
    const context = await newContext(story.browser, 'es-ES');
    const page = await context.newPage();
    await page.goto(`${story.platform.url}/?q=medellin`);
    await page.getByRole('link', { name: 'Textile — Medellín' }).click();
    await page.getByRole('heading', { name: 'Combinación de políticas recomendada' }).waitFor();
    await page.locator('ol.advice > li').first().waitFor();

    // the advice is the Spanish of the knowledge base, its facts too
    const es = await adviceLabels(page);
    expect(es.length).toBeGreaterThan(0);
    const actions = Object.entries(translations.es.actions);
    for (const label of es) expect(actions.map(([, a]) => a.label)).toContain(label);
    await expect.poll(() => page.getByTestId('indices').textContent()).toContain('6,25'); // ICE (6.5 + 6) / 2
    await page.getByText('Por qué: los hechos que la activaron y las fuentes').first().click();
    await expect(
      page.locator('ol.advice > li').first().locator('details li').first().textContent(),
    ).resolves.toMatch(/condición: /);
    await expectNoEnglish(page, translations.pt);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'languages-profile-es-desktop');

    // switch in the header: the whole page, the advice included, turns Portuguese
    await page.getByLabel('Idioma').selectOption('pt');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('pt');
    await page.getByRole('heading', { name: 'Combinação de políticas recomendada' }).waitFor();
    const firstAction = es[0]!;
    const id = actions.find(([, a]) => a.label === firstAction)![0];
    await page.getByRole('heading', { level: 3, name: translations.pt.actions[id]!.label }).waitFor();
    await expect(page.getByTestId('advice').getAttribute('lang')).resolves.toBe('pt');
    const pt = await adviceLabels(page);
    expect(pt).toEqual(
      es.map((label) => translations.pt.actions[actions.find(([, a]) => a.label === label)![0]]!.label),
    );
    await expectNoEnglish(page, translations.es);

    // the choice is kept: a reload stays Portuguese although the browser says Spanish
    await page.reload();
    await page.getByRole('heading', { name: 'Combinação de políticas recomendada' }).waitFor();
    await page.getByRole('heading', { level: 3, name: translations.pt.actions[id]!.label }).waitFor();
    await expect(page.getByLabel('Idioma').inputValue()).resolves.toBe('pt');
    await expect.poll(() => page.getByTestId('indices').textContent()).toContain('6,25');
    await page.getByText('Por quê: os fatos que a ativaram e as fontes').first().click();
    await expect(
      page.locator('ol.advice > li').first().locator('details li').first().textContent(),
    ).resolves.toMatch(/condição: /);
    await expectNoEnglish(page, translations.es);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'languages-profile-pt-desktop');

    // back to the list, still Portuguese
    await page.getByRole('link', { name: /Todos os clusters/ }).click();
    await page.getByTestId('showing').waitFor();
    await expect.poll(() => page.getByTestId('showing').textContent()).toMatch(/^Mostrando 1–25 de \d+$/);
    for (const label of ['Pesquisar', 'Grupo setorial', 'País', 'Empresas', 'Empregos'])
      await page.getByText(label, { exact: true }).first().waitFor();
    const jobs = await page.locator('td[data-label="Empregos"]').allTextContents();
    expect(jobs.some((j) => /\d{1,3}\.\d{3}/.test(j))).toBe(true);
    await expectNoEnglish(page, undefined);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'languages-list-pt-desktop');
    await context.close();
  });

  it('is told in Portuguese what went wrong when the API fails, from the error code, with the field named', async () => {
    const page = await (await newContext(story.browser, 'pt-BR')).newPage();
    await page.route('**/api/clusters?**', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            status: 400,
            code: 'invalid_input',
            message: 'invalid input',
            fields: [{ path: 'query.country', message: 'use an ISO 3166-1 alpha-2 code' }],
          },
        }),
      }),
    );
    await page.goto(`${story.platform.url}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect
      .poll(() => alert.textContent())
      .toContain('Não foi possível carregar os clusters: Alguns valores não são válidos; verifique “país”.');
    await expect.poll(() => alert.textContent()).not.toContain('invalid input');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'languages-list-pt-error');
    await page.context().close();
  });

  it('reads the same pages on a phone (390 px) in Spanish and Portuguese', async () => {
    for (const [locale, lang, heading] of [
      ['es-ES', 'es', 'Combinación de políticas recomendada'],
      ['pt-BR', 'pt', 'Combinação de políticas recomendada'],
    ] as const) {
      const page = await (await newContext(story.browser, locale, 390)).newPage();
      await page.goto(`${story.platform.url}/`);
      await page.getByTestId('showing').waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `languages-list-${lang}-phone`);
      await page.goto(`${story.platform.url}/clusters/${CLUSTER}`);
      await page.getByRole('heading', { name: heading }).waitFor();
      await page.locator('ol.advice > li').first().waitFor();
      await unfold(page.locator('ol.advice details').first());
      await expectNoEnglish(page, lang === 'es' ? translations.pt : translations.es);
      await screenshot(page, `languages-profile-${lang}-phone`);
      // the advice alone, legible at its real size
      await page
        .getByTestId('advice')
        .screenshot({ path: join(screenshots, `languages-advice-${lang}-phone.png`) });
      // nothing wider than the phone: no table scrolls sideways
      const overflowing = await page.evaluate(
        () =>
          Array.from(document.querySelectorAll('.table-wrap')).filter((e) => e.scrollWidth > e.clientWidth)
            .length,
      );
      expect(overflowing).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
