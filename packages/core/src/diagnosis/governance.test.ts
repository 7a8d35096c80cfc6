import { describe, expect, it } from 'vitest';
import type { GovernanceObservation } from '../domain/assessment';
import { decodeGovernanceCode, summariseGovernance, toFiveTypeGovernance } from './governance';

// Sinos Valley footwear, IDB Table 4 (data/pietrobelli-rabellotti-clusters/governance.csv):
// market 3 (domestic and global), network 0, quasi-hierarchy 2 (global: US buyers), hierarchy 0.
const sinosValley: GovernanceObservation[] = [
  { governanceType: 'market', code: 3 },
  { governanceType: 'network', code: 0 },
  { governanceType: 'quasi_hierarchy', code: 2, description: 'Export chain led by US buyers' },
  { governanceType: 'hierarchy', code: 0 },
];

describe('decodeGovernanceCode(code)', () => {
  it('decodes the IDB code: 0 absent, 1 domestic, 2 global, 3 both, null unknown', () => {
    expect(decodeGovernanceCode(0)).toEqual([]);
    expect(decodeGovernanceCode(1)).toEqual(['domestic']);
    expect(decodeGovernanceCode(2)).toEqual(['global']);
    expect(decodeGovernanceCode(3)).toEqual(['domestic', 'global']);
    expect(decodeGovernanceCode(null)).toBeUndefined();
  });
});

describe('toFiveTypeGovernance(type, stated)', () => {
  it('maps by default market→market, network→relational, quasi-hierarchy→captive, hierarchy→hierarchy', () => {
    expect(toFiveTypeGovernance('market')).toBe('market');
    expect(toFiveTypeGovernance('network')).toBe('relational');
    expect(toFiveTypeGovernance('quasi_hierarchy')).toBe('captive');
    expect(toFiveTypeGovernance('hierarchy')).toBe('hierarchy');
  });
  it('uses a stated compatible type (quasi-hierarchy as modular or relational) and ignores an incompatible one', () => {
    expect(toFiveTypeGovernance('quasi_hierarchy', 'modular')).toBe('modular');
    expect(toFiveTypeGovernance('quasi_hierarchy', 'relational')).toBe('relational');
    expect(toFiveTypeGovernance('market', 'captive')).toBe('market');
  });
});

describe('summariseGovernance(observations)', () => {
  it('lists one chain per scope served (Sinos Valley: market domestic + global, quasi-hierarchy global)', () => {
    const s = summariseGovernance(sinosValley);
    expect(s.chains.map((c) => [c.governance, c.scope, c.gvcGovernance])).toEqual([
      ['market', 'domestic', 'market'],
      ['market', 'global', 'market'],
      ['quasi_hierarchy', 'global', 'captive'],
    ]);
    expect(s.servesQuasiHierarchicalGlobalChain).toBe(true);
    // Two types present and no shares: the dominant type cannot be told.
    expect(s.dominant).toBeUndefined();
    expect(s.dominantBasis).toBe('undetermined');
    expect(s.warnings).toEqual([]);
  });

  it('takes the dominant type from shares of output when they are given', () => {
    const s = summariseGovernance([
      { governanceType: 'market', code: 1, shareOfOutput: 0.3 },
      { governanceType: 'quasi_hierarchy', code: 2, shareOfOutput: 0.7 },
    ]);
    expect(s.dominant).toBe('quasi_hierarchy');
    expect(s.dominantBasis).toBe('share');
    expect(s.shareByType).toEqual({ market: 0.3, quasi_hierarchy: 0.7 });
  });

  it('leaves the dominant type undetermined on a tie of shares', () => {
    const s = summariseGovernance([
      { governanceType: 'market', code: 1, shareOfOutput: 0.5 },
      { governanceType: 'network', code: 1, shareOfOutput: 0.5 },
    ]);
    expect(s.dominant).toBeUndefined();
  });

  it('takes the only type present as dominant (Bucaramanga garments: market 2 only)', () => {
    const s = summariseGovernance([
      { governanceType: 'market', code: 2 },
      { governanceType: 'network', code: 0 },
      { governanceType: 'quasi_hierarchy', code: 0 },
      { governanceType: 'hierarchy', code: 0 },
    ]);
    expect(s.dominant).toBe('market');
    expect(s.dominantBasis).toBe('only_type');
    expect(s.servesQuasiHierarchicalGlobalChain).toBe(false);
  });

  it('keeps unknown codes apart and warns on an incompatible stated type or shares above 1', () => {
    const s = summariseGovernance([
      { governanceType: 'network', code: null },
      { governanceType: 'market', code: 1, shareOfOutput: 0.8, gvcGovernance: 'captive' },
      { governanceType: 'quasi_hierarchy', code: 2, shareOfOutput: 0.4, gvcGovernance: 'modular' },
    ]);
    expect(s.unknown).toEqual(['network']);
    expect(s.chains.map((c) => [c.gvcGovernance, c.gvcBasis])).toEqual([
      ['market', 'default'],
      ['modular', 'stated'],
    ]);
    expect(s.warnings).toHaveLength(2);
    expect(s.warnings[0]).toContain('"captive" is not compatible');
    expect(s.warnings[1]).toContain('shares of output sum to 1.2');
  });
});
