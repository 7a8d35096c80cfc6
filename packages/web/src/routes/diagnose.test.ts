/**
 * The survey medians the diagnose form shows before saving are the ones the API stores:
 * the core's aggregateRespondents (median of the known answers per item), on 200 random
 * surveys with unknown and unanswered items. Idea and first version: branch web-diagnose.
 */
import {
  aggregateRespondents,
  externalEconomyItems,
  jointActionItems,
  upgradingTypes,
  type Scores,
} from '@polos/core';
import { describe, expect, it } from 'vitest';
import { GROUPS, medianSheet } from './diagnose';

type Sheet = Parameters<typeof medianSheet>[0][number];

describe('diagnose form: survey medians', () => {
  it('asks the core’s items', () => {
    expect(GROUPS.externalEconomies).toEqual(externalEconomyItems);
    expect(GROUPS.jointAction).toEqual(jointActionItems);
    expect(GROUPS.upgrading).toEqual(upgradingTypes);
  });

  it('agrees with aggregateRespondents on 200 random surveys', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // 0–3, unknown (null) and not answered (undefined)
    const levels = [0, 1, 2, 3, null, undefined];
    for (let run = 0; run < 200; run++) {
      const n = 1 + Math.floor(random() * 7);
      const sheets: Sheet[] = Array.from({ length: n }, () => {
        const sheet = { externalEconomies: {}, jointAction: {}, upgrading: {} } as Sheet;
        for (const group of Object.keys(GROUPS) as Array<keyof typeof GROUPS>)
          for (const item of GROUPS[group]) sheet[group][item] = levels[Math.floor(random() * levels.length)];
        return sheet;
      });
      const asScores = (s: Sheet): Scores =>
        Object.fromEntries(
          Object.entries(s).map(([g, items]) => [
            g,
            Object.fromEntries(Object.entries(items).map(([k, v]) => [k, v ?? null])),
          ]),
        ) as unknown as Scores;
      const core = aggregateRespondents(sheets.map(asScores), 'median');
      expect(medianSheet(sheets)).toEqual(core.scores);
    }
  });

  it('an item nobody could score stays unknown; two answers give their midpoint', () => {
    const sheet = (v: number | null): Sheet => ({
      externalEconomies: { marketAccess: v },
      jointAction: {},
      upgrading: {},
    });
    expect(medianSheet([sheet(null), sheet(null)]).externalEconomies.marketAccess).toBeNull();
    expect(medianSheet([sheet(1), sheet(2), sheet(null)]).externalEconomies.marketAccess).toBe(1.5);
  });
});
