import { describe, expect, it } from 'vitest';
import { lifeCycleStages } from '../domain/vocabularies';
import { lifeCyclePhase, salmonTableColumn } from './life-cycle';

describe('lifeCyclePhase(stage)', () => {
  it('maps the general cycle onto the three stages of IDB Table 20, decline and renewal apart', () => {
    expect(Object.fromEntries(lifeCycleStages.map((s) => [s, lifeCyclePhase(s)]))).toEqual({
      emergence: 'initial_learning',
      initial_learning: 'initial_learning',
      growth: 'maturing',
      maturing: 'maturing',
      maturity: 'globalisation',
      globalisation: 'globalisation',
      decline: 'renewal',
      renewal: 'renewal',
    });
  });
  it('is undefined for an unknown stage', () => {
    expect(lifeCyclePhase(null)).toBeUndefined();
    expect(lifeCyclePhase(undefined)).toBeUndefined();
  });
});

describe('salmonTableColumn(stage)', () => {
  it('names the Table 20 column, and none for decline or renewal', () => {
    expect(salmonTableColumn('emergence')).toBe('initial_learning');
    expect(salmonTableColumn('maturity')).toBe('globalisation');
    expect(salmonTableColumn('decline')).toBeUndefined();
  });
});
