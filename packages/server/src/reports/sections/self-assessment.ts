/**
 * The organisation report's self-assessment section (issue 13 point 4; decision 086): the
 * latest self-assessment's overall and area scores (a chart against the previous one), its
 * improvement areas with the checklist's texts in the language, and what was resolved,
 * persists or is new since the previous assessment.
 */
import {
  improvementThreshold,
  maxMaturity,
  selfAssessmentAreaLabels,
  selfAssessmentChecklist,
} from '@polos/core/excellence';
import { scoreChart } from '../charts';
import type { SectionRenderer } from '../document';
import { html } from '../html';
import { fill, type ReportLanguage } from '../language';
import type { OrganisationReportData } from '../organisation-data';

const SELF_ASSESSMENT_METHOD =
  'polos, docs/methods/self-assessment.md (checklist, scores, improvement areas)';

const itemText = new Map(selfAssessmentChecklist.map((i) => [i.key, i.text]));

export const selfAssessmentSection: SectionRenderer<OrganisationReportData> = (data, t, fmt) => {
  const latest = data.selfAssessment;
  if (!latest) return null;
  const language = t.language as ReportLanguage;
  const { assessment, score, comparison } = latest;
  const changes = new Map((comparison?.areaChanges ?? []).map((c) => [c.area, c]));
  const items = (keys: readonly string[]) =>
    html`<ul>
      ${keys.map((k) => html`<li>${itemText.get(k)?.[language] ?? k}</li>`)}
    </ul>`;
  // A change in percentage points, with its sign (+25, −10).
  const signed = (v: number | undefined) =>
    v === undefined ? t.noValue : `${v > 0 ? '+' : ''}${fmt.number(v, 1)}`;
  const threshold = { threshold: fmt.number(improvementThreshold, 0) };
  // Percent of the area's points → average maturity on the 0–4 scale of every item.
  const maturity = (percent: number) => (percent / 100) * maxMaturity;
  const chart = scoreChart(
    score.areas.map((a) => {
      const before = changes.get(a.area);
      return {
        label: selfAssessmentAreaLabels[a.area][language],
        score: maturity(a.percent),
        reference: before ? maturity(before.from) : null,
      };
    }),
    {
      max: maxMaturity,
      title: t.areaChart,
      scoreLabel: t.maturity,
      referenceLabel: t.previousAssessment,
      unknown: t.noValue,
    },
  );
  const table = html`<table>
    <thead>
      <tr>
        <th>${t.area}</th>
        <th class="n">${t.score}</th>
        <th class="n">${t.previous}</th>
        <th class="n">${t.change}</th>
      </tr>
    </thead>
    <tbody>
      ${score.areas.map((a) => {
        const c = changes.get(a.area);
        return html`<tr>
          <td>${selfAssessmentAreaLabels[a.area][language]}</td>
          <td class="n">${fmt.percent(a.percent / 100)}</td>
          <td class="n">${fmt.percent(c ? c.from / 100 : null)}</td>
          <td class="n">${signed(c?.change)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
  const compared = comparison
    ? html`<p>
          ${fill(t.selfAssessmentChange, {
            date: fmt.date(comparison.previousAssessedOn),
            change: signed(comparison.overallChange),
          })}
        </p>
        ${(
          [
            [t.resolved, comparison.resolved],
            [t.persisting, comparison.persisting],
            [t.newImprovement, comparison.new],
          ] as const
        ).map(([title, keys]) =>
          keys.length
            ? html`<h3>${title}</h3>
                ${items(keys)}`
            : '',
        )}`
    : '';
  return {
    id: 'self-assessment',
    title: t.selfAssessment,
    // The intro stays with its chart (not alone at the foot of a page).
    body: html`<div style="break-inside: avoid">
        <p>
          ${fill(t.selfAssessmentIntro, {
            date: fmt.date(assessment.assessedOn),
            points: fmt.number(score.overall.points, 0),
            max: fmt.number(score.overall.max, 0),
            percent: fmt.percent(score.overall.percent / 100),
          })}
        </p>
        ${chart}
      </div>
      ${table}
      <h3>${fill(t.improvementAreas, threshold)}</h3>
      ${score.improvementAreas.length ? items(score.improvementAreas) : html`<p>${fill(t.noImprovementAreas, threshold)}</p>`}
      ${compared}
      <p class="meta">${t.selfAssessmentNote}</p>`,
    sources: [SELF_ASSESSMENT_METHOD],
  };
};
