import { describe, expect, it } from 'vitest';
import { collaborationLanguages } from '../vocabularies';
import { leaveOneOut } from './evaluate';
import { ioCoefficientTables } from './io-coefficients';
import { tinyTable } from './io-fixture';
import { bestIndices, buildMatchmaking } from './matchmaking';
import { defaultMatchWeights, type MatchProfile } from './model';

// The hand-computed table of io-coefficients.test.ts, as Mexico's and Spain's:
// a(S1,S2) = 0.20, a(S2,S1) = 0.12, a(S3,S3) = 0.40; normaliser (99th percentile) 0.40.
const io = ioCoefficientTables(
  ['MEX', 'ESP'].flatMap((country) => tinyTable.map((c) => ({ ...c, country }))),
  ['S1', 'S2', 'S3'],
  2014,
);

const profile = (
  id: string,
  country: string,
  nace: string[],
  wiod: string[],
  more: Partial<MatchProfile> = {},
) => ({
  id,
  name: `Org ${id}`,
  countries: [country],
  naceDivisions: nace,
  wiodSectors: wiod,
  sectorGroup: null,
  valueChainPositions: [],
  smartSpecialisationPriorities: [],
  targetMarkets: [],
  languages: [],
  ...more,
});

const profiles: MatchProfile[] = [
  profile('es-a', 'ES', ['C30'], ['S1'], { shortName: 'A' }),
  profile('mx-b', 'MX', ['C30'], ['S1']),
  profile('mx-c', 'MX', ['C24'], ['S2'], { shortName: 'C' }),
  profile('br-d', 'BR', ['C10'], ['S3']),
  profile('de-e', 'DE', [], []),
  profile('fr-f', 'FR', ['C30'], ['S1'], { languages: ['fr', 'es'] }),
];
const agreements = [
  { id: 'agr-1', organisationIds: ['es-a', 'fr-f'] },
  { id: 'agr-2', organisationIds: ['fr-f', 'mx-c'] },
];
const names: Record<string, string> = { MX: 'Mexico', ES: 'Spain' };
const mm = buildMatchmaking({ profiles, io, agreements, countryName: (c) => names[c] ?? c });

