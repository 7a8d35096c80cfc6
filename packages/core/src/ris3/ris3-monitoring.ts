/**
 * The monitoring of a RIS3 priority's indicators (EU-LAC report §4.3, monitoring phase;
 * decision 091): each indicator's progress against its target, with the plans' status bands
 * and trend (core management/plans.ts, `indicatorStatus`: on track from 90 % of the
 * improvement planned by that year, at risk from 60 %; the target is pro-rated linearly
 * between the baseline and the target year). The direction is read from the target: a
 * target above the baseline means higher is better, below it lower is better (equal: hold
 * the level, higher counted as not worse).
 */
import { indicatorStatus, type IndicatorAssessment } from '../management/plans';
import type { Ris3Indicator } from './ris3-schemas';

export interface Ris3IndicatorMonitoring extends IndicatorAssessment {
  direction: 'higher_is_better' | 'lower_is_better';
}

export function monitorIndicator(indicator: Ris3Indicator): Ris3IndicatorMonitoring {
  const direction =
    indicator.target.value >= indicator.baseline.value ? 'higher_is_better' : 'lower_is_better';
  const years = new Set([indicator.target.year, ...indicator.values.map((v) => v.year)]);
  const values = [...years]
    .sort((a, b) => a - b)
    .map((year) => ({
      period: String(year),
      target: year === indicator.target.year ? indicator.target.value : null,
      actual: indicator.values.find((v) => v.year === year)?.value ?? null,
    }));
  return {
    direction,
    ...indicatorStatus({
      direction,
      baseline: indicator.baseline.value,
      baselineYear: indicator.baseline.year,
      values,
    }),
  };
}
