/**
 * A cluster's diagnosis from one assessment: collective efficiency (indices, degree,
 * weakest items), value-chain governance and upgrading (DOMAIN.md §3). Pipeline:
 *   1. indices EEI, JAI, ICE and degree (collective-efficiency.ts)
 *   2. weakest items among the eight collective-efficiency items
 *   3. governance of the chains served (governance.ts)
 *   4. upgrading scores and gaps (upgrading.ts)
 */
import {
  externalEconomyItems,
  jointActionItems,
  type ExternalEconomyItem,
  type GovernanceObservation,
  type JointActionItem,
  type Scores,
} from '../domain/assessment';
import type { LifeCycleStage, SectorGroup } from '../domain/vocabularies';
import { collectiveEfficiency, type CollectiveEfficiency, type UnknownPolicy } from './collective-efficiency';
import { summariseGovernance, type GovernanceSummary } from './governance';
import { summariseUpgrading, type UpgradingSummary } from './upgrading';

export type CollectiveEfficiencyItem = ExternalEconomyItem | JointActionItem;

export interface DiagnosisInput {
  clusterId: string;
  sectorGroup: SectorGroup;
  lifeCycleStage?: LifeCycleStage | null;
  scores: Scores;
  governance?: readonly GovernanceObservation[];
}

export interface Diagnosis {
  clusterId: string;
  sectorGroup: SectorGroup;
  lifeCycleStage: LifeCycleStage | undefined;
  collectiveEfficiency: CollectiveEfficiency;
  /** The eight collective-efficiency item scores (`null` = unknown). */
  items: Record<CollectiveEfficiencyItem, number | null>;
  /** The known collective-efficiency items with the lowest score (ties all listed). */
  weakestItems: CollectiveEfficiencyItem[];
  weakestScore: number | undefined;
  governance: GovernanceSummary;
  upgrading: UpgradingSummary;
}

export function weakestItems(scores: Pick<Scores, 'externalEconomies' | 'jointAction'>): {
  items: CollectiveEfficiencyItem[];
  score: number | undefined;
} {
  const all: Array<[CollectiveEfficiencyItem, number | null]> = [
    ...externalEconomyItems.map(
      (k) => [k, scores.externalEconomies[k]] as [CollectiveEfficiencyItem, number | null],
    ),
    ...jointActionItems.map((k) => [k, scores.jointAction[k]] as [CollectiveEfficiencyItem, number | null]),
  ];
  const known = all.filter((e): e is [CollectiveEfficiencyItem, number] => e[1] != null);
  if (!known.length) return { items: [], score: undefined };
  const min = Math.min(...known.map((e) => e[1]));
  return { items: known.filter((e) => e[1] === min).map((e) => e[0]), score: min };
}

/**
 * @example diagnose({ clusterId: 'tm_sinos_valley_footwear', sectorGroup: 'traditional_manufacturing', scores, governance })
 */
export function diagnose(input: DiagnosisInput, options: { unknown?: UnknownPolicy } = {}): Diagnosis {
  const weakest = weakestItems(input.scores);
  return {
    clusterId: input.clusterId,
    sectorGroup: input.sectorGroup,
    lifeCycleStage: input.lifeCycleStage ?? undefined,
    collectiveEfficiency: collectiveEfficiency(input.scores, options),
    items: { ...input.scores.externalEconomies, ...input.scores.jointAction },
    weakestItems: weakest.items,
    weakestScore: weakest.score,
    governance: summariseGovernance(input.governance ?? []),
    upgrading: summariseUpgrading(input.scores.upgrading),
  };
}