describe('explained matchmaking', () => {
  it('ranks best first, without the target, at most `limit`', () => {
    const all = mm.rank('es-a', { limit: 10 });
    expect(all.map((r) => r.organisation.id)).not.toContain('es-a');
    expect(all).toHaveLength(5);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
    expect(mm.rank('es-a', { limit: 2 }).map((r) => r.organisation.id)).toEqual(
      all.slice(0, 2).map((r) => r.organisation.id),
    );
  });

  it('returns only the organisations marked as candidates', () => {
    const candidates = new Uint8Array(profiles.length);
    candidates[mm.indexOf('mx-c')!] = 1;
    expect(mm.rank('es-a', { limit: 10, candidates }).map((r) => r.organisation.id)).toEqual(['mx-c']);
  });

  it('scores the weighted sum of the available components, weights re-normalised over them', () => {
    const c = mm.rank('es-a', { limit: 10 }).find((r) => r.organisation.id === 'mx-c')!;
    // Available: sector 0 (C30 vs C24), complementarity max(0.20, 0.12) / 0.40 = 0.5,
    // language 1 (Spanish, both assumed from the country), links 0.5 (both work with fr-f).
    // Weights 0.25, 0.25, 0.1, 0.1 over 0.7: score = (0 + 0.125 + 0.1 + 0.05) / 0.7.
    expect(c.components.map((x) => [x.key, x.score])).toEqual([
      ['sector_similarity', 0],
      ['complementarity', 0.5],
      ['language', 1],
      ['existing_links', 0.5],
    ]);
    expect(c.components.map((x) => x.weight)).toEqual([0.25 / 0.7, 0.25 / 0.7, 0.1 / 0.7, 0.1 / 0.7]);
    expect(c.score).toBeCloseTo(0.275 / 0.7, 12);
    expect(c.absent.map((x) => x.key)).toEqual(['value_chain', 'smart_specialisation', 'target_markets']);
    expect(c.components.reduce((s, x) => s + x.weight * x.score, 0)).toBeCloseTo(c.score, 12);
  });

  it('explains complementarity with the coefficient, its direction and its table', () => {
    const es = mm.rank('es-a', { limit: 10, lang: 'es' }).find((r) => r.organisation.id === 'mx-c')!;
    expect(es.components.find((x) => x.key === 'complementarity')!.explanation).toContain(
      'insumos por el 20,0 % del valor de su producción (WIOD 2014, Mexico); puntuación 0,50',
    );
    const c = mm.rank('es-a', { limit: 10, lang: 'en' }).find((r) => r.organisation.id === 'mx-c')!;
    expect(c.components.find((x) => x.key === 'complementarity')!.explanation).toBe(
      "C's sector, S2 (S2), buys inputs worth 20.0 % of its output from S1 (S1), the sector of A (WIOD 2014, Mexico); " +
        'score 0.50 = that share over 40.0 %, the 99th percentile of the table, capped at 1.',
    );
  });

  it('explains every component in English, Spanish and Portuguese', () => {
    const byLang = collaborationLanguages.map((lang) => mm.rank('es-a', { limit: 10, lang }));
    for (let k = 0; k < byLang[0]!.length; k++) {
      const [en, es, pt] = byLang.map((r) => r[k]!);
      en!.components.forEach((c, i) => {
        const texts = [c.explanation, es!.components[i]!.explanation, pt!.components[i]!.explanation];
        expect(texts.every((t) => t.length > 20)).toBe(true);
        expect(new Set(texts).size).toBe(3);
      });
      expect(en!.absent.every((a, i) => a.explanation !== es!.absent[i]!.explanation)).toBe(true);
    }
    const es = byLang[1]!.find((r) => r.organisation.id === 'br-d')!;
    expect(es.components.find((c) => c.key === 'language')!.explanation).toBe(
      'A (español, supuesto por su país) y Org br-d (portugués, supuesto por su país): el español y el portugués son parcialmente inteligibles entre sí.',
    );
  });

  it('scores Spanish with Portuguese 0.5 and a language in common 1', () => {
    const r = mm.rank('es-a', { limit: 10 });
    const lang = (id: string) =>
      r.find((x) => x.organisation.id === id)!.components.find((c) => c.key === 'language')!.score;
    expect([lang('br-d'), lang('fr-f'), lang('de-e')]).toEqual([0.5, 1, 0]);
  });

  it('counts a registered agreement as 1 and a shared partner as 0.5, and ignores a held-out agreement', () => {
    const links = (options = {}) =>
      Object.fromEntries(
        mm
          .rank('es-a', { limit: 10, ...options })
          .map((r) => [r.organisation.id, r.components.find((c) => c.key === 'existing_links')!.score]),
      );
    expect(links()).toMatchObject({ 'fr-f': 1, 'mx-c': 0.5, 'mx-b': 0 });
    expect(links({ ignoreAgreementIds: new Set(['agr-1']) })).toMatchObject({ 'fr-f': 0, 'mx-c': 0 });
    expect(links({ ignoreAgreementIds: new Set(['agr-2']) })).toMatchObject({ 'fr-f': 1, 'mx-c': 0 });
  });

  it('leaves out the sector components for an organisation without sectors and says so', () => {
    const e = mm.rank('es-a', { limit: 10 }).find((r) => r.organisation.id === 'de-e')!;
    expect(e.components.map((c) => c.key)).toEqual(['language', 'existing_links']);
    expect(e.absent[0]).toEqual({
      key: 'sector_similarity',
      explanation: 'Left out, weight shared among the others: A or Org de-e states no NACE sector.',
    });
  });

  it('scores value-chain neighbours 1, the same step 0.5, and names the target’s market', () => {
    const chain = buildMatchmaking({
      profiles: [
        profile('x-1', 'ES', [], [], { valueChainPositions: ['components'], targetMarkets: ['MX'] }),
        profile('x-2', 'MX', [], [], { valueChainPositions: ['assembly'] }),
        profile('x-3', 'PT', [], [], { valueChainPositions: ['components'] }),
      ],
      io: null,
      agreements: null,
    });
    const r = chain.rank('x-1', { limit: 2 });
    expect(r.map((x) => [x.organisation.id, x.components.map((c) => [c.key, c.score])])).toEqual([
      [
        'x-2',
        [
          ['value_chain', 1],
          ['target_markets', 1],
          ['language', 1],
        ],
      ],
      [
        'x-3',
        [
          ['value_chain', 0.5],
          ['target_markets', 0],
          ['language', 0.5],
        ],
      ],
    ]);
    expect(r[0]!.components[1]!.explanation).toBe('Org x-1 targets MX, the country of Org x-2.');
  });

  it('uses only the chosen components for a baseline', () => {
    const r = mm.rank('es-a', { limit: 10, onlyComponents: ['sector_similarity'] });
    expect(r.slice(0, 2).map((x) => [x.organisation.id, x.score])).toEqual([
      ['fr-f', 1],
      ['mx-b', 1],
    ]);
    expect(r[0]!.components.map((c) => c.key)).toEqual(['sector_similarity']);
  });

  it('refuses an unknown target and a negative weight', () => {
    expect(() => mm.rank('nobody')).toThrow('unknown organisation "nobody"');
    expect(() =>
      buildMatchmaking({ profiles, io, agreements, weights: { ...defaultMatchWeights, language: -1 } }),
    ).toThrow('weight language must be a finite number ≥ 0');
  });
});

describe('bestIndices', () => {
  it('returns the same order as a full sort, ties by the tie order', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const scores = Float64Array.from({ length: 300 }, () => Math.round(rand() * 20) / 20);
      scores[5] = -1;
      const expected = [...scores.keys()]
        .filter((i) => scores[i]! >= 0)
        .sort((a, b) => scores[b]! - scores[a]! || a - b)
        .slice(0, 25);
      expect(bestIndices(scores, 25, (a, b) => a - b)).toEqual(expected);
    }
  });
});

describe('leave-one-out evaluation', () => {
  it('counts ties at their expected rank, hit and reciprocal rank', () => {
    // For es-a on the same-sector baseline, fr-f and mx-b tie at 1: B = mx-b is rank 1 or 2.
    const e = leaveOneOut(mm, [{ agreementId: 'none', a: 'es-a', b: 'mx-b' }], 1, {
      onlyComponents: ['sector_similarity'],
    });
    expect(e.pairs[0]).toMatchObject({ above: 0, tied: 2, rank: 1.5, hit: 0.5 });
    expect(e.meanReciprocalRank).toBeCloseTo((1 + 1 / 2) / 2, 12);
  });

  it('removes the held-out agreement from the links before ranking', () => {
    const only = { onlyComponents: ['existing_links'] as const };
    const e = leaveOneOut(mm, [{ agreementId: 'agr-1', a: 'es-a', b: 'fr-f' }], 1, {
      onlyComponents: [...only.onlyComponents],
    });
    // Without agr-1, es-a has no link: all five candidates tie at 0.
    expect(e.pairs[0]).toMatchObject({ above: 0, tied: 5, rank: 3 });
  });
});
