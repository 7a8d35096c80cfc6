/**
 * Portfolio analysis over many clusters, as in the IDB study:
 * - averages by sector group of every item and index (its Tables 17–19);
 * - the average of each upgrading type by degree of collective efficiency within a group
 *   (its Tables 6, 10 and 14);
 * - correlations (Pearson and Spearman, with n) between ICE, EEI, JAI and each upgrading
 *   type within a group;
 * - the distribution of degrees.
 *
 * Unknown scores: by default as the study does (counted as 0, the cluster kept in the
 * denominator: `unknown: 'zero'`); with `unknown: 'skip'` an unknown score leaves the
 * cluster out of that item's average and of the correlations that need it. Indices are
 * always recomputed from the item scores, never copied from printed tables.
 */
import { collectiveEfficiencyDegrees } from '../domain/vocabulary-lists';
import {
  externalEconomyItems,
  jointActionItems,
  upgradingTypes,
  type Scores,
  type UpgradingType,
} from '../domain/assessment';
import { sectorGroups, type SectorGroup } from '../domain/vocabularies';
import { collectiveEfficiency, type CollectiveEfficiencyDegree } from './collective-efficiency';
import { mean, pearson, spearman } from './statistics';

export interface PortfolioCluster {
  clusterId: string;
  sectorGroup: SectorGroup;
  scores: Scores;
}

export interface Correlation {
  pearson: number | undefined;
  spearman: number | undefined;
  n: number;
}

export interface GroupAnalysis {
  sectorGroup: SectorGroup | 'all';
  n: number;
  /** Average of each item (`externalEconomies.marketAccess`, `upgrading.functional`, …) and index (`eei`, `jai`, `ice`). */
  averages: Record<string, number | undefined>;
  /** Average of each upgrading type among the clusters of each degree. */
  upgradingByDegree: Record<
    CollectiveEfficiencyDegree,
    { n: number } & Record<UpgradingType, number | undefined>
  >;
  /** `ice~process`, `eei~functional`, … */
  correlations: Record<string, Correlation>;
  degrees: Record<CollectiveEfficiencyDegree, number>;
}

export interface PortfolioOptions {
  unknown?: 'zero' | 'skip';
}

const degreesList: readonly CollectiveEfficiencyDegree[] = collectiveEfficiencyDegrees;

function itemValue(
  scores: Scores,
  group: keyof Scores,
  key: string,
  unknown: 'zero' | 'skip',
): number | undefined {
  const v = (scores[group] as Record<string, number | null>)[key];
  return v == null ? (unknown === 'zero' ? 0 : undefined) : v;
}

function analyse(
  label: SectorGroup | 'all',
  clusters: readonly PortfolioCluster[],
  unknown: 'zero' | 'skip',
): GroupAnalysis {
  const rows = clusters.map((c) => {
    // Under 'skip', an index with an unknown item is itself unknown; under 'zero' it follows the study.
    const ce = collectiveEfficiency(c.scores, { unknown: 'zero' });
    const complete = ce.unknownItems === 0;
    const idx = (v: number | undefined) => (unknown === 'skip' && !complete ? undefined : v);
    return { c, eei: idx(ce.eei), jai: idx(ce.jai), ice: idx(ce.ice), degree: ce.degree };
  });

  const averages: Record<string, number | undefined> = {};
  const groups: Array<[keyof Scores, readonly string[]]> = [
    ['externalEconomies', externalEconomyItems],
    ['jointAction', jointActionItems],
    ['upgrading', upgradingTypes],
  ];
  for (const [group, keys] of groups) {
    for (const key of keys) {
      const values = clusters
        .map((c) => itemValue(c.scores, group, key, unknown))
        .filter((v): v is number => v !== undefined);
      averages[`${group}.${key}`] = mean(values);
    }
  }
  for (const index of ['eei', 'jai', 'ice'] as const) {
    averages[index] = mean(rows.map((r) => r[index]).filter((v): v is number => v !== undefined));
  }

  const upgradingByDegree = {} as GroupAnalysis['upgradingByDegree'];
  const degrees = { high: 0, medium: 0, low: 0 } as Record<CollectiveEfficiencyDegree, number>;
  for (const degree of degreesList) {
    const inDegree = rows.filter((r) => r.degree === degree);
    degrees[degree] = inDegree.length;
    const entry = { n: inDegree.length } as { n: number } & Record<UpgradingType, number | undefined>;
    for (const t of upgradingTypes) {
      entry[t] = mean(
        inDegree
          .map((r) => itemValue(r.c.scores, 'upgrading', t, unknown))
          .filter((v): v is number => v !== undefined),
      );
    }
    upgradingByDegree[degree] = entry;
  }

  const correlations: Record<string, Correlation> = {};
  for (const index of ['ice', 'eei', 'jai'] as const) {
    for (const t of upgradingTypes) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const r of rows) {
        const x = r[index];
        const y = itemValue(r.c.scores, 'upgrading', t, unknown);
        if (x === undefined || y === undefined) continue;
        xs.push(x);
        ys.push(y);
      }
      correlations[`${index}~${t}`] = { pearson: pearson(xs, ys), spearman: spearman(xs, ys), n: xs.length };
    }
  }
  return { sectorGroup: label, n: clusters.length, averages, upgradingByDegree, correlations, degrees };
}

export interface Portfolio {
  unknown: 'zero' | 'skip';
  groups: GroupAnalysis[];
  all: GroupAnalysis;
}

/**
 * @example portfolio(clusters).groups.find((g) => g.sectorGroup === 'traditional_manufacturing')?.averages.ice
 */
export function portfolio(clusters: readonly PortfolioCluster[], options: PortfolioOptions = {}): Portfolio {
  const unknown = options.unknown ?? 'zero';
  return {
    unknown,
    groups: sectorGroups
      .map((g) => clusters.filter((c) => c.sectorGroup === g))
      .filter((list) => list.length > 0)
      .map((list) => analyse(list[0]!.sectorGroup, list, unknown)),
    all: analyse('all', clusters, unknown),
  };
}
