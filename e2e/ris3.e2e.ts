/**
 * Smart specialisation (issue 14): an analyst, in English, records the Basque Country's
 * RIS3 strategy on the EU NUTS 2 × NACE statistics, adds two priorities — advanced
 * manufacturing (C25, C28) and energy (D35) — and sees each checked against ES21's
 * statistics (specialised? related? complex? the quadrant of Balland et al. 2019), the
 * candidates from its strong clusters and opportunities, and reads the page without an
 * account; axe finds no serious violation.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedIn } from './collab-people';
import {
  accessibilityViolations,
  createUserAsAdmin,
  newContext,
  screenshots,
  storySetup,
  unfold,
} from './harness';

const ADMIN = { email: 'admin@polos.test', password: 'a long admin password 2026' };
const ANALYST = { email: 'iker@analysis.test', password: 'analyst password 2026', name: 'Iker Analyst' };
const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

describe('RIS3 priorities', () => {
  it('an analyst records two priorities for ES21 and sees each checked on the statistics', async () => {
    const admin = await newContext(story.browser, 'en-GB');
    await createUserAsAdmin(await admin.newPage(), story.platform.url, ADMIN, {
      ...ANALYST,
      role: 'analyst',
    });
    await admin.close();

    const { context, page } = await signedIn(story.browser, story.platform.url, 'en-GB', ANALYST);
    await page.goto(`${story.platform.url}/ris3`);
    const form = page.getByTestId('ris3-strategy-form');
    await unfold(form);
    await form.getByLabel('Name').fill('Basque Country RIS3 2021–2027');
    await form.getByLabel('Statistics (map dataset)').selectOption('eu-nuts2-nace');
    await form.getByLabel('Region code').fill('ES21');
    await form.getByLabel('From').fill('2021');
    await form.getByLabel('To').fill('2027');
    await form.getByRole('button', { name: 'Create' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Basque Country RIS3 2021–2027' })
      .waitFor({ timeout: 60_000 });

    const addPriority = async (title: string, codes: string, domain: string) => {
      const p = page.getByTestId('ris3-priority-form');
      await unfold(p);
      await p.getByLabel('Title').fill(title);
      await p.getByLabel('Industry codes (comma-separated, as in the dataset)').fill(codes);
      await p.getByLabel('EU priority domain').fill(domain);
      await p.getByRole('button', { name: 'Add' }).click();
      await page.getByTestId('ris3-priority').filter({ hasText: title }).waitFor({ timeout: 60_000 });
    };
    await addPriority('Advanced manufacturing', 'C25, C28', 'Advanced manufacturing systems');
    await addPriority('Energy', 'D35', 'Energy');

    const manufacturing = page.getByTestId('ris3-priority').filter({ hasText: 'Advanced manufacturing' });
    const check = manufacturing.getByTestId('ris3-check');
    await expect.poll(() => check.textContent()).toMatch(/Specialised: LQ 2[.,]\d+ \(≥ 1\)/);
    await expect.poll(() => check.textContent()).toMatch(/(Related to existing strengths|Weakly related)/);
    await expect.poll(() => check.textContent()).toMatch(/(Complex|Not complex): PCI/);
    await expect
      .poll(() => check.locator('.badge').textContent())
      .toMatch(/^(Ideal|Low risk, low reward|High risk, high reward|Least desirable)$/);
    const energy = page.getByTestId('ris3-priority').filter({ hasText: 'Energy' }).getByTestId('ris3-check');
    await expect.poll(() => energy.textContent()).toContain('D35');
    await expect.poll(() => page.getByTestId('ris3-candidates').textContent()).toContain('C25 — ');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'ris3-es21-en.png'), fullPage: true });
    const address = page.url();
    await context.close();

    // Priorities are public policy: anyone reads them, no forms without an account.
    const visitor = await newContext(story.browser, 'en-GB');
    const anonymous = await visitor.newPage();
    await anonymous.goto(address);
    await anonymous.getByTestId('ris3-priority').first().waitFor({ timeout: 60_000 });
    expect(await anonymous.getByTestId('ris3-priority').count()).toBe(2);
    expect(await anonymous.getByTestId('ris3-priority-form').count()).toBe(0);
    await visitor.close();
  });
});
