/**
 * The organisation report's plan section (issue 13 point 3; decision 084): the strategic plan
 * and its objectives, the dashboard (indicators by status and dimension, as a chart and a
 * table, with the status rule) and the action plan of the dashboard's year. Omitted when the
 * reader may not see the plans or there is nothing in them.
 */
import { planDimensions, type IndicatorStatus } from '@polos/core';
import { stackedCountChart } from '../charts';
import type { SectionRenderer } from '../document';
import { html } from '../html';
import { fill } from '../language';
import type { OrganisationReportData } from '../organisation-data';

const statusOrder: readonly IndicatorStatus[] = ['on_track', 'at_risk', 'off_track', 'no_data', 'no_target'];
const statusColours = ['#1e8449', '#f5b041', '#c0392b', '#aab7b8', '#d5d8dc'];

const PLAN_SOURCES = [
  'Lombardy Region cluster calls: performance dashboard dimensions, EU-LAC report 003 §4.1.1 L460 (sustainability_facts.csv fact-007)',
  'polos, docs/methods/plans-and-indicators.md (status rule and bands)',
];

export const planSection: SectionRenderer<OrganisationReportData> = (data, t, fmt) => {
  const plans = data.plans;
  if (!plans) return null;
  const { strategicPlan, dashboard } = plans;
  const indicators = dashboard.dimensions.flatMap((d) => d.indicators);
  const actionPlan = plans.actionPlans.find((p) => p.year === dashboard.year);
  if (!strategicPlan && !indicators.length && !actionPlan) return null;

  const strategic = strategicPlan
    ? html`<h3>
          ${fill(t.planPeriod, { title: strategicPlan.title, from: strategicPlan.startYear, to: strategicPlan.endYear })}
        </h3>
        ${
          strategicPlan.objectives.length
            ? html`<table>
                <thead>
                  <tr>
                    <th>${t.dimension}</th>
                    <th>${t.objectives}</th>
                  </tr>
                </thead>
                <tbody>
                  ${strategicPlan.objectives.map(
                    (o) =>
                      html`<tr>
                        <td>${t.dimensions[o.dimension]}</td>
                        <td>${o.text}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
            : ''
        }`
    : html`<p>${t.noStrategicPlan}</p>`;

  const chart = indicators.length
    ? stackedCountChart(
        planDimensions.map((dimension) => {
          const counts = dashboard.dimensions.find((d) => d.dimension === dimension)!.statusCounts;
          return { label: t.dimensions[dimension], counts: statusOrder.map((s) => counts[s]) };
        }),
        { series: statusOrder.map((s) => t.statuses[s]), colours: statusColours, title: t.statusChart },
      )
    : '';
  const indicatorTable = indicators.length
    ? html`<h3>${t.indicators}</h3>
        <p class="meta">${t.statusRule}</p>
        <table>
          <thead>
            <tr>
              <th class="main">${t.indicator}</th>
              <th>${t.unit}</th>
              <th>${t.period}</th>
              <th class="n">${t.target}</th>
              <th class="n">${t.actual}</th>
              <th class="n">${t.progress}</th>
              <th>${t.status}</th>
              <th>${t.trendLabel}</th>
            </tr>
          </thead>
          ${dashboard.dimensions
            .filter((d) => d.indicators.length)
            .map(
              (d) =>
                html`<tbody>
                  <tr class="group">
                    <th colspan="8">${t.dimensions[d.dimension]}</th>
                  </tr>
                  ${d.indicators.map(
                    (i) =>
                      html`<tr>
                        <td>${i.name}</td>
                        <td>${i.unit}</td>
                        <td>${i.period ?? t.noValue}</td>
                        <td class="n">${fmt.number(i.target, 2)}</td>
                        <td class="n">${fmt.number(i.actual, 2)}</td>
                        <td class="n">${fmt.percent(i.progress)}</td>
                        <td class="status-${i.status}">${t.statuses[i.status]}</td>
                        <td>${i.trend ? t.trends[i.trend] : t.noValue}</td>
                      </tr>`,
                  )}
                </tbody>`,
            )}
        </table>`
    : '';
  const actions = actionPlan
    ? html`<h3>
          ${fill(t.actionPlan, { year: actionPlan.year, currency: actionPlan.currency })}: ${actionPlan.title}
        </h3>
        <p>
          ${fill(t.actionsDone, { done: dashboard.overall.actions.done, total: dashboard.overall.actions.total })};
          ${t.budget}: ${fmt.money(dashboard.overall.actions.budget, actionPlan.currency)}; ${t.spent}:
          ${fmt.money(dashboard.overall.actions.spent, actionPlan.currency)}.
        </p>
        ${
          actionPlan.actions.length
            ? html`<table>
                <thead>
                  <tr>
                    <th class="main">${t.action}</th>
                    <th>${t.owner}</th>
                    <th>${t.dimension}</th>
                    <th class="n">${t.budget}</th>
                    <th class="n">${t.spent}</th>
                    <th>${t.status}</th>
                  </tr>
                </thead>
                <tbody>
                  ${actionPlan.actions.map(
                    (a) =>
                      html`<tr>
                        <td>${a.title}</td>
                        <td>${a.owner}</td>
                        <td>${t.dimensions[a.dimension]}</td>
                        <td class="n">${fmt.money(a.budget, actionPlan.currency)}</td>
                        <td class="n">${fmt.money(a.spent, actionPlan.currency)}</td>
                        <td class="nowrap">${t.actionStatuses[a.status]}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
            : ''
        }`
    : '';
  return {
    id: 'plan',
    title: t.plan,
    body: html`${strategic}${chart}${indicatorTable}${actions}`,
    sources: PLAN_SOURCES,
  };
};
