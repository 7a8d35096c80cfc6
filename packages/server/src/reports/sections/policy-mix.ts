/**
 * The cluster brief's policy mix: the recommended actions of the advice pipeline (GET advice),
 * each with its objective, priority, the conditions that triggered it and its sources.
 */
import type { SectionRenderer } from '../document';
import { html } from '../html';
import type { ClusterBriefData } from '../cluster-data';
import { fill } from '../language';

type Citation = { title: string; authors: string[]; year: number; section: string; document: string };
export const citation = (s: Citation): string =>
  `${s.authors.join(', ')} (${s.year}) ${s.title}, ${s.section} [${s.document}]`;

export const policyMixSection: SectionRenderer<ClusterBriefData> = ({ advice }, t) => {
  if (!advice?.recommendations.length) return null;
  const cited: string[] = [];
  const cite = (s: Citation) => {
    const text = citation(s);
    if (!cited.includes(text)) cited.push(text);
    return cited.indexOf(text) + 1;
  };
  const items = advice.recommendations.map(
    (r) =>
      html`<div class="recommendation">
        <h3>${r.actionLabel}</h3>
        <p>${r.actionDescription}</p>
        <p>
          <strong>${t.objective}:</strong> ${r.objectiveLabel}.
          <strong>${t.priority}:</strong> ${t.priorities[r.priority]}.
        </p>
        <p><strong>${t.why}:</strong></p>
        <ul>
          ${r.triggers.map((tr) => html`<li>${tr.text}</li>`)}${r.rationale.map((x) => html`<li>${x}</li>`)}
        </ul>
        <p class="meta">${t.sources}: ${[...new Set(r.sources.map(cite))].map((n) => `[${n}]`).join(' ')}</p>
      </div>`,
  );
  const also = advice.alsoConsidered.length
    ? html`<h3>${t.alsoConsidered}</h3>
        <ul>
          ${advice.alsoConsidered.map((r) => html`<li>${r.actionLabel} (${t.priorities[r.priority]})</li>`)}
        </ul>`
    : '';
  const selectivity = cite(advice.selectivity.source);
  return {
    id: 'policy-mix',
    title: t.policyMix,
    body: html`<p>${fill(t.policyIntro, { n: advice.selectivity.maxRecommendations })} [${selectivity}]</p>
      ${items}${also}`,
    sources: cited,
  };
};
