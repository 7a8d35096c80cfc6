/**
 * Stories of the map studio's industry view:
 * 1. A visitor maps the world exports: copper ores (HS 2603), sees Chile among the
 *    specialised countries (on the map and in the table), the relatedness network of the
 *    1,222 products, and Colombia's diversification opportunities, which she downloads;
 *    the same page in Spanish and Portuguese, and on a phone.
 * 2. An analyst uploads her own table: a file with a bad value is refused whole, with the
 *    line and column named and nothing stored; the corrected file uploads with progress,
 *    is mapped at once, and she deletes it afterwards.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  accessibilityViolations,
  createUserAsAdmin,
  newContext,
  screenshot,
  screenshots,
  storySetup,
} from './harness';

const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
const ANALYST = { email: 'ana@analysis.test', password: 'analyst password 2026', name: 'Ana Analyst' };
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

async function createAnalyst(page: Page): Promise<void> {
  await createUserAsAdmin(page, story.platform.url, ADMIN, { ...ANALYST, role: 'analyst' });
}

describe('the map studio, industries', () => {
  it('a visitor maps copper exports, sees the product space and Colombia’s opportunities', async () => {
    const context = await newContext(story.browser, 'en-US');
    const page = await context.newPage();
    await page.goto(`${story.platform.url}/map`);
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption('world-exports-hs4');
    await page.getByRole('combobox', { name: 'Industry or product' }).selectOption('2603');
    await page
      .getByRole('heading', { name: /Copper.*\(2603\): location quotient by region, 2017/ })
      .waitFor();
    expect(page.url()).toContain('dataset=world-exports-hs4');
    expect(page.url()).toContain('industry=2603');
    // Chile is drawn dark on the map and listed among the specialised countries
    const chile = page.locator('.map path[data-region="chl"]');
    await expect(chile.getAttribute('fill')).resolves.toBe('#08519c');
    await expect.poll(() => chile.locator('title').textContent()).toMatch(/^Chile: \d+/);
    const table = page.getByRole('table', { name: /Regions by location quotient/ });
    await expect.poll(() => table.locator('tbody tr').first().locator('th').textContent()).toBeTruthy();
    expect(await table.locator('tbody th').allTextContents()).toContain('Chile');
    // the product space: every product a circle
    await page.locator('svg circle[data-code="2603"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('svg circle[data-code]').count()).toBe(1222);
    await page
      .locator('section[aria-labelledby="network-title"]')
      .screenshot({ path: join(screenshots, 'studio-world-en-network.png') });
    // Colombia's opportunities
    await page.getByRole('combobox', { name: 'Region' }).selectOption('col');
    await page.getByRole('table', { name: 'Diversification opportunities of Colombia' }).waitFor();
    expect(await page.getByTestId('opportunities').locator('tbody tr').count()).toBe(20);
    await expect.poll(() => page.getByTestId('region-eci').textContent()).toMatch(/^Colombia: ECI -?\d/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('group', { name: 'Download the opportunities' })
        .getByRole('button', { name: 'CSV' })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('opportunities-world-exports-hs4-col.csv');
    const lines = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('region,industry,label,density,pci,score');
    expect(lines.filter((l) => l.startsWith('col,'))).toHaveLength(20);
    // an opportunity opens its map
    await page.getByTestId('opportunities').locator('tbody tr').first().getByRole('button').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .not.toContain('2603');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'studio-world-en-desktop');
    await context.close();
  }, 120_000);

  it('reads in Spanish and Portuguese, and on a phone', async () => {
    for (const [locale, width, heading, name] of [
      [
        'es-ES',
        1280,
        /Minerales de cobre \(2603\): cociente de localización por región, 2017/,
        'studio-world-es-desktop',
      ],
      ['pt-BR', 390, /\(2603\): quociente locacional por região, 2017/, 'studio-world-pt-phone'],
    ] as const) {
      const context = await newContext(story.browser, locale, width);
      const page = await context.newPage();
      await page.goto(`${story.platform.url}/map?dataset=world-exports-hs4&industry=2603&region=bra`);
      await page.getByRole('heading', { name: heading }).waitFor();
      await page.locator('svg circle[data-code="2603"]').waitFor({ timeout: 30_000 });
      await page.getByTestId('opportunities').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, name);
      await context.close();
    }
  }, 120_000);

  it('an analyst uploads a table: a bad value is refused whole, the corrected file is mapped, then deleted', async () => {
    const context = await newContext(story.browser, 'en-US');
    const page = await context.newPage();
    await createAnalyst(page);
    await page.goto(`${story.platform.url}/sign-in?next=/map`);
    await page.getByLabel('E-mail').fill(ANALYST.email);
    await page.getByLabel('Password').fill(ANALYST.password);
    await page.locator('form button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: 'Map studio' }).waitFor();

    // Employment by NUTS-2 region and sector, Spain (illustrative numbers).
    const dir = mkdtempSync(join(tmpdir(), 'polos-upload-'));
    const rows = [
      ['ES21', 'C29', '21000'],
      ['ES21', 'C28', '18000'],
      ['ES21', 'I55', '12000'],
      ['ES30', 'C29', '9000'],
      ['ES30', 'C28', '11000'],
      ['ES30', 'I55', '45000'],
      ['ES51', 'C29', '30000'],
      ['ES51', 'C28', '16000'],
      ['ES51', 'I55', '38000'],
      ['ES61', 'C29', '4000'],
      ['ES61', 'C28', '5000'],
      ['ES61', 'I55', '52000'],
    ];
    const bad = join(dir, 'spain-bad.csv');
    writeFileSync(
      bad,
      ['nuts,nace,jobs', ...rows.map((r, k) => (k === 4 ? [r[0], r[1], 'twelve'] : r).join(','))].join('\n'),
    );
    await page.getByText('Upload a dataset (CSV or CSV.gz)').click();
    await page.getByLabel('File').setInputFiles(bad);
    await expect(page.getByRole('combobox', { name: 'Column of regions' }).inputValue()).resolves.toBe(
      'nuts',
    );
    await expect(page.getByRole('combobox', { name: 'Column of values' }).inputValue()).resolves.toBe('jobs');
    await page.getByRole('combobox', { name: 'Regions are' }).selectOption('eu-nuts2');
    await page.getByLabel('Name shown in the studio').fill('Spain by NUTS-2');
    await page.getByRole('button', { name: 'Upload and check' }).click();
    const problems = page.getByTestId('upload-problems');
    await problems.waitFor();
    await expect.poll(() => problems.textContent()).toContain('Line 6, column jobs');
    await expect.poll(() => problems.textContent()).toContain('Nothing was stored');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'studio-upload-en-refused');
    const listed = (await (
      await page.request.get(`${story.platform.url}/api/map/datasets`)
    ).json()) as Array<{
      label: string;
    }>;
    expect(listed.map((d) => d.label)).not.toContain('Spain by NUTS-2');

    const good = join(dir, 'spain.csv');
    writeFileSync(good, ['nuts,nace,jobs', ...rows.map((r) => r.join(','))].join('\n'));
    await page.getByLabel('File').setInputFiles(good);
    await page.getByRole('combobox', { name: 'Regions are' }).selectOption('eu-nuts2');
    await page.getByLabel('Name shown in the studio').fill('Spain by NUTS-2');
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await expect
      .poll(() => page.getByTestId('upload-result').textContent())
      .toContain('“Spain by NUTS-2” stored: 12 rows, 4 regions (4 on the map), 3 industries.');
    // mapped at once, on the NUTS-2 boundaries
    await page.getByRole('heading', { name: /location quotient by region/ }).waitFor();
    await expect(
      page.getByRole('combobox', { name: 'Dataset' }).locator('option:checked').textContent(),
    ).resolves.toBe('Spain by NUTS-2');
    expect(await page.locator('.map path[data-region]').count()).toBe(4);
    await page.getByRole('combobox', { name: 'Industry or product' }).selectOption('C29');
    // the Basque Country's LQ in C29 by hand: (21,000 / 51,000) / (64,000 / 261,000) = 1.68
    await page
      .locator('.map path[data-region="ES21"] title', { hasText: /^País Vasco: 1\.68$/ })
      .waitFor({ state: 'attached' });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'studio-upload-en-mapped');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete “Spain by NUTS-2”' }).click();
    await page.getByRole('heading', { name: /location quotient by state/ }).waitFor();
    const after = (await (await page.request.get(`${story.platform.url}/api/map/datasets`)).json()) as Array<{
      label: string;
    }>;
    expect(after.map((d) => d.label)).not.toContain('Spain by NUTS-2');
    await context.close();
  }, 120_000);
});
