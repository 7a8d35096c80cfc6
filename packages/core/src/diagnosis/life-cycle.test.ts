import { describe, expect, it } from 'vitest';
import { lifeCycleStages, type LifeCycleStage } from '../domain/vocabularies';
import { lifeCyclePhase, salmonTableColumn } from './life-cycle';

describe('lifeCyclePhase(stage)', () => {
  it('maps the general cycle onto the three stages of IDB Table 20, decline and renewal apart', () => {
    // Table 20's columns, each with the stages of the general cycle that fall in it.
    const table20: Record<string, string[]> = {
      initial_learning: ['emergence', 'initial_learning'],
      maturing: ['growth', 'maturing'],
      globalisation: ['maturity', 'globalisation'],
      renewal: ['decline', 'renewal'],
    };
    for (const [phase, stages] of Object.entries(table20))
      for (const stage of stages) expect(lifeCyclePhase(stage as LifeCycleStage), stage).toBe(phase);
    expect(Object.values(table20).flat().sort()).toEqual([...lifeCycleStages].sort());
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
