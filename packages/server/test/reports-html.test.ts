/**
 * The reports' pure parts (decision 087): one escaping helper, the formats of each language,
 * the section list (a section without data is left out), the charts and the semaphore that
 * keeps at most two pages rendering.
 */
import type { Organisation } from '@polos/core';
import { sustainability } from '@polos/core/funding';
import { describe, expect, it } from 'vitest';
import { fundingMixChart, niceTicks } from '../src/reports/charts';
import { html } from '../src/reports/html';
import { formatterFor, reportLanguageSchema } from '../src/reports/language';
import type { OrganisationReportData } from '../src/reports/organisation-data';
import { organisationReport } from '../src/reports/organisation-report';
import { QueueFullError, Semaphore } from '../src/reports/semaphore';

const organisation = (name: string): Organisation =>
  ({
    id: 'org-x',
    name,
    country: 'ES',
    governanceBodies: ['board'],
    members: [],
    labels: [],
    isPublic: true,
    publicationStatus: 'published',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  }) as unknown as Organisation;

const noFunding = sustainability([], []);
const now = new Date('2026-03-05T10:00:00Z');

describe('reports: HTML and formats', () => {
  it('html`…` escapes every value, but not markup built by html`…`', () => {
    const name = '<script>alert("x")</script> & Co';
    const inner = html`<b>${'<i>'}</b>`;
    // prettier-ignore
    const out = html`<h1>${name}</h1>${inner}`.value;
    expect(out).toBe('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co</h1><b>&lt;i&gt;</b>');
  });

  it('numbers, money, shares and dates are formatted for the language (1,234.5 in en; 1.234,5 in es and pt)', () => {
    expect(formatterFor('en').number(1234.5)).toBe('1,234.5');
    expect(formatterFor('es').number(1234.5)).toBe('1.234,5');
    expect(formatterFor('pt').number(1234.5)).toBe('1.234,5');
    expect(formatterFor('es').money(1234567, 'EUR')).toBe('1.234.567\u00a0€');
    expect(formatterFor('en').percent(0.625)).toBe('62.5%');
    expect(formatterFor('es').date('2026-03-05')).toBe('5 de marzo de 2026');
    expect(formatterFor('pt').country('CO')).toBe('Colômbia');
    expect(formatterFor('en').number(null)).toBe('—');
  });

  it('lang defaults to en and refuses another language', () => {
    expect(reportLanguageSchema.parse(undefined)).toBe('en');
    expect(reportLanguageSchema.safeParse('xx').success).toBe(false);
  });

  it('a user-written name comes out inert: no <script> element in the report', () => {
    const data: OrganisationReportData = {
      organisation: organisation('<script>alert(1)</script>Cluster'),
      cluster: null,
      sustainability: noFunding,
      plans: null,
    };
    const report = organisationReport(data, 'en', now);
    expect(report.html).not.toContain('<script>');
    expect(report.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;Cluster');
  });

  it('sections without data are left out: no funding years, no readable plans → profile only', () => {
    const data = {
      organisation: organisation('Alpha'),
      cluster: null,
      sustainability: noFunding,
      plans: null,
    };
    const report = organisationReport(data, 'es', now);
    expect(report.html).toContain('<h2>Perfil</h2>');
    expect(report.html).not.toContain('id="funding"');
    expect(report.html).not.toContain('id="plan"');
    expect(report.date).toBe('5 de marzo de 2026');
  });

  it('the funding chart stacks each year and draws the public share as a line, labels escaped', () => {
    const svg = fundingMixChart(
      [
        { year: 2024, values: [60, 40], publicShare: 0.6 },
        { year: 2025, values: [50, 50], publicShare: 0.5 },
      ],
      {
        series: ['Public', '<b>Fees</b>'],
        shareLabel: 'Share',
        title: 'Mix',
        amount: String,
        percent: String,
      },
    ).value;
    expect(svg.match(/<rect\s/g)).toHaveLength(4 + 2); // 2 years × 2 sources + 2 legend keys
    expect(svg).toContain('<polyline');
    expect(svg).toContain('&lt;b&gt;Fees&lt;/b&gt;');
    expect(niceTicks(87)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('the semaphore refuses a caller beyond maxWaiting at once, and takes callers again once the queue drains', async () => {
    const slots = new Semaphore(1, 1);
    const hold = () => slots.run(() => new Promise((r) => setTimeout(r, 20)));
    const running = hold();
    const waiting = hold();
    await expect(hold()).rejects.toBeInstanceOf(QueueFullError);
    await Promise.all([running, waiting]);
    await expect(hold()).resolves.toBeUndefined();
    expect(slots.load).toEqual({ active: 0, waiting: 0 });
  });

  it('the semaphore lets at most two run at once; the others wait and all finish', async () => {
    const slots = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const work = () =>
      slots.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
        return 'done';
      });
    const results = await Promise.all(Array.from({ length: 10 }, work));
    expect(results).toHaveLength(10);
    expect(peak).toBe(2);
    expect(slots.load).toEqual({ active: 0, waiting: 0 });
  });
});
