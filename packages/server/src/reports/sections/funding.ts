/**
 * The organisation report's funding section (issue 13 point 1; decision 083): the mix by year
 * as a chart and a table, the public share and its trend, the exit path with progress, the
 * dependence alerts and ESCA's reference figures, cited.
 */
import { fundingSources } from '@polos/core/funding';
import { fundingMixChart } from '../charts';
import type { SectionRenderer } from '../document';
import { html } from '../html';
import { fill } from '../language';
import type { OrganisationReportData } from '../organisation-data';

const FUNDING_METHOD = 'polos, docs/methods/sustainability.md (public share, trend, exit path, alerts)';

export const fundingSection: SectionRenderer<OrganisationReportData> = (data, t, fmt) => {
  const s = data.sustainability;
  if (!s.years.length) return null;
  const currency = s.years[0]!.currency;
  // Amounts back from the shares (shares × total), so the chart and the table agree.
  const amountOf = (year: (typeof s.years)[number], source: (typeof fundingSources)[number]) =>
    (year.shares[source] ?? 0) * year.total;
  const chart = fundingMixChart(
    s.years.map((y) => ({
      year: y.year,
      values: fundingSources.map((source) => amountOf(y, source)),
      publicShare: y.publicShare,
    })),
    {
      series: fundingSources.map((source) => t.sourceNames[source]),
      shareLabel: t.publicShare,
      title: t.fundingChart,
      amount: (v) => fmt.number(v, 0),
      percent: fmt.percent,
    },
  );
  const table = html`<table>
    <thead>
      <tr>
        <th>${t.year}</th>
        ${fundingSources.map((source) => html`<th class="n">${t.sourceNames[source]}</th>`)}
        <th class="n">${t.total}</th>
        <th class="n">${t.publicShare}</th>
      </tr>
    </thead>
    <tbody>
      ${s.years.map(
        (y) =>
          html`<tr>
            <td>${y.year}</td>
            ${fundingSources.map((source) => html`<td class="n">${fmt.number(amountOf(y, source), 0)}</td>`)}
            <td class="n">${fmt.number(y.total, 0)}</td>
            <td class="n">${fmt.percent(y.publicShare)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
  const slope = s.trend.publicSharePerYear;
  const trend =
    slope === null
      ? t.trendUnknown
      : fill(t.trend, { perYear: fmt.number(slope * 100, 1), years: s.trend.years });
  const exitPath = s.exitPath.length
    ? html`<h3>${t.exitPath}</h3>
        <table>
          <thead>
            <tr>
              <th>${t.year}</th>
              <th class="n">${t.target}</th>
              <th class="n">${t.actual}</th>
              <th>${t.onTrack}</th>
            </tr>
          </thead>
          <tbody>
            ${s.exitPath.map(
              (e) =>
                html`<tr>
                  <td>${e.year}</td>
                  <td class="n">${fmt.percent(e.target)}</td>
                  <td class="n">${fmt.percent(e.actual)}</td>
                  <td>${e.onTrack === null ? t.noValue : e.onTrack ? t.yes : t.no}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
    : '';
  const alerts = s.alerts.length
    ? html`<div class="alert">
        <ul>
          ${s.alerts.map(
            (a) =>
              html`<li>
                ${fill(t.alert, { source: t.sourceNames[a.source], years: a.years, from: a.fromYear, to: a.toYear })}
              </li>`,
          )}
        </ul>
        <p class="meta">${t.alertRule}</p>
      </div>`
    : html`<p>${t.noAlerts}</p>`;
  const reference = html`<h3>${t.escaReference}</h3>
    <table>
      <thead>
        <tr>
          <th>${t.period}</th>
          <th class="n">${t.publicShare}</th>
          <th>${t.statement}</th>
        </tr>
      </thead>
      <tbody>
        ${s.reference.map(
          (r) =>
            html`<tr>
              <td>${r.period}</td>
              <td class="n">${fmt.percent(r.publicShare)}</td>
              <td>${r.statement} (${r.factId})</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  return {
    id: 'funding',
    title: t.funding,
    body: html`<p>${fill(t.fundingIntro, { currency })}</p>
      ${chart}${table}
      <p>${trend}</p>
      ${exitPath}
      <h3>${t.alerts}</h3>
      ${alerts}${reference}`,
    sources: [
      ...new Set(s.reference.map((r) => `${r.source} (sustainability_facts.csv ${r.factId})`)),
      FUNDING_METHOD,
    ],
  };
};
