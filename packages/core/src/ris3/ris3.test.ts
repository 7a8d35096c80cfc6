import { describe, expect, it } from 'vitest';
import {
  candidates,
  checkPriority,
  monitorIndicator,
  quadrant,
  shownThresholds,
  thresholds,
  type Ris3Space,
} from './index';

/**
 * A hand-made space: 2 regions × 4 industries. Region A (row 0): densities 0.1, 0.6, 0.4, 0.2
 * (median 0.3); the dataset's PCIs 1.5, −0.5, 0.5, −1.5 (median 0).
 */
const space: Ris3Space = {
  regions: ['A', 'B'],
  industries: ['i1', 'i2', 'i3', 'i4'],
  lq: Float64Array.from([2, 0.5, 1, 0.2, 0.3, 1.8, 0.9, 3]),
  present: Uint8Array.from([1, 0, 1, 0, 0, 1, 0, 1]),
  density: Float64Array.from([0.1, 0.6, 0.4, 0.2, 0.5, 0.1, NaN, 0.3]),
  pci: Float64Array.from([1.5, -0.5, 0.5, -1.5]),
  strong: Uint8Array.from([1, 0, 1, 0, 0, 1, 0, 1]),
  stars: Uint8Array.from([2, 0, 1, 0, 0, 1, 0, 3]),
};

describe('RIS3 checks (Balland et al. 2019 quadrants, median split)', () => {
  it('the quadrants are the paper’s: relatedness × complexity', () => {
    expect(quadrant(true, true)).toBe('ideal');
    expect(quadrant(true, false)).toBe('low_risk_low_reward');
    expect(quadrant(false, true)).toBe('high_risk_high_reward');
    expect(quadrant(false, false)).toBe('least_desirable');
  });

  it('the thresholds are the region’s median density and the dataset’s median PCI', () => {
    expect(thresholds(space, 0)).toEqual({ densityMedian: 0.30000000000000004, pciMedian: 0 });
    // Region B: the NaN density is left out: median of 0.1, 0.3, 0.5.
    expect(thresholds(space, 1).densityMedian).toBe(0.3);
    expect(shownThresholds(space, 0)).toEqual({ densityMedian: 0.3, pciMedian: 0 });
  });

  it('each code is checked: specialised at LQ ≥ 1, related above the median density, complex above the median PCI', () => {
    const check = checkPriority(space, 0, ['i1', 'i2', 'i3', 'i4']);
    expect(check.codes).toEqual([
      {
        code: 'i1',
        status: 'checked',
        lq: 2,
        specialised: true,
        density: 0.1,
        densityPercentile: 12.5,
        related: false,
        pci: 1.5,
        complex: true,
        strong: true,
        stars: 2,
        quadrant: 'high_risk_high_reward',
      },
      {
        code: 'i2',
        status: 'checked',
        lq: 0.5,
        specialised: false,
        density: 0.6,
        densityPercentile: 87.5,
        related: true,
        pci: -0.5,
        complex: false,
        strong: false,
        stars: 0,
        quadrant: 'low_risk_low_reward',
      },
      {
        code: 'i3',
        status: 'checked',
        lq: 1,
        specialised: true,
        density: 0.4,
        densityPercentile: 62.5,
        related: true,
        pci: 0.5,
        complex: true,
        strong: true,
        stars: 1,
        quadrant: 'ideal',
      },
      {
        code: 'i4',
        status: 'checked',
        lq: 0.2,
        specialised: false,
        density: 0.2,
        densityPercentile: 37.5,
        related: false,
        pci: -1.5,
        complex: false,
        strong: false,
        stars: 0,
        quadrant: 'least_desirable',
      },
    ]);
  });

  it('the priority’s verdict places the mean density and mean PCI of its codes', () => {
    // i1 and i3: mean density 0.25 (≤ 0.3: low), mean PCI 1 (> 0: high).
    expect(checkPriority(space, 0, ['i1', 'i3'])).toMatchObject({
      density: 0.25,
      pci: 1,
      verdict: 'high_risk_high_reward',
    });
  });

  it('a code not in the dataset says so with the dataset’s level, and the others still count', () => {
    const check = checkPriority(space, 0, ['i2', 'C28']);
    expect(check.codes[1]).toEqual({
      code: 'C28',
      status: 'not-in-dataset',
      level: 'codes of 2 characters, e.g. i1',
    });
    expect(check.verdict).toBe('low_risk_low_reward');
    expect(checkPriority(space, 0, ['C28']).verdict).toBeNull();
  });

  it('an industry without a density has no percentile and no quadrant', () => {
    expect(checkPriority(space, 1, ['i3']).codes[0]).toMatchObject({
      density: null,
      densityPercentile: null,
      related: false,
      quadrant: null,
    });
  });

  it('candidates: the strong clusters by LQ, and the opportunities ranked by z(density) + z(PCI)', () => {
    expect(candidates(space, 0)).toEqual({
      strong: [
        { code: 'i1', lq: 2, stars: 2 },
        { code: 'i3', lq: 1, stars: 1 },
      ],
      // Absent: i2 (0.6, −0.5) and i4 (0.2, −1.5): z = ±1 on each axis.
      opportunities: [
        { code: 'i2', density: 0.6, pci: -0.5, score: 2 },
        { code: 'i4', density: 0.2, pci: -1.5, score: -2 },
      ],
    });
    expect(candidates(space, 1, 1).strong).toEqual([{ code: 'i4', lq: 3, stars: 3 }]);
  });
});

describe('RIS3 indicator monitoring (the plans’ status bands)', () => {
  const base = {
    id: 'x',
    name: 'Jobs',
    unit: 'jobs',
    baseline: { year: 2020, value: 100 },
    target: { year: 2024, value: 200 },
  };
  it('progress against the pro-rated target: 40 of 50 planned by 2022 is at risk', () => {
    expect(monitorIndicator({ ...base, values: [{ year: 2022, value: 140 }] })).toMatchObject({
      direction: 'higher_is_better',
      period: '2022',
      actual: 140,
      target: 150,
      targetProRated: true,
      progress: 0.8,
      status: 'at_risk',
      trend: null,
    });
  });
  it('the latest year decides, with the trend from the year before', () => {
    expect(
      monitorIndicator({
        ...base,
        values: [
          { year: 2023, value: 180 },
          { year: 2022, value: 140 },
        ],
      }),
    ).toMatchObject({
      period: '2023',
      target: 175,
      status: 'on_track',
      trend: 'improving',
    });
  });
  it('a target below the baseline means lower is better', () => {
    const m = monitorIndicator({
      ...base,
      baseline: { year: 2020, value: 10 },
      target: { year: 2025, value: 5 },
      values: [{ year: 2025, value: 9 }],
    });
    expect(m).toMatchObject({
      direction: 'lower_is_better',
      progress: 0.2,
      status: 'off_track',
      targetProRated: false,
    });
  });
  it('no values: no data', () => {
    expect(monitorIndicator({ ...base, values: [] }).status).toBe('no_data');
  });
});
