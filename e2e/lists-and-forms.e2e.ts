/**
 * Stories (issue 15, forms and lists): a visitor downloads the cluster list and the
 * organisation directory as CSV — every row the filters match, not only the page shown;
 * an editor's Remove in an edit form asks first, and Cancel keeps the item.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, screenshot, storySetup } from './harness';

const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

/** The lines of the CSV the page downloads when `button` is clicked (BOM removed, no trailing blank). */
async function downloadedCsv(page: Page, name: string): Promise<{ filename: string; lines: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return {
    filename: download.suggestedFilename(),
    lines: text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n$/, '')
      .split('\r\n'),
  };
}

const totalOf = async (page: Page, path: string) =>
  ((await (await page.request.get(`${story.platform.url}${path}`)).json()) as { total: number }).total;

describe('lists download as CSV, all pages of the current filter', () => {
  it('the cluster list: every cluster (more than one page), then only the filtered ones', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await page.goto(`${story.platform.url}/`);
    await page.getByTestId('showing').waitFor();
    const total = await totalOf(page, '/api/clusters?limit=1');
    expect(total).toBeGreaterThan(25); // more than the page shows
    const all = await downloadedCsv(page, 'Download CSV');
    expect(all.filename).toBe('clusters.csv');
    expect(all.lines[0]).toBe(
      'id,name,sector,sector_group,country,region,location,figures_year,firms,direct_jobs',
    );
    expect(all.lines).toHaveLength(total + 1);
    expect(all.lines).toContain(
      'es21-hegan,HEGAN Basque Country Aeronautics and Space Cluster Association,Aeronautics,complex_product_systems,ES,ES21,Basque Country (País Vasco),2017,45,4225',
    );

    await page.goto(`${story.platform.url}/?country=ES`);
    await expect.poll(() => page.locator('table.clusters tbody tr').count()).toBe(17);
    const spain = await downloadedCsv(page, 'Download CSV');
    expect(spain.lines).toHaveLength(18);
    expect(spain.lines.slice(1).every((l) => l.startsWith('es21-'))).toBe(true);
    await screenshot(page, 'cluster-list-download-en');
    await page.context().close();
  });

  it('the organisation directory, in Spanish: header and every matching row', async () => {
    const page = await (await newContext(story.browser, 'es-ES')).newPage();
    await page.goto(`${story.platform.url}/organisations`);
    await page.getByTestId('organisations').waitFor();
    const total = await totalOf(page, '/api/organisations?limit=1');
    expect(total).toBeGreaterThan(25);
    const file = await downloadedCsv(page, 'Descargar CSV');
    expect(file.filename).toBe('organisations.csv');
    expect(file.lines[0]).toBe(
      'id,name,acronym,country,region,kind,sector,nace_divisions,labels,looking_for_partners,website',
    );
    expect(file.lines).toHaveLength(total + 1);
    expect(file.lines.some((l) => l.startsWith('es21-hegan-association,'))).toBe(true);
    await screenshot(page, 'organisation-directory-download-es');
    await page.context().close();
  });
});

describe('Remove asks first', () => {
  it('an administrator removes a member: Cancel keeps it, OK removes it', async () => {
    const page = await (await newContext(story.browser, 'en-GB')).newPage();
    await page.goto(
      `${story.platform.url}/sign-in?next=${encodeURIComponent('/clusters/tm_medellin_textile')}`,
    );
    await page.getByRole('textbox', { name: /E-mail/ }).fill(ADMIN.email);
    await page.locator('input[type=password]').fill(ADMIN.password);
    await page.locator('form button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: 'Textile — Medellín' }).waitFor();
    await page.getByText('Add a member').click();
    const member = page.locator('details', { has: page.getByText('Add a member') });
    await member.getByLabel('Name').fill('Textiles Andinos S.A.S.');
    await member.getByRole('button', { name: 'Add' }).click();
    const members = page.getByTestId('members');
    await expect.poll(() => members.textContent()).toContain('Textiles Andinos S.A.S.');

    const questions: string[] = [];
    page.once('dialog', (d) => {
      questions.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('button', { name: 'Remove Textiles Andinos S.A.S.' }).click();
    await expect.poll(() => questions).toEqual(['Remove “Textiles Andinos S.A.S.”? This cannot be undone.']);
    expect(await members.textContent()).toContain('Textiles Andinos S.A.S.');
    await page.reload();
    await expect.poll(() => page.getByTestId('members').textContent()).toContain('Textiles Andinos S.A.S.');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Remove Textiles Andinos S.A.S.' }).click();
    await expect.poll(() => page.getByTestId('members').count()).toBe(0);
    await page.context().close();
  });
});
