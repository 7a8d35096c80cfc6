/**
 * The organisation report's services section (issue 13 point 2; decision 085): the latest
 * year's services with revenue, cost, cost recovery and valuation, which pay their way and
 * which are valued but unpaid, the common services missing, the members' survey as a count
 * (never an individual answer), the rules and the reference table, cited.
 */
import { MIN_ANSWERS, UNPAID_BELOW, VALUED_AT_LEAST, type ServiceAnalysis } from '@polos/core/services';
import type { SectionRenderer } from '../document';
import { html } from '../html';
import { fill, type Labels } from '../language';
import type { OrganisationReportData } from '../organisation-data';

const SERVICES_METHOD = 'polos, docs/methods/services.md (cost recovery, pays its way, valued but unpaid)';

/** A reference service's name in the language (own services keep the name they were given). */
const nameOf = (t: Labels, s: Pick<ServiceAnalysis, 'reference' | 'name'>) =>
  (s.reference && (t.serviceNames as Record<string, string>)[s.reference]) || s.name;

export const servicesSection: SectionRenderer<OrganisationReportData> = (data, t, fmt) => {
  const a = data.services;
  if (!a?.services.length) return null;
  const yesNo = (v: boolean) => (v ? t.yes : t.no);
  const table = html`<table>
    <thead>
      <tr>
        <th>${t.service}</th>
        <th class="n">${t.revenue}</th>
        <th class="n">${t.cost}</th>
        <th class="n">${t.costRecovery}</th>
        <th class="n">${t.valuation}</th>
        <th>${t.paysItsWay}</th>
        <th>${t.valuedButUnpaid}</th>
      </tr>
    </thead>
    <tbody>
      ${a.services.map(
        (s) =>
          html`<tr>
            <td>${nameOf(t, s)}</td>
            <td class="n">${fmt.number(s.revenue, 0)}</td>
            <td class="n">${fmt.number(s.cost, 0)}</td>
            <td class="n">${fmt.percent(s.costRecovery)}</td>
            <td class="n">
              ${fmt.number(s.valuation.value, 1)}${
                s.valuation.source ? ` (${t.valuationSources[s.valuation.source]})` : ''
              }
            </td>
            <td>${yesNo(s.paysItsWay)}</td>
            <td>${yesNo(s.valuedButUnpaid)}</td>
          </tr>`,
      )}
      <tr>
        <th>${t.total}</th>
        <th class="n">${fmt.number(a.totals.revenue, 0)}</th>
        <th class="n">${fmt.number(a.totals.cost, 0)}</th>
        <th class="n">${fmt.percent(a.totals.costRecovery)}</th>
        <th colspan="3"></th>
      </tr>
    </tbody>
  </table>`;
  const missing = a.missingCommon.length
    ? html`<ul>
        ${a.missingCommon.map((r) => html`<li>${nameOf(t, { reference: r.key, name: r.name })} (${t.extensions[r.extension]})</li>`)}
      </ul>`
    : html`<p>${t.noMissingCommon}</p>`;
  const minimum = { minimum: MIN_ANSWERS };
  const survey = !a.survey
    ? t.noSurvey
    : fill(a.survey.withheld ? t.surveyWithheld : t.surveyCount, {
        answers: fmt.number(a.survey.answers, 0),
        ...minimum,
      });
  return {
    id: 'services',
    title: t.services,
    body: html`<p>${fill(t.servicesIntro, { year: a.year, currency: a.currency })}</p>
      ${table}
      <p>${survey}</p>
      <h3>${t.missingCommon}</h3>
      ${missing}
      <p class="meta">
        ${fill(t.servicesRules, { valued: fmt.number(VALUED_AT_LEAST, 0), unpaid: fmt.percent(UNPAID_BELOW) })}
      </p>`,
    sources: [a.source, SERVICES_METHOD],
  };
};
