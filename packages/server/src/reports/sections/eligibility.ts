/**
 * The organisation report's eligibility section (issue 13 point 5; decision 086): the Basque
 * 2016 and ECCP criteria, each met, unmet or unknown with its evidence in the language and
 * the rule it comes from.
 */
import type { EligibilityVerdict } from '@polos/core/excellence';
import type { SectionRenderer } from '../document';
import { html } from '../html';
import { fill, type Labels, type ReportLanguage } from '../language';
import type { OrganisationReportData } from '../organisation-data';

const ELIGIBILITY_METHOD =
  'polos, docs/methods/eligibility.md (criteria, evidence, unknown when nothing decides)';

const resultOf = (t: Labels, met: boolean | null) => (met === null ? t.unknown : met ? t.met : t.unmet);
const statusClass = (met: boolean | null) =>
  met === null ? 'status-no_data' : met ? 'status-on_track' : 'status-off_track';

function verdictTable(t: Labels, title: string, verdict: EligibilityVerdict) {
  const language = t.language as ReportLanguage;
  return html`<h3>${title}</h3>
    <p>${fill(t.overall, { result: resultOf(t, verdict.met) })}</p>
    <table>
      <thead>
        <tr>
          <th>${t.criterion}</th>
          <th>${t.result}</th>
          <th>${t.evidence}</th>
        </tr>
      </thead>
      <tbody>
        ${verdict.criteria.map(
          (c) =>
            html`<tr>
              <td>${(t.criteria as Record<string, string>)[c.key] ?? c.key}</td>
              <td class="${statusClass(c.met)}">${resultOf(t, c.met)}</td>
              <td>${c.evidenceLabel[language]}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

export const eligibilitySection: SectionRenderer<OrganisationReportData> = (data, t) => {
  const e = data.eligibility;
  if (!e) return null;
  const verdicts = [e.basque, e.eccp];
  return {
    id: 'eligibility',
    title: t.eligibility,
    body: html`<p>${fill(t.eligibilityIntro, { year: e.year })}</p>
      ${verdictTable(t, t.basque, e.basque)}${verdictTable(t, t.eccp, e.eccp)}`,
    sources: [...new Set(verdicts.flatMap((v) => v.criteria.map((c) => c.source))), ELIGIBILITY_METHOD],
  };
};
