/**
 * Region profiles on the EU and Brazilian data (issue 14):
 * 1. A Basque analyst, in Spanish, opens the EU NUTS 2 × NACE dataset in the map studio,
 *    goes from the Basque Country (ES21) to its profile, sees its strong clusters, stars and
 *    growth since 2008 with the shift-share chart, and downloads the strong clusters;
 *    axe finds no serious violation; the page on a phone.
 * 2. A Brazilian analyst, in Portuguese, maps footwear (CNAE 153) across the 5,570
 *    municipalities, finds Novo Hamburgo with the search field, sees its growth since
 *    2010 and the data-driven clusters, then opens the Sinos Valley cluster's profile with
 *    its statistical evidence (LQ, rank, strong, stars) next to the diagnosis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, newContext, screenshots, storySetup } from './harness';

const story = storySetup();

describe('region profiles', () => {
  it('a Basque analyst opens ES21’s profile: strong clusters, stars, growth since 2008, downloads', async () => {
    const context = await newContext(story.browser, 'es-ES');
    const page = await context.newPage();
    await page.goto(`${story.platform.url}/map?dataset=eu-nuts2-nace&region=ES21`);
    const open = page.getByRole('link', { name: 'Abrir el perfil de País Vasco' });
    await open.waitFor({ timeout: 60_000 });
    await open.click();
    await page
      .getByRole('heading', { level: 1, name: 'País Vasco: perfil de la región' })
      .waitFor({ timeout: 60_000 });
    expect(page.url()).toContain('/map/regions/eu-nuts2-nace/ES21');

    // Strong clusters and stars: fabricated metal products (C25) among them, stars in words.
    const strong = page.getByTestId('strong-clusters');
    await expect(strong.locator('tbody th').allTextContents()).resolves.toContainEqual(
      expect.stringContaining('(C25)'),
    );
    const c25 = page.getByTestId('stars').locator('tbody tr', { hasText: '(C25)' });
    await expect.poll(() => c25.textContent()).toContain('3 de 3 estrellas');
    // Growth since 2008, the shift-share chart with its numbers as text.
    await expect.poll(() => page.getByTestId('region-growth').textContent()).toMatch(/^De 2008 a 2015: /);
    await page.getByTestId('shift-share').locator('svg').waitFor();
    await expect
      .poll(() => page.getByTestId('shift-share').textContent())
      .toContain('Efecto competitivo regional');
    await expect.poll(() => page.getByTestId('region-complexity').textContent()).toMatch(/puesto \d+ de \d+/);
    expect(await page.getByTestId('similar-regions').locator('li').count()).toBe(5);
    // The registry's Basque cluster associations and organisations located in ES21.
    await expect.poll(() => page.getByTestId('region-registry').textContent()).toContain('HEGAN');

    // Download the strong clusters as CSV.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: /Clústeres fuertes/ })
        .getByRole('button', { name: 'CSV' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('strong-clusters-eu-nuts2-nace-ES21-2015.csv');
    const lines = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('code,label,value,lq,share,strong,stars,cagr,change');
    expect(lines.some((l) => l.startsWith('C25,'))).toBe(true);

    // Another year and another start year are kept in the address.
    await page.getByRole('combobox', { name: 'Año' }).selectOption('2014');
    await page.getByTestId('region-size').filter({ hasText: 'en 2014' }).waitFor();
    expect(page.url()).toContain('year=2014');

    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'region-profile-es21-es.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(screenshots, 'region-profile-es21-es-phone.png') });
    await context.close();
  });

  it('a Brazilian analyst maps footwear across municipalities and opens the Sinos Valley cluster’s evidence', async () => {
    const context = await newContext(story.browser, 'pt-BR');
    const page = await context.newPage();
    await page.goto(`${story.platform.url}/map?dataset=br-rais-municipalities&industry=153`);
    await page
      .getByRole('heading', { name: /Fabricação de calçados \(153\): quociente locacional por região, 2015/ })
      .waitFor({ timeout: 90_000 });
    // Novo Hamburgo drawn in the darkest class (LQ far above 4) on the IBGE municipalities.
    const novo = page.locator('.map path[data-region="4313409"]');
    await expect.poll(() => novo.getAttribute('fill'), { timeout: 60_000 }).toBe('#08519c');
    expect(await page.locator('.map path[data-region]').count()).toBeGreaterThan(5000);
    // The search field picks the municipality among 5,570.
    await page.getByRole('combobox', { name: 'Buscar lugares' }).fill('Novo Hamburgo (RS) (4313409)');
    await page.getByRole('link', { name: 'Abrir o perfil de Novo Hamburgo (RS)' }).waitFor();
    await expect.poll(() => page.getByTestId('strong-rule').textContent()).toMatch(/regiões a cumprem/);
    await page.getByTestId('industry-growth').waitFor();
    await page.getByTestId('communities').waitFor({ timeout: 60_000 });

    // The Sinos Valley footwear cluster: its statistical evidence next to the diagnosis.
    await page.goto(`${story.platform.url}/clusters/tm_sinos_valley_footwear`);
    const evidence = page.getByTestId('statistics-section');
    await evidence.getByTestId('rank-sentence').waitFor({ timeout: 90_000 });
    await expect
      .poll(() => evidence.getByTestId('rank-sentence').textContent())
      .toMatch(/^Em 2015, Novo Hamburgo.* tem um quociente locacional de \d/);
    await expect.poll(() => evidence.textContent()).toContain('É um cluster forte');
    const toProfile = evidence.getByRole('link', { name: /perfil/i }).first();
    await expect(toProfile.getAttribute('href')).resolves.toContain(
      '/map/regions/br-rais-municipalities/4313409',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'cluster-evidence-sinos-pt.png'), fullPage: true });
    await context.close();
  });
});
