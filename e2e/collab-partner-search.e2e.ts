/**
 * Story (issue 12): one cluster manager posts a partner search and the other expresses
 * interest; the poster sees it — in English, Spanish and Portuguese. Iker (HEGAN) posts a
 * request for an R&D partner from the partner-search page; Mariana (Aeroclúster de
 * Querétaro) finds it by searching, follows it and sends a private message of interest
 * for her organisation; Iker sees the interest received and marks the post matched.
 */
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, screenshot, storySetup } from './harness';
import { ADMIN, BASQUE, createManagers, LANGUAGES, MEXICAN, signedIn, text } from './collab-people';

const story = storySetup({ POLOS_ADMIN_EMAIL: ADMIN.email, POLOS_ADMIN_PASSWORD: ADMIN.password });

describe('a Basque manager posts a request and a Mexican manager expresses interest', () => {
  it('the administrator makes each the administrator of their organisation', async () => {
    const context = await story.browser.newContext();
    await createManagers(await context.newPage(), story.platform.url);
    await context.close();
  });

  for (const [lang, locale] of LANGUAGES) {
    it(`posting, interest and the poster's answer, in ${lang}`, async () => {
      const title = `Composite fuselage R&D partner ${lang}`;
      const message = `Querétaro builds composite parts and would like to meet (${lang}).`;

      const poster = await signedIn(story.browser, story.platform.url, locale, BASQUE);
      await poster.page.goto(`${story.platform.url}/partner-searches`);
      await poster.page.getByRole('heading', { level: 1, name: text(lang, 'partners.title') }).waitFor();
      await poster.page.getByText(text(lang, 'partners.post'), { exact: true }).click();
      const form = poster.page.getByTestId('post-search');
      await form.getByLabel(text(lang, 'partners.direction')).selectOption('request');
      await form.getByLabel(text(lang, 'partners.kind')).selectOption('rnd');
      await form.getByLabel(text(lang, 'partners.titleField')).fill(title);
      await form
        .getByLabel(text(lang, 'partners.description'))
        .fill('Joint research on composite fuselage panels.');
      await form.getByLabel(text(lang, 'partners.sectorsField')).fill('C30');
      await form.getByLabel(text(lang, 'partners.countriesField')).fill('MX, BR');
      if (lang === 'en') {
        expect(await accessibilityViolations(poster.page)).toEqual([]);
        await screenshot(poster.page, 'collab-partner-search-post-en-desktop');
      }
      await form.getByRole('button', { name: text(lang, 'partners.postButton') }).click();
      await poster.page.getByRole('heading', { level: 1, name: title }).waitFor();
      const postUrl = poster.page.url();
      await poster.page.getByText(text(lang, 'partners.noInterests')).waitFor();

      const mexican = await signedIn(
        story.browser,
        story.platform.url,
        locale,
        MEXICAN,
        lang === 'pt' ? 390 : 1280,
      );
      const page = mexican.page;
      await page.goto(`${story.platform.url}/partner-searches`);
      await page.getByRole('searchbox', { name: text(lang, 'partners.search') }).fill(`fuselage ${lang}`);
      await page.waitForURL(/q=fuselage/);
      await expect.poll(() => page.getByTestId('posts').locator('li').count()).toBe(1);
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('button', { name: text(lang, 'partners.follow') }).click();
      await page.getByText(text(lang, 'partners.following')).waitFor();
      await page.getByText(text(lang, 'partners.interest'), { exact: true }).click();
      const interest = page.getByTestId('interest');
      await interest.getByLabel(text(lang, 'partners.interestFor')).selectOption(MEXICAN.organisation);
      await interest.getByLabel(text(lang, 'partners.interestMessage')).fill(message);
      await interest.getByRole('button', { name: text(lang, 'partners.interestButton') }).click();
      await interest.getByText(text(lang, 'partners.interestSent')).waitFor();
      await page.getByTestId('interests').getByText(message).waitFor();
      if (lang !== 'es') expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `collab-partner-search-interest-${lang}-${lang === 'pt' ? 'phone' : 'desktop'}`);
      await mexican.context.close();

      // the poster sees the interest and marks the post matched
      await poster.page.goto(postUrl);
      const received = poster.page.getByTestId('interests');
      await received.getByText(message).waitFor();
      await received.getByRole('link', { name: MEXICAN.organisationName }).waitFor();
      await expect.poll(() => received.textContent()).toContain(MEXICAN.name);
      await poster.page.getByRole('button', { name: text(lang, 'partners.mark.matched') }).click();
      await expect
        .poll(() => poster.page.getByTestId('post-status').textContent())
        .toBe(text(lang, 'partners.status.matched'));
      if (lang === 'en') expect(await accessibilityViolations(poster.page)).toEqual([]);
      await screenshot(poster.page, `collab-partner-search-received-${lang}-desktop`);
      await poster.context.close();
    });
  }
});
