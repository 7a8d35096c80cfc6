/**
 * Story: an analyst reading the portfolio opens a cluster from its dot — with the mouse, and
 * with the keyboard (each dot is a link: Tab reaches it, Enter opens the profile).
 */
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, newContext, screenshot, storySetup } from './harness';

const story = storySetup();

describe('portfolio dots open their cluster', () => {
  it('a click on a dot and Enter on a focused dot open the cluster profile', async () => {
    for (const locale of ['en-GB', 'es-ES', 'pt-BR']) {
      const page = await (await newContext(story.browser, locale)).newPage();
      await page.goto(`${story.platform.url}/portfolio`);
      const dots = page.locator('[data-testid="scatter-process"] svg a');
      await dots.first().waitFor();
      expect(await dots.count()).toBe(40);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `scores-portfolio-dots-${locale.slice(0, 2)}`);

      // mouse: the profile opens in the app (no reload), and Back returns to the portfolio
      // the last dot is drawn last, so no other dot covers it
      const href = await dots.last().getAttribute('href');
      expect(href).toMatch(/^\/clusters\/[^/]+$/);
      await dots.last().locator('circle').click();
      await page.waitForURL((url) => url.pathname === href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.goBack();
      await page.waitForURL((url) => url.pathname === '/portfolio');

      // keyboard: focus the second dot, press Enter
      const second = page.locator('[data-testid="scatter-process"] svg a').nth(1);
      await second.waitFor();
      const secondHref = await second.getAttribute('href');
      await second.focus();
      await expect(page.evaluate(() => document.activeElement?.tagName.toLowerCase())).resolves.toBe('a');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === secondHref);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.context().close();
    }
  });
});
