/**
 * Story: maps on a phone (issue 15). A visitor on a 390-pixel-wide phone taps the explore
 * map's circles: each is at least 24 × 24 pixels and none covers another (Costa Rica's
 * and Nicaragua's circles are moved apart, with a line to their true place), in English,
 * Spanish and Portuguese, at phone and laptop width. The map studio's legend is HTML under
 * the map, its text at least 12 pixels, wrapping within the screen. In the map studio
 * every choice is a history entry: Back returns to the previous choice.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { accessibilityViolations, newContext, screenshot, screenshots, storySetup } from './harness';

const story = storySetup();

/** The explore map's markers as on-screen circles (their hit areas). */
async function markerCircles(page: Page) {
  const boxes = await page.locator('.explore-map .mark circle.hit').evaluateAll((circles) =>
    circles.map((c) => {
      const r = c.getBoundingClientRect();
      const g = c.parentElement!;
      return {
        code: g.getAttribute('data-country') ?? g.getAttribute('data-region') ?? '',
        width: r.width,
        height: r.height,
        x: r.x + r.width / 2,
        y: r.y + r.height / 2,
      };
    }),
  );
  return boxes;
}

function overlaps(circles: Awaited<ReturnType<typeof markerCircles>>): string[] {
  const found: string[] = [];
  for (let i = 0; i < circles.length; i++)
    for (let j = i + 1; j < circles.length; j++) {
      const a = circles[i]!;
      const b = circles[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < (a.width + b.width) / 2 - 0.5) found.push(`${a.code}/${b.code}`);
    }
  return found;
}

describe('maps on a phone', () => {
  for (const [lang, locale] of [
    ['en', 'en-GB'],
    ['es', 'es-ES'],
    ['pt', 'pt-BR'],
  ] as const)
    for (const width of [390, 1280])
      it(`explore map markers are at least 24 × 24 pixels and never overlap (${lang}, ${width} px)`, async () => {
        const page = await (await newContext(story.browser, locale, width)).newPage();
        await page.goto(story.platform.url);
        await page.locator('.explore-map [data-country="CR"]').waitFor();
        await page.locator('.explore-map [data-country="NI"]').waitFor();
        // the hit areas follow the drawn width (measured once the map is laid out)
        await expect
          .poll(async () => Math.min(...(await markerCircles(page)).map((c) => Math.min(c.width, c.height))))
          .toBeGreaterThanOrEqual(24);
        const circles = await markerCircles(page);
        expect(circles.length).toBeGreaterThanOrEqual(8);
        expect(overlaps(circles)).toEqual([]);
        // a moved circle has a line to its true place: Costa Rica and Nicaragua were on top of each other
        if (width === 390)
          expect(await page.locator('.explore-map .mark-leaders line').count()).toBeGreaterThan(0);
        // the circle is still the button: tapping it filters the list
        await page.locator('.explore-map [data-country="CR"]').click();
        await page.waitForURL(/country=CR/);
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `phone-explore-map-${lang}-${width === 390 ? 'phone' : 'laptop'}`);
        await page.context().close();
      });

  for (const [lang, locale, noData] of [
    ['en', 'en-US', 'no data'],
    ['es', 'es-ES', 'sin datos'],
    ['pt', 'pt-BR', 'sem dados'],
  ] as const)
    it(`the map studio's legend is readable on a phone (${lang})`, async () => {
      const page = await (await newContext(story.browser, locale, 390)).newPage();
      await page.goto(`${story.platform.url}/map?year=2021&cluster=Automotive`);
      const key = page.getByTestId('map-key');
      await key.waitFor();
      await expect.poll(() => key.locator('li').count()).toBe(8);
      await expect.poll(() => key.textContent()).toContain(noData);
      const look = await key.evaluate((ul) => {
        const map = ul.parentElement!.querySelector('svg')!.getBoundingClientRect();
        const items = Array.from(ul.querySelectorAll('li')).map((li) => ({
          size: parseFloat(getComputedStyle(li).fontSize),
          box: li.getBoundingClientRect(),
        }));
        return {
          mapBottom: map.bottom,
          smallest: Math.min(...items.map((i) => i.size)),
          top: Math.min(...items.map((i) => i.box.top)),
          right: Math.max(...items.map((i) => i.box.right)),
        };
      });
      expect(look.smallest).toBeGreaterThanOrEqual(12);
      expect(look.top).toBeGreaterThanOrEqual(look.mapBottom); // under the map, not over it
      expect(look.right).toBeLessThanOrEqual(390); // wraps within the screen
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `phone-studio-legend-${lang}-phone`);
      await key.locator('..').screenshot({ path: join(screenshots, `phone-studio-legend-${lang}-map.png`) });
      await page.context().close();
    });

  it('HS product names: Spanish as published, English marked as such in Portuguese', async () => {
    const pt = await (await newContext(story.browser, 'pt-BR', 390)).newPage();
    await pt.goto(`${story.platform.url}/map?dataset=world-exports-hs4&industry=2603`);
    await expect
      .poll(() => pt.getByTestId('names-note').textContent(), { timeout: 30_000 })
      .toBe(
        'Os nomes de indústrias e produtos só estão publicados em inglês e espanhol: são mostrados como publicados.',
      );
    await screenshot(pt, 'phone-studio-hs-pt-phone');
    await pt.context().close();
    const es = await (await newContext(story.browser, 'es-ES')).newPage();
    await es.goto(`${story.platform.url}/map?dataset=world-exports-hs4&industry=2603`);
    await es.getByTestId('map-key').waitFor({ timeout: 30_000 });
    expect(await es.getByTestId('names-note').count()).toBe(0);
    await es.context().close();
  });

  it('in the map studio, Back returns to the previous choice', async () => {
    const page = await (await newContext(story.browser, 'en-US')).newPage();
    await page.goto(`${story.platform.url}/map?year=2021&cluster=Automotive`);
    const year = page.getByRole('combobox', { name: 'Year' });
    const measure = page.getByRole('combobox', { name: 'Measure' });
    await page.getByTestId('map-key').waitFor();
    await year.selectOption('2019');
    await page.waitForURL(/year=2019/);
    await measure.selectOption('employment');
    await page.waitForURL(/measure=employment/);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('measure') === 'lq');
    await expect.poll(() => measure.inputValue()).toBe('lq');
    await expect.poll(() => year.inputValue()).toBe('2019');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('year') === '2021');
    await expect.poll(() => year.inputValue()).toBe('2021');
    // the dataset is a choice too
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption('eu-nuts2-nace');
    await page.waitForURL(/dataset=eu-nuts2-nace/);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('dataset'));
    await expect.poll(() => page.getByRole('combobox', { name: 'Dataset' }).inputValue()).toBe('us-states');
    await expect.poll(() => year.inputValue()).toBe('2021');
    await page.context().close();
  });
});
