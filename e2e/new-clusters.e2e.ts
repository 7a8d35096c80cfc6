/**
 * Story (issue 15, Accounts): an analyst adds a cluster from the web and imports a file of
 * clusters — a file with a bad row is refused whole, each problem listed by row and
 * column, nothing imported; the corrected file is imported and its clusters open. The
 * import runs as a background job (202, then the page follows the job: decision 106). In
 * English, Spanish and Portuguese; a viewer is told the page is not for her.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, createUserAsAdmin, screenshot, storySetup } from './harness';
import { ADMIN, signedIn, text } from './collab-people';

const ANALYST = { email: 'ana@polos.test', password: 'analyst password 2026', name: 'Ana Lista' };
const VIEWER = { email: 'vera@polos.test', password: 'viewer password 2026', name: 'Vera Vista' };
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

const HEADER = 'name,country,sector,sector_group,location';
const csv = (rows: string[]) => {
  const path = join(tmpdir(), `clusters-${Date.now()}-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, [HEADER, ...rows].join('\n') + '\n');
  return path;
};

describe('an analyst adds and imports clusters from the web', () => {
  it('adds one cluster in English and lands on its profile', async () => {
    const setup = await story.browser.newPage();
    await createUserAsAdmin(setup, story.platform.url, ADMIN, { ...ANALYST, role: 'analyst' });
    await createUserAsAdmin(setup, story.platform.url, ADMIN, { ...VIEWER, role: 'viewer' });
    await setup.close();
    const { page, context } = await signedIn(story.browser, story.platform.url, 'en-GB', ANALYST);
    await page.goto(story.platform.url);
    await page.getByRole('link', { name: text('en', 'newClusters.addLink') }).click();
    await page.getByRole('heading', { level: 1, name: text('en', 'newClusters.title') }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'new-clusters-en');
    const form = page.getByTestId('cluster-add');
    await form.getByLabel(text('en', 'newClusters.name')).fill('Caldas coffee');
    await form.getByLabel(text('en', 'newClusters.country')).fill('co');
    await form.getByLabel(text('en', 'newClusters.sector')).fill('coffee');
    await form.getByRole('button', { name: text('en', 'newClusters.add') }).click();
    await page.waitForURL(/\/clusters\/caldas-coffee$/);
    await page.getByRole('heading', { level: 1, name: 'Caldas coffee' }).waitFor();
    await context.close();
  });

  it('imports a file in Spanish: a bad row refuses it whole, listed by row and column; the corrected file is imported', async () => {
    const { page, context } = await signedIn(story.browser, story.platform.url, 'es-ES', ANALYST);
    await page.goto(`${story.platform.url}/clusters/new`);
    await page.getByRole('heading', { level: 1, name: text('es', 'newClusters.title') }).waitFor();
    const form = page.getByTestId('cluster-import');
    const before = (await (await page.request.get(`${story.platform.url}/api/clusters?limit=1`)).json()) as {
      total: number;
    };
    await form
      .getByLabel(text('es', 'newClusters.file'))
      .setInputFiles(
        csv(['Vale dos Sinos,BR,calçado,traditional_manufacturing,Novo Hamburgo', 'Sin país,,vino,nope,']),
      );
    const queued = page.waitForResponse(
      (r) => r.url().includes('/api/clusters/import') && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: text('es', 'newClusters.import') }).click();
    // Queued as a job; the refusal below is the dead job's result.
    expect((await queued).status()).toBe(202);
    const issues = page.getByTestId('import-issues');
    await issues.waitFor();
    const rows = await issues.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.startsWith('3') && r.includes('country'))).toBe(true);
    expect(rows.some((r) => r.startsWith('3') && r.includes('sector_group'))).toBe(true);
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('no se importó nada');
    const after = (await (await page.request.get(`${story.platform.url}/api/clusters?limit=1`)).json()) as {
      total: number;
    };
    expect(after.total).toBe(before.total);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'new-clusters-import-problems-es');

    await form
      .getByLabel(text('es', 'newClusters.file'))
      .setInputFiles(
        csv([
          'Vale dos Sinos,BR,calçado,traditional_manufacturing,Novo Hamburgo',
          'Vinos de Mendoza,AR,vino,natural_resource_based,Mendoza',
        ]),
      );
    await form.getByRole('button', { name: text('es', 'newClusters.import') }).click();
    await expect
      .poll(() => page.getByTestId('import-result').textContent())
      .toContain('Importados: 2 nuevos');
    expect(await issues.count()).toBe(0);
    await page.getByTestId('import-result').getByRole('link', { name: 'vinos-de-mendoza' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vinos de Mendoza' }).waitFor();
    await context.close();
  });

  it('shows the page in Portuguese at phone width, and tells a viewer it is not for her', async () => {
    const analyst = await signedIn(story.browser, story.platform.url, 'pt-BR', ANALYST, 390);
    await analyst.page.goto(`${story.platform.url}/clusters/new`);
    await analyst.page.getByRole('heading', { level: 1, name: text('pt', 'newClusters.title') }).waitFor();
    expect(await accessibilityViolations(analyst.page)).toEqual([]);
    await screenshot(analyst.page, 'new-clusters-pt-phone');
    await analyst.context.close();
    const viewer = await signedIn(story.browser, story.platform.url, 'pt-BR', VIEWER);
    await viewer.page.goto(story.platform.url);
    await viewer.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await viewer.page.getByRole('link', { name: text('pt', 'newClusters.addLink') }).count()).toBe(0);
    await viewer.page.goto(`${story.platform.url}/clusters/new`);
    await expect
      .poll(() => viewer.page.getByRole('alert').textContent())
      .toBe(text('pt', 'newClusters.notAllowed'));
    await viewer.context.close();
  });
});
