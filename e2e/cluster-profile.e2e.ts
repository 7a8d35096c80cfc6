/**
 * Story: a visitor opens a cluster from the list and reads its profile — key figures,
 * the diagnosis against its sector group and the sourced policy mix — in English and
 * Spanish; the back link returns to the list.
 */
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, newContext, screenshot, storySetup } from './harness';

const story = storySetup();

describe('a visitor reads a cluster profile', () => {
  it('opens Torreón from the list and sees its diagnosis and the policy mix with triggers and sources', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await page.goto(`${story.platform.url}/?q=torreon`);
    await page.getByRole('link', { name: 'Garment (blue jeans) — Torreón' }).click();
    await page.getByRole('heading', { level: 1, name: 'Garment (blue jeans) — Torreón' }).waitFor();
    expect(page.url()).toBe(`${story.platform.url}/clusters/tm_torreon_garment`);
    // Annex 1: EEI 2+0+0+0 = 2, JAI 1+1+0+0 = 2, ICE 2 → low
    const indices = page.getByTestId('indices');
    await expect.poll(() => indices.textContent()).toContain('Collective efficiency (ICE)2 low');
    await page.getByText('Average ICE of its sector group (15 clusters)').waitFor();
    const firstAction = page.locator('ol.advice > li h3').first();
    await expect
      .poll(() => firstAction.textContent())
      .toContain('Promote access to new markets and value chains');
    await page.getByText('Why: the facts that triggered it, and sources').first().click();
    await page.getByText('Serves quasi-hierarchical value chains: yes (rule: is yes)').waitFor();
    await expect
      .poll(() => page.locator('.sources').first().textContent())
      .toContain('Carlo Pietrobelli & Roberta Rabellotti (2004)');
    const source = page.locator('.sources a').first();
    expect(await source.getAttribute('href')).toMatch(/^https:\/\/.*upgrading-clusters-and-value-chains/);
    expect(await source.getAttribute('target')).toBe('_blank');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'profile-en-desktop');
    await page.getByRole('link', { name: '← All clusters' }).click();
    await page.getByTestId('showing').waitFor();
    await page.context().close();
  });

  it('shows the profile in Spanish, with its key figures, and says when a cluster has no diagnosis', async () => {
    const page = await (await newContext(story.browser, 'es-ES')).newPage();
    await page.goto(`${story.platform.url}/clusters/nr_region_austral_salmon`);
    await page.getByRole('heading', { name: 'Diagnóstico de eficiencia colectiva' }).waitFor();
    await page.getByRole('heading', { name: 'Cifras clave' }).waitFor();
    await expect.poll(() => page.locator('table.data tbody tr').first().textContent()).toContain('29.000');
    await screenshot(page, 'profile-es-desktop');
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(`${story.platform.url}/clusters/es21-hegan`);
    await page.getByText('Este clúster aún no ha sido evaluado.').waitFor();
    // a Basque profile: its association (founded 1997) and its source line
    await expect
      .poll(() => page.getByTestId('managed-by').textContent())
      .toBe(
        'Gestionado por HEGAN Basque Country Aeronautics and Space Cluster Association · fundada en 1997',
      );
    expect(await page.getByTestId('managed-by').getByRole('link').getAttribute('href')).toBe(
      '/organisations/es21-hegan-association',
    );
    await expect
      .poll(() => page.getByTestId('source-line').textContent())
      .toBe(
        'Fuente: Paton, Bercovich & Barroeta (2018), Clusters and Cluster Policy: EU–LAC, EU-LAC Foundation/SEGIB, Table 5 (Orkestra 2017)',
      );
    await screenshot(page, 'profile-basque-es-desktop');
    // no assessment yet is an empty state, not an error: nothing in the console
    expect(consoleErrors).toEqual([]);
    await page.goto(`${story.platform.url}/clusters/no-such-cluster`);
    await page.getByText('No existe el clúster «no-such-cluster»').waitFor();
    await page.context().close();
  });
});
