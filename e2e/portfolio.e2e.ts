/**
 * Story: a policy analyst compares clusters in the portfolio — averages by sector group,
 * ICE against each upgrading type with r and n (the same numbers the API computes), the
 * distribution of degrees — narrows it to one sector group, and downloads the averages as
 * CSV and a chart as SVG; in Spanish and Portuguese too, and at phone width.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, newContext, screenshot, storySetup } from './harness';

const story = storySetup();

interface Api {
  all: {
    n: number;
    degrees: Record<string, number>;
    correlations: Record<string, { pearson: number; n: number }>;
  };
}

describe('an analyst compares clusters in the portfolio', () => {
  it('reads averages, scatters with r and n, degrees; filters; downloads CSV and SVG', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await page.goto(story.platform.url);
    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    await expect.poll(() => page.getByTestId('portfolio-n').textContent()).toBe('40 assessed clusters.');
    const api = (await (await page.request.get(`${story.platform.url}/api/portfolio`)).json()) as Api;
    const r = api.all.correlations['ice~process']!;
    // the caption shows the API's Pearson r (2 decimals) and n
    await expect
      .poll(() => page.getByTestId('correlation-process').textContent())
      .toContain(`r = ${r.pearson.toFixed(2)}`);
    await expect.poll(() => page.getByTestId('correlation-process').textContent()).toContain(`n = ${r.n}`);
    expect(await page.locator('[data-testid="scatter-process"] svg circle').count()).toBe(40);
    await expect
      .poll(() => page.getByTestId('degree-counts').textContent())
      .toBe(
        `high: ${api.all.degrees.high} · medium: ${api.all.degrees.medium} · low: ${api.all.degrees.low}`,
      );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'portfolio-en-desktop');

    // narrow to complex product systems: the 9 COPS of the study, 6 medium and 3 low
    await page.getByRole('combobox', { name: 'Sector group' }).selectOption('complex_product_systems');
    await expect.poll(() => page.getByTestId('portfolio-n').textContent()).toBe('9 assessed clusters.');
    await expect
      .poll(() => page.getByTestId('degree-counts').textContent())
      .toBe('high: 0 · medium: 6 · low: 3');
    expect(new URL(page.url()).searchParams.get('sector_group')).toBe('complex_product_systems');
    // and to the medium degree: the 6 medium COPS
    await page.getByRole('combobox', { name: 'Degree of collective efficiency' }).selectOption('medium');
    await expect.poll(() => page.getByTestId('portfolio-n').textContent()).toBe('6 assessed clusters.');
    await expect
      .poll(() => page.getByTestId('degree-counts').textContent())
      .toBe('high: 0 · medium: 6 · low: 0');
    await page.getByRole('combobox', { name: 'Degree of collective efficiency' }).selectOption('');
    await expect.poll(() => page.getByTestId('portfolio-n').textContent()).toBe('9 assessed clusters.');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Download Averages by sector group' })
        .getByRole('button', { name: 'CSV' })
        .click(),
    ]);
    expect(csv.suggestedFilename()).toBe('portfolio-averages.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFsector_group,n,eei,jai,ice,upgrading_process,upgrading_product,upgrading_functional,upgrading_intersectoral',
    );
    expect(text).toContain('\r\ncomplex_product_systems,9,');
    expect(text).toContain('\r\nall,9,');

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Download Degrees of collective efficiency' })
        .getByRole('button', { name: 'SVG' })
        .click(),
    ]);
    expect(svg.suggestedFilename()).toBe('portfolio-degrees.svg');
    const doc = readFileSync((await svg.path())!, 'utf8');
    expect(doc).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    await page.context().close();
  });

  it('reads the portfolio in Spanish and Portuguese, and on a phone', async () => {
    for (const [locale, title, n] of [
      ['es-ES', 'Cartera', '40 clústeres evaluados.'],
      ['pt-BR', 'Carteira', '40 clusters avaliados.'],
    ] as const) {
      for (const width of [1280, 390]) {
        const page = await (await newContext(story.browser, locale, width)).newPage();
        await page.goto(`${story.platform.url}/portfolio`);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await expect.poll(() => page.getByTestId('portfolio-n').textContent()).toBe(n);
        // numbers in the language's format: a decimal comma in the correlations
        await expect
          .poll(() => page.getByTestId('correlation-process').textContent())
          .toMatch(/r = -?\d,\d\d/);
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `portfolio-${locale.slice(0, 2)}-${width === 390 ? 'phone' : 'desktop'}`);
        await page.context().close();
      }
    }
  });
});
