/**
 * Story (issue 12): a Mexican and a Basque cluster manager find each other through
 * matchmaking and see why — in English, Spanish and Portuguese. Mariana (Aeroclúster de
 * Querétaro) searches the directory, opens her organisation (she may manage it) and its
 * matches: HEGAN is there, with every component's explanation in her language. Iker
 * (HEGAN), on his phone, opens his organisation's matches and finds Querétaro with the
 * reasons. Axe finds no serious or critical violation on these pages (each page once, in
 * English; the matches in every language, at both widths).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot, storySetup } from './harness';
import { ADMIN, BASQUE, createManagers, LANGUAGES, MEXICAN, signedIn, text } from './collab-people';

const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

interface Matches {
  items: Array<{ organisation: { id: string }; components: Array<{ key: string; explanation: string }> }>;
}

/** The match of `partner` on the page shows every component with the API's sentence in `lang`. */
async function expectExplained(page: Page, lang: string, of: string, partner: string): Promise<string[]> {
  const res = await page.request.get(
    `${story.platform.url}/api/organisations/${of}/matches?limit=10&lang=${lang}`,
  );
  const match = ((await res.json()) as Matches).items.find((m) => m.organisation.id === partner);
  expect(match, `${partner} in the matches of ${of}`).toBeDefined();
  const card = page.locator(`li.match[data-organisation-id="${partner}"]`);
  await card.waitFor();
  const shown = await card.textContent();
  for (const c of match!.components) {
    expect(shown).toContain(text(lang, `matches.key.${c.key}`));
    expect(shown).toContain(c.explanation);
  }
  return match!.components.map((c) => c.explanation);
}

describe('a Mexican and a Basque cluster manager find each other through matchmaking', () => {
  it('the administrator makes each the administrator of their organisation', async () => {
    const context = await story.browser.newContext();
    await createManagers(await context.newPage(), story.platform.url);
    await context.close();
  });

  const english: string[][] = [];
  for (const [lang, locale] of LANGUAGES) {
    it(`they find each other and read why, in ${lang}`, async () => {
      const { context, page } = await signedIn(story.browser, story.platform.url, locale, MEXICAN);
      await page.goto(`${story.platform.url}/organisations`);
      await page.getByRole('heading', { level: 1, name: text(lang, 'directory.title') }).waitFor();
      await page.getByTestId('organisation-map').waitFor();
      await page.getByRole('searchbox', { name: text(lang, 'directory.search') }).fill('queretaro');
      await page.waitForURL(/q=queretaro/);
      const row = page.locator(`tr[data-organisation-id="${MEXICAN.organisation}"]`);
      await expect.poll(() => page.locator('tr[data-organisation-id]').count()).toBe(1);
      await row.waitFor();
      if (lang === 'en') {
        expect(await accessibilityViolations(page)).toEqual([]);
        // the whole directory, both continents, for the screenshot
        await page.getByRole('button', { name: text(lang, 'directory.clear') }).click();
        await expect.poll(() => page.locator('tr[data-organisation-id]').count()).toBe(25);
        await screenshot(page, `collab-directory-${lang}-desktop`);
        await page.getByRole('searchbox', { name: text(lang, 'directory.search') }).fill('queretaro');
        await expect.poll(() => page.locator('tr[data-organisation-id]').count()).toBe(1);
      }

      await row.getByRole('link', { name: MEXICAN.organisationName }).click();
      await page.getByRole('heading', { level: 1, name: MEXICAN.organisationName }).waitFor();
      await page.getByRole('heading', { level: 2, name: text(lang, 'directory.manage') }).waitFor();
      await page.getByTestId('checklist-outcome').waitFor();
      if (lang === 'en') {
        // she says her organisation is looking for partners
        await page.getByText(text(lang, 'directory.edit'), { exact: true }).click();
        const edit = page.getByTestId('edit-profile');
        await edit.getByLabel(text(lang, 'directory.field.technologiesList')).fill('composites, avionics');
        await edit.getByLabel(text(lang, 'directory.field.lookingForPartners')).check();
        await edit.getByRole('button', { name: text(lang, 'directory.save') }).click();
        await edit.getByText(text(lang, 'directory.saved')).waitFor();
        await expect
          .poll(() => page.getByTestId('organisation-profile').textContent())
          .toContain('composites, avionics');
        expect(await accessibilityViolations(page)).toEqual([]);
      }
      await screenshot(page, `collab-organisation-${lang}-desktop`);

      await page.getByRole('link', { name: text(lang, 'directory.matchesLink') }).click();
      await page.getByTestId('matches').waitFor();
      const sentences = await expectExplained(page, lang, MEXICAN.organisation, BASQUE.organisation);
      if (lang === 'en') english.push(sentences);
      else expect(sentences).not.toEqual(english[0]); // the API answered in the page's language
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `collab-matches-${lang}-desktop`);
      await context.close();

      // Iker, on his phone, finds Querétaro among HEGAN's matches
      const basque = await signedIn(story.browser, story.platform.url, locale, BASQUE, 390);
      await basque.page.goto(`${story.platform.url}/organisations/${BASQUE.organisation}/matches`);
      await expectExplained(basque.page, lang, BASQUE.organisation, MEXICAN.organisation);
      expect(await accessibilityViolations(basque.page)).toEqual([]);
      await screenshot(basque.page, `collab-matches-${lang}-phone`);
      await basque.context.close();
    });
  }
});
