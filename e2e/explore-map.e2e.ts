/**
 * Story: a policy analyst explores the clusters on the world map — circles over Latin
 * America and Spain — chooses Brazil on the map and the list shows only Brazil's clusters
 * (the filter is in the URL), chooses it again to clear, does the same with the keyboard,
 * and opens a profile from the list.
 */
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, newContext, screenshot, storySetup } from './harness';

const story = storySetup();

describe('a policy analyst explores the clusters on the map', () => {
  it('filters the list from the map, with the mouse and the keyboard, and opens a profile', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await page.goto(story.platform.url);
    const brazil = page.locator('.explore-map [data-country="BR"]');
    await brazil.waitFor();
    // circles for the seeded clusters' countries: Latin America and Spain (the Basque clusters)
    for (const code of ['BR', 'MX', 'CO', 'PE', 'CL', 'CR', 'ES'])
      expect(await page.locator(`.explore-map [data-country="${code}"]`).count()).toBe(1);
    await expect(page.locator('.explore-map [data-country="ES"]').getAttribute('aria-label')).resolves.toBe(
      'Spain: 17 clusters',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'explore-map-en-desktop');

    const label = (await brazil.getAttribute('aria-label'))!;
    const n = Number(/: (\d+) clusters?$/.exec(label)![1]);
    await brazil.click();
    await page.waitForURL(/country=BR/);
    await expect(page.getByTestId('showing').textContent()).resolves.toContain(`of ${n}`);
    await expect(brazil.getAttribute('aria-pressed')).resolves.toBe('true');
    await brazil.click();
    await page.waitForURL((url) => !url.searchParams.has('country'));

    // the keyboard: Tab to Mexico's circle, Enter
    const mexico = page.locator('.explore-map [data-country="MX"]');
    await mexico.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/country=MX/);
    const first = page.locator('main table tbody tr a').first();
    const name = (await first.textContent())!;
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.context().close();
  });

  it('reads the map in Spanish and on a phone', async () => {
    const page = await (await newContext(story.browser, 'es-ES', 390)).newPage();
    await page.goto(story.platform.url);
    await page.locator('.explore-map [data-country="ES"]').waitFor();
    await expect(page.locator('.explore-map [data-country="ES"]').getAttribute('aria-label')).resolves.toBe(
      'España: 17 clústeres',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'explore-map-es-phone');
    await page.context().close();
  });
});
