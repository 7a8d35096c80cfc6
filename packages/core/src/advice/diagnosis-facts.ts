/**
 * The facts of a diagnosis that advice rules can test, flattened to names:
 * `sectorGroup`, `degree`, `ice`, `eei`, `jai`, `jaiBelowEei`, `item.<item>`,
 * `weakestItems`, `upgrading.<type>`, `upgradingGaps`, `governance.<type>.served`,
 * `governance.<type>.global`, `servesGlobalChain`, `governance.dominant`, `lifeCycleStage`,
 * `lifeCyclePhase` (life-cycle.ts).
 * An unknown fact is `null`: a condition on it never holds.
 */
import { externalEconomyItems, jointActionItems, upgradingTypes } from '../domain/assessment';
import { governanceTypes } from '../domain/vocabularies';
import type { Diagnosis } from '../diagnosis/diagnose';
import { lifeCyclePhase } from '../diagnosis/life-cycle';

export type FactValue = string | number | boolean | string[] | null;

export function diagnosisFacts(d: Diagnosis): Record<string, FactValue> {
  const ce = d.collectiveEfficiency;
  const facts: Record<string, FactValue> = {
    sectorGroup: d.sectorGroup,
    degree: ce.degree ?? null,
    ice: ce.ice ?? null,
    eei: ce.eei ?? null,
    jai: ce.jai ?? null,
    jaiBelowEei: ce.eei !== undefined && ce.jai !== undefined ? ce.jai < ce.eei : null,
    weakestItems: d.weakestItems,
    upgradingGaps: d.upgrading.gaps,
    servesGlobalChain: d.governance.chains.some((c) => c.scope === 'global'),
    'governance.dominant': d.governance.dominant ?? null,
    lifeCycleStage: d.lifeCycleStage ?? null,
    lifeCyclePhase: lifeCyclePhase(d.lifeCycleStage) ?? null,
  };
  for (const item of [...externalEconomyItems, ...jointActionItems])
    facts[`item.${item}`] = d.items[item] ?? null;
  for (const t of upgradingTypes) facts[`upgrading.${t}`] = d.upgrading.scores[t];
  for (const g of governanceTypes) {
    const known = !d.governance.unknown.includes(g);
    facts[`governance.${g}.served`] = known ? d.governance.chains.some((c) => c.governance === g) : null;
    facts[`governance.${g}.global`] = known
      ? d.governance.chains.some((c) => c.governance === g && c.scope === 'global')
      : null;
  }
  return facts;
}
