import { describe, expect, it } from 'vitest';
import type { Scores } from '../domain/assessment';
import { aggregateRespondents } from './aggregate-respondents';

const respondent = (labour: number | null, market: number | null, functional: number | null): Scores => ({
  externalEconomies: {
    specialisedLabourMarket: labour,
    availabilityOfInputs: 2,
    easyAccessToInformation: null,
    marketAccess: market,
  },
  jointAction: {
    backwardVerticalLinkages: 1,
    forwardVerticalLinkages: 1,
    horizontalBilateralLinkages: 1,
    horizontalMultilateralLinkages: 1,
  },
  upgrading: { process: 2, product: 2, functional, intersectoral: 0 },
});

describe('aggregateRespondents(respondents)', () => {
  const survey = [respondent(3, 1, 0), respondent(2, 3, null), respondent(0, null, 1), respondent(3, 3, 1)];

  it('takes the median per item by default, leaving unknown answers out item by item', () => {
    const { scores, answers, respondents } = aggregateRespondents(survey);
    expect(respondents).toBe(4);
    // labour: 0, 2, 3, 3 → median (2 + 3) / 2 = 2.5
    expect(scores.externalEconomies.specialisedLabourMarket).toBe(2.5);
    // market: 1, 3, 3 (one unknown) → 3
    expect(scores.externalEconomies.marketAccess).toBe(3);
    expect(answers['externalEconomies.marketAccess']).toBe(3);
    // functional: 0, 1, 1 → 1
    expect(scores.upgrading.functional).toBe(1);
  });

  it('keeps an item nobody answered unknown', () => {
    const { scores, answers } = aggregateRespondents(survey);
    expect(scores.externalEconomies.easyAccessToInformation).toBeNull();
    expect(answers['externalEconomies.easyAccessToInformation']).toBe(0);
  });

  it('takes the mean when asked', () => {
    const { scores } = aggregateRespondents(survey, 'mean');
    expect(scores.externalEconomies.specialisedLabourMarket).toBe(2); // (3+2+0+3)/4
    expect(scores.externalEconomies.marketAccess).toBeCloseTo(7 / 3, 12);
  });

  it('refuses an empty survey', () => {
    expect(() => aggregateRespondents([])).toThrow('at least one respondent');
  });
});
