/**
 * Collective efficiency of a cluster (Schmitz 1995), measured as in the IDB study
 * (Pietrobelli & Rabellotti 2004, ch. 3 and Annex 1; DOMAIN.md §3):
 *
 *   EEI = a + b + c + d   over the external-economies items (0–12)
 *   JAI = a + b + c + d   over the joint-action items (0–12)
 *   ICE = 0.5·EEI + 0.5·JAI
 *   degree: High if ICE ≥ 9.5, Low if ICE ≤ 5, Medium otherwise.
 *
 * Items are scored 0–3 (halves allowed); `null` is unknown. Unknown items are handled
 * either as the study does (`zero`: they count as 0) or by rescaling the answered items
 * to the full scale (`rescale`: sum × 4 / answered). The count of unknown items is
 * always reported.
 */
import {
  externalEconomyItems,
  jointActionItems,
  type ExternalEconomyItem,
  type JointActionItem,
  type Scores,
} from '../domain/assessment';
import type { collectiveEfficiencyDegrees } from '../domain/vocabulary-lists';

export type UnknownPolicy = 'zero' | 'rescale';
export type CollectiveEfficiencyDegree = (typeof collectiveEfficiencyDegrees)[number];

/** Thresholds of the IDB study on the 0–12 ICE scale. */
export const HIGH_ICE = 9.5;
export const LOW_ICE = 5;

export interface IndexValue {
  /** The index; `undefined` only when every item is unknown under `rescale`. */
  value: number | undefined;
  answered: number;
  unknown: number;
}

/**
 * Sum of item scores under an unknown-item policy.
 * @example sumOfItems([3, 1, null, 2], 'zero')    // { value: 6, answered: 3, unknown: 1 }
 * @example sumOfItems([3, 1, null, 2], 'rescale') // { value: 8, answered: 3, unknown: 1 }
 */
export function sumOfItems(
  items: ReadonlyArray<number | null | undefined>,
  unknown: UnknownPolicy = 'zero',
): IndexValue {
  let sum = 0;
  let answered = 0;
  for (const item of items) {
    if (item == null) continue;
    if (!(item >= 0 && item <= 3)) throw new Error(`invalid item score ${item}: scores are between 0 and 3`);
    sum += item;
    answered++;
  }
  const missing = items.length - answered;
  if (unknown === 'zero') return { value: sum, answered, unknown: missing };
  return { value: answered ? (sum * items.length) / answered : undefined, answered, unknown: missing };
}

export function externalEconomiesIndex(
  items: Readonly<Record<ExternalEconomyItem, number | null>>,
  unknown: UnknownPolicy = 'zero',
): IndexValue {
  return sumOfItems(
    externalEconomyItems.map((k) => items[k]),
    unknown,
  );
}

export function jointActionIndex(
  items: Readonly<Record<JointActionItem, number | null>>,
  unknown: UnknownPolicy = 'zero',
): IndexValue {
  return sumOfItems(
    jointActionItems.map((k) => items[k]),
    unknown,
  );
}

/**
 * Degree of collective efficiency. ICE is a sum of halves and quarters in practice, so
 * it is rounded to 1e-9 before the comparison: floating-point noise (9.499999999…) must
 * not move a cluster across a threshold.
 * @example collectiveEfficiencyDegree(9.5) // 'high'
 * @example collectiveEfficiencyDegree(5)   // 'low'
 */
export function collectiveEfficiencyDegree(ice: number): CollectiveEfficiencyDegree {
  const x = Math.round(ice * 1e9) / 1e9;
  if (x >= HIGH_ICE) return 'high';
  if (x <= LOW_ICE) return 'low';
  return 'medium';
}

export interface CollectiveEfficiency {
  eei: number | undefined;
  jai: number | undefined;
  ice: number | undefined;
  degree: CollectiveEfficiencyDegree | undefined;
  /** Unknown items among the eight (external economies + joint action). */
  unknownItems: number;
  unknownPolicy: UnknownPolicy;
}

/**
 * @example
 * collectiveEfficiency(scores) // { eei: 6.5, jai: 6, ice: 6.25, degree: 'medium', unknownItems: 0, unknownPolicy: 'zero' }
 */
export function collectiveEfficiency(
  scores: Pick<Scores, 'externalEconomies' | 'jointAction'>,
  options: { unknown?: UnknownPolicy } = {},
): CollectiveEfficiency {
  const unknown = options.unknown ?? 'zero';
  const ee = externalEconomiesIndex(scores.externalEconomies, unknown);
  const ja = jointActionIndex(scores.jointAction, unknown);
  const ice = ee.value !== undefined && ja.value !== undefined ? 0.5 * ee.value + 0.5 * ja.value : undefined;
  return {
    eei: ee.value,
    jai: ja.value,
    ice,
    degree: ice === undefined ? undefined : collectiveEfficiencyDegree(ice),
    unknownItems: ee.unknown + ja.unknown,
    unknownPolicy: unknown,
  };
}
