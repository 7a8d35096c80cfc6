import { describe, expect, it } from 'vitest';
import type { Scores } from '../domain/assessment';
import { collectiveEfficiency, collectiveEfficiencyDegree, sumOfItems } from './collective-efficiency';

const scores = (ee: Array<number | null>, ja: Array<number | null>): Scores => ({
  externalEconomies: {
    specialisedLabourMarket: ee[0]!,
    availabilityOfInputs: ee[1]!,
    easyAccessToInformation: ee[2]!,
    marketAccess: ee[3]!,
  },
  jointAction: {
    backwardVerticalLinkages: ja[0]!,
    forwardVerticalLinkages: ja[1]!,
    horizontalBilateralLinkages: ja[2]!,
    horizontalMultilateralLinkages: ja[3]!,
  },
  upgrading: { process: null, product: null, functional: null, intersectoral: null },
});

describe('collectiveEfficiency(scores) on clusters of the IDB study, checked by hand', () => {
  it('Medellín textile (Annex 1 Tables 1–2): EEI 2+2+1+1.5 = 6.5, JAI 1+2+1+2 = 6, ICE 6.25, medium', () => {
    expect(collectiveEfficiency(scores([2, 2, 1, 1.5], [1, 2, 1, 2]))).toEqual({
      eei: 6.5,
      jai: 6,
      ice: 6.25,
      degree: 'medium',
      unknownItems: 0,
      unknownPolicy: 'zero',
    });
  });

  it('Sinos Valley footwear: EEI 3+3+3+3 = 12, JAI 2+2+2+2 = 8, ICE 10, high', () => {
    const ce = collectiveEfficiency(scores([3, 3, 3, 3], [2, 2, 2, 2]));
    expect([ce.eei, ce.jai, ce.ice, ce.degree]).toEqual([12, 8, 10, 'high']);
  });

  it('Bucaramanga garment, item c unknown: study convention EEI 3+1+0+2 = 6, ICE 5.5; rescaled EEI 6·4/3 = 8, ICE 6.5', () => {
    const s = scores([3, 1, null, 2], [1, 2, 1, 1]);
    expect(collectiveEfficiency(s)).toMatchObject({
      eei: 6,
      jai: 5,
      ice: 5.5,
      degree: 'medium',
      unknownItems: 1,
    });
    expect(collectiveEfficiency(s, { unknown: 'rescale' })).toMatchObject({
      eei: 8,
      jai: 5,
      ice: 6.5,
      degree: 'medium',
      unknownItems: 1,
      unknownPolicy: 'rescale',
    });
  });

  it('Jalisco electronics (Annex 1 Tables 5–6) keeps the off-grid 0.88: EEI 3+1+2+0 = 6, JAI 1+0+1.5+0.88 = 3.38, ICE (6+3.38)/2 = 4.69, low', () => {
    const ce = collectiveEfficiency(scores([3, 1, 2, 0], [1, 0, 1.5, 0.88]));
    expect(ce.jai).toBeCloseTo(3.38, 12);
    expect(ce.ice).toBeCloseTo(4.69, 12);
    expect(ce.degree).toBe('low');
  });

  it('all items unknown: zero gives 0 (low); rescale gives no index', () => {
    const s = scores([null, null, null, null], [null, null, null, null]);
    expect(collectiveEfficiency(s)).toMatchObject({ ice: 0, degree: 'low', unknownItems: 8 });
    expect(collectiveEfficiency(s, { unknown: 'rescale' })).toMatchObject({
      ice: undefined,
      degree: undefined,
      unknownItems: 8,
    });
  });
});

describe('collectiveEfficiencyDegree(ice) thresholds (High ≥ 9.5, Low ≤ 5)', () => {
  it('puts the boundaries where the study does: Valle del Cauca sugar 9.5 is high, Chipilo furniture 5 is low', () => {
    expect(collectiveEfficiencyDegree(9.5)).toBe('high');
    expect(collectiveEfficiencyDegree(9.49)).toBe('medium');
    expect(collectiveEfficiencyDegree(5)).toBe('low');
    expect(collectiveEfficiencyDegree(5.01)).toBe('medium');
  });

  it('is not moved across a threshold by floating-point noise', () => {
    expect(collectiveEfficiencyDegree(0.1 * 3 + 9.2 - 1e-15)).toBe('high');
    expect(collectiveEfficiencyDegree(5 + 1e-12)).toBe('low');
  });
});

describe('sumOfItems(items)', () => {
  it('rejects a score outside 0–3, naming it', () => {
    expect(() => sumOfItems([4, 1, 1, 1])).toThrow('invalid item score 4');
  });
});
