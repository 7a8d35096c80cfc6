/**
 * Survey mode: many respondents (firms of the cluster) score the same items; the
 * cluster's score for an item is the median of the answers (default) or their mean
 * (DOMAIN.md §3). Unknown answers are left out item by item; an item nobody answered
 * stays unknown. The number of answers behind each item is reported.
 */
import { externalEconomyItems, jointActionItems, upgradingTypes, type Scores } from '../domain/assessment';
import { mean, median } from './statistics';

export type Aggregation = 'median' | 'mean';

export interface AggregatedScores {
  scores: Scores;
  /** Answers behind each item, keyed `externalEconomies.marketAccess` etc. */
  answers: Record<string, number>;
  respondents: number;
}

function aggregateGroup<K extends string>(
  group: keyof Scores,
  keys: readonly K[],
  respondents: readonly Scores[],
  how: Aggregation,
  answers: Record<string, number>,
): Record<K, number | null> {
  const out = {} as Record<K, number | null>;
  for (const key of keys) {
    const values: number[] = [];
    for (const r of respondents) {
      const v = (r[group] as Record<string, number | null>)[key];
      if (v != null) values.push(v);
    }
    answers[`${group}.${key}`] = values.length;
    out[key] = (how === 'median' ? median(values) : mean(values)) ?? null;
  }
  return out;
}

/**
 * @example aggregateRespondents([{…marketAccess: 1…}, {…: 3…}, {…: null…}], 'median') // marketAccess 2, answers 2
 */
export function aggregateRespondents(
  respondents: readonly Scores[],
  how: Aggregation = 'median',
): AggregatedScores {
  if (!respondents.length) throw new Error('aggregateRespondents: a survey needs at least one respondent');
  const answers: Record<string, number> = {};
  return {
    scores: {
      externalEconomies: aggregateGroup('externalEconomies', externalEconomyItems, respondents, how, answers),
      jointAction: aggregateGroup('jointAction', jointActionItems, respondents, how, answers),
      upgrading: aggregateGroup('upgrading', upgradingTypes, respondents, how, answers),
    },
    answers,
    respondents: respondents.length,
  };
}
