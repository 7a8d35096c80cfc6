/**
 * Value-chain governance of the chains a cluster serves (Humphrey & Schmitz 2002, as
 * used by the IDB study, Tables 4, 8 and 12): market, network, quasi-hierarchy,
 * hierarchy. The study codes each type per cluster: 0 absent, 1 domestic chain,
 * 2 global chain, 3 domestic and global chains.
 *
 * For users of the five-type typology of Gereffi, Humphrey & Sturgeon (2005, "The
 * governance of global value chains", Review of International Political Economy 12(1)):
 * market → market; network → relational; quasi-hierarchy → captive (the lead firm sets
 * product and process and monitors suppliers; GHS 2005 note that quasi-hierarchy also
 * covers some modular links, so the map is a default, not an identity); hierarchy →
 * hierarchy. When the assessor states the five-type governance of a chain
 * (`gvcGovernance`) and it is compatible, the stated type is used instead.
 */
import type { GovernanceObservation } from '../domain/assessment';
import type { GovernanceType, GvcGovernanceType } from '../domain/vocabularies';

export type ChainScope = 'domestic' | 'global';

/** IDB code → the scopes of the chains served. */
export function decodeGovernanceCode(code: 0 | 1 | 2 | 3 | null): ChainScope[] | undefined {
  switch (code) {
    case null:
      return undefined;
    case 0:
      return [];
    case 1:
      return ['domestic'];
    case 2:
      return ['global'];
    case 3:
      return ['domestic', 'global'];
  }
}

const toGvc: Record<GovernanceType, GvcGovernanceType> = {
  market: 'market',
  network: 'relational',
  quasi_hierarchy: 'captive',
  hierarchy: 'hierarchy',
};

/**
 * The five-type governances compatible with each Humphrey–Schmitz type. GHS 2005 (pp. 83–84)
 * split "network" into modular, relational and captive; quasi-hierarchy is closest to captive
 * but some lead-firm chains are modular (turn-key suppliers) or relational. A stated type
 * outside this list is refused with a warning and the default is used.
 */
export const compatibleGvcGovernance: Record<GovernanceType, readonly GvcGovernanceType[]> = {
  market: ['market'],
  network: ['relational', 'modular'],
  quasi_hierarchy: ['captive', 'modular', 'relational'],
  hierarchy: ['hierarchy'],
};

/**
 * Map from the four IDB/Humphrey–Schmitz types to the five GHS 2005 types: the stated type
 * when it is compatible, else the default (quasi-hierarchy → captive, network → relational).
 * @example toFiveTypeGovernance('quasi_hierarchy')            // 'captive'
 * @example toFiveTypeGovernance('quasi_hierarchy', 'modular') // 'modular'
 */
export function toFiveTypeGovernance(
  type: GovernanceType,
  stated?: GvcGovernanceType | null,
): GvcGovernanceType {
  return stated && compatibleGvcGovernance[type].includes(stated) ? stated : toGvc[type];
}

export interface ChainServed {
  governance: GovernanceType;
  gvcGovernance: GvcGovernanceType;
  /** `stated` when the assessor gave the five-type governance, `default` when the map was used. */
  gvcBasis: 'stated' | 'default';
  scope: ChainScope;
  shareOfOutput: number | undefined;
  description: string | undefined;
}

export interface GovernanceSummary {
  chains: ChainServed[];
  /** Governance types with no information (code unknown). */
  unknown: GovernanceType[];
  /**
   * The dominant governance: the type with the largest share of output when shares are
   * given (`basis: 'share'`); else the only type present (`'only_type'`); else undefined
   * (`'undetermined'`: several types and no shares, as in the IDB tables).
   */
  dominant: GovernanceType | undefined;
  dominantBasis: 'share' | 'only_type' | 'undetermined';
  /** Share of output by governance type, when shares are given. */
  shareByType: Partial<Record<GovernanceType, number>>;
  servesQuasiHierarchicalGlobalChain: boolean;
  /** Not errors: an incompatible stated five-type governance, shares summing above 1. */
  warnings: string[];
}

/**
 * @example summariseGovernance([{ governanceType: 'quasi_hierarchy', code: 2 }]).servesQuasiHierarchicalGlobalChain // true
 */
export function summariseGovernance(observations: readonly GovernanceObservation[]): GovernanceSummary {
  const chains: ChainServed[] = [];
  const unknown: GovernanceType[] = [];
  const warnings: string[] = [];
  const shareByType: Partial<Record<GovernanceType, number>> = {};
  for (const o of observations) {
    const scopes = decodeGovernanceCode(o.code);
    if (scopes === undefined) {
      unknown.push(o.governanceType);
      continue;
    }
    const stated = o.gvcGovernance ?? undefined;
    if (stated && !compatibleGvcGovernance[o.governanceType].includes(stated)) {
      warnings.push(
        `governance ${o.governanceType}: stated five-type governance "${stated}" is not compatible (use ${compatibleGvcGovernance[o.governanceType].join(' or ')}); the default "${toGvc[o.governanceType]}" is used`,
      );
    }
    const gvcGovernance = toFiveTypeGovernance(o.governanceType, stated);
    if (scopes.length && o.shareOfOutput != null)
      shareByType[o.governanceType] = (shareByType[o.governanceType] ?? 0) + o.shareOfOutput;
    for (const scope of scopes) {
      chains.push({
        governance: o.governanceType,
        gvcGovernance,
        gvcBasis: stated && gvcGovernance === stated ? 'stated' : 'default',
        scope,
        shareOfOutput: o.shareOfOutput ?? undefined,
        description: o.description ?? undefined,
      });
    }
  }
  const totalShare = Object.values(shareByType).reduce((a, b) => a + b, 0);
  if (totalShare > 1 + 1e-9)
    warnings.push(`shares of output sum to ${Number(totalShare.toFixed(6))}, above 1`);

  let dominant: GovernanceType | undefined;
  let dominantBasis: GovernanceSummary['dominantBasis'] = 'undetermined';
  const shared = Object.entries(shareByType) as Array<[GovernanceType, number]>;
  if (shared.length) {
    shared.sort((a, b) => b[1] - a[1]);
    // A tie for the largest share leaves the dominant type undetermined.
    if (shared.length === 1 || shared[0]![1] > shared[1]![1]) {
      dominant = shared[0]![0];
      dominantBasis = 'share';
    }
  } else {
    const present = [...new Set(chains.map((c) => c.governance))];
    if (present.length === 1) {
      dominant = present[0];
      dominantBasis = 'only_type';
    }
  }
  return {
    chains,
    unknown,
    dominant,
    dominantBasis,
    shareByType,
    servesQuasiHierarchicalGlobalChain: chains.some(
      (c) => c.governance === 'quasi_hierarchy' && c.scope === 'global',
    ),
    warnings,
  };
}
