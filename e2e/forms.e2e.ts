/**
 * Story (issue 15, Forms): a cluster manager enters key figures the way her language
 * writes numbers — "11.200" jobs in Spanish, "12,500" in English, "12.500" in Portuguese —
 * the form says it saved and the figure is there after a reload, written her way. A value
 * that could mean two numbers ("12.500" typed in English) is refused next to the form,
 * naming the field and the rule, and nothing is saved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, createUserAsAdmin, root, screenshot, storySetup, unfold } from './harness';
import { ADMIN, signedIn, text } from './collab-people';

const MANAGER = { email: 'lucia@medellin.test', password: 'manager password 2026', name: 'Lucía Restrepo' };
const CLUSTER = 'tm_medellin_textile';
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

/** A shared text (i18n/<lang>.json) by its dotted key. */
function shared(lang: string, key: string): string {
  let node: unknown = JSON.parse(readFileSync(join(root, `packages/web/src/i18n/${lang}.json`), 'utf8'));
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as string;
}

/** The key-figures table's row of `year`. */
const yearRow = (page: Page, year: string) =>
  page.locator('section[aria-labelledby="figures-title"] tr', { hasText: year }).first();

async function enterFigures(page: Page, lang: string, year: string, jobs: string): Promise<void> {
  const figures = page.getByTestId('edit-figures');
  await unfold(figures);
  await figures.getByLabel(shared(lang, 'profile.year')).fill(year);
  await figures.getByLabel(shared(lang, 'clusters.col.firms')).fill('412');
  await figures.getByLabel(shared(lang, 'clusters.col.jobs')).fill(jobs);
  await figures.getByLabel(text(lang, 'edit.currency')).fill('COP');
  await figures.getByRole('button', { name: text(lang, 'edit.save') }).click();
}

describe('numbers are read and shown in the user language', () => {
  it('a manager enters jobs in Spanish, English and Portuguese; an ambiguous value is refused with the rule', async () => {
    const setup = await story.browser.newContext();
    await createUserAsAdmin(await setup.newPage(), story.platform.url, ADMIN, {
      ...MANAGER,
      role: 'cluster_manager',
      grants: [CLUSTER],
    });
    await setup.close();

    for (const [lang, locale, year, typed, shown] of [
      ['es', 'es-ES', '2023', '11.200', '11.200'],
      ['en', 'en-GB', '2024', '12,500', '12,500'],
      ['pt', 'pt-BR', '2025', '12.500', '12.500'],
    ] as const) {
      const { context, page } = await signedIn(story.browser, story.platform.url, locale, MANAGER);
      await page.goto(`${story.platform.url}/clusters/${CLUSTER}`);
      await page.getByRole('heading', { level: 1, name: 'Textile — Medellín' }).waitFor();
      // "Edit this cluster" is near the top, above the key figures, and leads to the forms
      const link = page.getByTestId('edit-link');
      const linkY = (await link.boundingBox())?.y ?? Infinity;
      const figuresY = (await page.locator('#figures-title').boundingBox())?.y ?? 0;
      expect(linkY).toBeLessThan(figuresY);
      await expect.poll(() => link.textContent()).toBe(text(lang, 'edit.title'));
      await link.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#edit-title');
      if (lang === 'pt') {
        // exports and production, in millions, the Portuguese way
        const figures = page.getByTestId('edit-figures');
        await unfold(figures);
        await figures.getByLabel(text(lang, 'forms.production')).fill('1.380,5');
        await figures.getByLabel(text(lang, 'forms.exports')).fill('380,25');
      }
      await enterFigures(page, lang, year, typed);
      const figures = page.getByTestId('edit-figures');
      await expect.poll(() => figures.getByRole('status').textContent()).toBe(text(lang, 'edit.saved'));
      await expect.poll(() => yearRow(page, year).textContent()).toContain(shown);
      await page.reload();
      await expect.poll(() => yearRow(page, year).textContent()).toContain(shown);
      if (lang === 'pt') {
        await expect.poll(() => yearRow(page, year).textContent()).toContain('1.380,5');
        await expect.poll(() => yearRow(page, year).textContent()).toContain('380,25');
      }

      if (lang === 'en') {
        // "12.500" in English could be twelve and a half or twelve thousand five hundred
        await enterFigures(page, lang, '2026', '12.500');
        const alert = figures.getByRole('alert');
        await expect.poll(() => alert.textContent()).toContain(text('en', 'forms.checkFields'));
        await expect
          .poll(() => alert.textContent())
          .toContain('“Jobs”: “12.500” could be read as two different numbers; write it like 12,500.5');
        expect(await figures.getByRole('status').count()).toBe(0);
        await page.reload();
        expect(await page.getByRole('row', { name: /2026/ }).count()).toBe(0);
        await enterFigures(page, lang, '2026', 'many');
        await expect
          .poll(() => figures.getByRole('alert').textContent())
          .toContain('“Jobs” must be a number, written like 12,500.5');
      }
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `forms-${lang}-figures`);
      await page
        .getByTestId('edit-figures')
        .screenshot({ path: join(root, 'e2e', 'screenshots', `forms-${lang}-figures-form.png`) });
      await context.close();
    }
  });
});
