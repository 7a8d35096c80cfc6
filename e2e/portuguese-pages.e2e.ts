/**
 * Story: a Brazilian cluster manager (Portuguese browser) manages the furniture cluster of
 * São Bento do Sul, granted to her: she sees
 * the explore map in Portuguese, opens her cluster, edits it (the edit form in Portuguese),
 * and opens the diagnose form, whose levels are explained in Portuguese; on a phone too.
 * Completes the screenshots of every page in every language.
 */
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  createUserAsAdmin,
  newContext,
  screenshot,
  storySetup,
  unfold,
} from './harness';

const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
const MANAGER = { email: 'ana@saobento.test', password: 'gerente senha 2026', name: 'Ana Souza' };
const CLUSTER = 'tm_sao_bento_do_sul_furniture';
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

describe('a Brazilian cluster manager, in Portuguese', () => {
  it('explores, edits and opens the diagnosis of her cluster', async () => {
    for (const width of [1280, 390]) {
      const context = await newContext(story.browser, 'pt-BR', width);
      const page = await context.newPage();
      if (width === 1280)
        await createUserAsAdmin(page, story.platform.url, ADMIN, {
          ...MANAGER,
          role: 'cluster_manager',
          grants: [CLUSTER],
        });
      const suffix = width === 1280 ? 'desktop' : 'phone';

      await page.goto(story.platform.url);
      await page.locator('.explore-map [data-country="BR"]').waitFor();
      await expect(
        page.locator('.explore-map [data-region="ES21"]').getAttribute('aria-label'),
      ).resolves.toBe('País Vasco (ES21): 17 clusters');
      await page.getByRole('combobox', { name: 'Eficiência coletiva' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `explore-map-pt-${suffix}`);

      await page.goto(`${story.platform.url}/sign-in?next=/clusters/${CLUSTER}`);
      await page.getByRole('textbox', { name: 'E-mail' }).fill(MANAGER.email);
      await page.locator('input[type=password]').fill(MANAGER.password);
      await page.locator('form button[type=submit]').click();
      await page.getByTestId('signed-in-as').waitFor();
      await page.getByRole('heading', { level: 1, name: /São Bento do Sul/ }).waitFor();
      await unfold(page.getByTestId('edit-overview'));
      await page.getByRole('textbox', { name: 'Descrição' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `manage-pt-${suffix}`);

      await page.getByRole('link', { name: 'Diagnosticar este cluster' }).click();
      await page.getByRole('heading', { level: 1, name: /^Diagnosticar .*São Bento do Sul/ }).waitFor();
      await expect.poll(() => page.locator('fieldset.item').first().textContent()).toMatch(/\w/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `diagnose-pt-${suffix}`);
      await context.close();
    }
  }, 120_000);
});
