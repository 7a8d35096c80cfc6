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
 * hierarchy.
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

/** Default map from the four IDB/Humphrey–Schmitz types to the five GHS 2005 types. */
export function toFiveTypeGovernance(type: GovernanceType): GvcGovernanceType {
  return toGvc[type];
}

export interface ChainServed {
  governance: GovernanceType;
  gvcGovernance: GvcGovernanceType;
  scope: ChainScope;
  shareOfOutput: number | undefined;
  description: string | undefined;
}

export interface GovernanceSummary {
  chains: ChainServed[];
  /** Governance types with no information (code unknown). */
  unknown: GovernanceType[];
  /** The type with the largest known share of output, when shares are given. */
  dominant: GovernanceType | undefined;
  servesQuasiHierarchicalGlobalChain: boolean;
}

/**
 * @example summariseGovernance([{ governanceType: 'quasi_hierarchy', code: 2 }]).servesQuasiHierarchicalGlobalChain // true
 */
export function summariseGovernance(observations: readonly GovernanceObservation[]): GovernanceSummary {
  const chains: ChainServed[] = [];
  const unknown: GovernanceType[] = [];
  for (const o of observations) {
    const scopes = decodeGovernanceCode(o.code);
    if (scopes === undefined) {
      unknown.push(o.governanceType);
      continue;
    }
    for (const scope of scopes) {
      chains.push({
        governance: o.governanceType,
        gvcGovernance: toFiveTypeGovernance(o.governanceType),
        scope,
        shareOfOutput: o.shareOfOutput ?? undefined,
        description: o.description ?? undefined,
      });
    }
  }
  let dominant: GovernanceType | undefined;
  let best = -1;
  for (const o of observations) {
    if (o.shareOfOutput != null && o.shareOfOutput > best && o.code !== 0) {
      best = o.shareOfOutput;
      dominant = o.governanceType;
    }
  }
  return {
    chains,
    unknown,
    dominant,
    servesQuasiHierarchicalGlobalChain: chains.some(
      (c) => c.governance === 'quasi_hierarchy' && c.scope === 'global',
    ),
  };
}
