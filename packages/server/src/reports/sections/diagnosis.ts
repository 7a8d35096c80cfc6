/**
 * The cluster brief's diagnosis section: the latest assessment's item scores against the
 * sector group's averages (a chart and a table), the indices of collective efficiency and
 * the weakest items (docs/methods/diagnosis.md).
 */
import { externalEconomyItems, jointActionItems, upgradingTypes } from '@polos/core';
import { scoreChart } from '../charts';
import type { SectionRenderer } from '../document';
import { html } from '../html';
import type { ClusterBriefData } from '../cluster-data';
import { fill, termOf } from '../language';

const DIAGNOSIS_SOURCE =
  'Pietrobelli, C. & Rabellotti, R. (2004) Upgrading in Clusters and Value Chains in Latin America, IDB; polos docs/methods/diagnosis.md';

export const diagnosisSection: SectionRenderer<ClusterBriefData> = ({ latest }, t, fmt) => {
  if (!latest) return null;
  const { diagnosis, groupAverages: avg } = latest;
  const rows = [
    ...externalEconomyItems.map((k) => ({
      key: k,
      score: diagnosis.items[k],
      reference: avg[`externalEconomies.${k}`] ?? null,
    })),
    ...jointActionItems.map((k) => ({
      key: k,
      score: diagnosis.items[k],
      reference: avg[`jointAction.${k}`] ?? null,
    })),
    ...upgradingTypes.map((k) => ({
      key: k,
      score: diagnosis.upgrading.scores[k],
      reference: avg[`upgrading.${k}`] ?? null,
    })),
  ];
  const chart = scoreChart(
    rows.map((r) => ({ label: t.items[r.key], score: r.score, reference: r.reference })),
    { max: 3, title: t.scoresChart, scoreLabel: t.score, referenceLabel: t.groupAverage, unknown: t.noValue },
  );
  const ce = diagnosis.collectiveEfficiency;
  const indices = html`<h3>${t.indices}</h3>
    <table>
      <thead>
        <tr>
          <th></th>
          <th class="n">${t.score}</th>
          <th class="n">${t.groupAverage}</th>
        </tr>
      </thead>
      <tbody>
        ${(
          [
            ['eei', t.eei, ce.eei],
            ['jai', t.jai, ce.jai],
            ['ice', t.ice, ce.ice],
          ] as const
        ).map(
          ([key, label, value]) =>
            html`<tr>
              <td>${label}</td>
              <td class="n">${fmt.number(value, 2)}</td>
              <td class="n">${fmt.number(avg[key], 2)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p>${t.degree}: <strong>${ce.degree ? t.degrees[ce.degree] : t.noValue}</strong></p>`;
  const weakest = diagnosis.weakestItems.length
    ? html`<p>
        ${t.weakestItems}: ${diagnosis.weakestItems.map((k) => t.items[k]).join(', ')} (${t.score}:
        ${fmt.number(diagnosis.weakestScore, 1)}).
      </p>`
    : '';
  const method = latest.assessment.method;
  return {
    id: 'diagnosis',
    title: t.diagnosis,
    body: html`<p>
        ${fill(t.assessedOn, {
          date: fmt.date(latest.assessment.assessedOn),
          method: `${termOf(t, method)}, ${latest.assessment.assessor}`,
        })}
        ${fill(t.groupCompared, { n: latest.groupSize })}
      </p>
      ${chart}${indices}${weakest}`,
    sources: [DIAGNOSIS_SOURCE, ...(latest.assessment.source ? [latest.assessment.source] : [])],
  };
};
