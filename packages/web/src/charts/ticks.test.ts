import { describe, expect, it } from 'vitest';
import { yearChartAxes, yearChartDescription } from './year-chart';
import {
  countTicks,
  fractionDigits,
  leftMargin,
  numberTicks,
  yearLabel,
  yearTicks,
  zeroBasedTicks,
} from './ticks';

const ticksIn = (lang: string, ticks: number[]) => ticks.map((v, i) => numberTicks(lang)(v, i, ticks));

describe('chart ticks in the page language', () => {
  it('writes thousands with the language’s grouping sign: 12,000 in English, 12.000 in Spanish and Portuguese', () => {
    expect(ticksIn('en', [0, 6000, 12000])).toEqual(['0', '6,000', '12,000']);
    expect(ticksIn('es', [0, 6000, 12000])).toEqual(['0', '6.000', '12.000']);
    expect(ticksIn('pt', [0, 6000, 12000])).toEqual(['0', '6.000', '12.000']);
  });

  it('writes decimals with the language’s decimal sign and the same number of decimals on every tick', () => {
    expect(ticksIn('en', [0, 0.5, 1])).toEqual(['0.0', '0.5', '1.0']);
    expect(ticksIn('es', [0, 0.5, 1])).toEqual(['0,0', '0,5', '1,0']);
    expect(ticksIn('pt', [0, 0.25, 0.5])).toEqual(['0,00', '0,25', '0,50']);
  });

  it('chooses the fewest decimals that write each tick exactly', () => {
    expect(fractionDigits([0, 2, 4])).toBe(0);
    expect(fractionDigits([0, 0.5, 1])).toBe(1);
    expect(fractionDigits([0.1, 0.2, 0.30000000000000004])).toBe(1);
    expect(fractionDigits([0, 0.05, 0.1])).toBe(2);
  });
});

describe('an axis of years', () => {
  it('has one tick per year, each year once (never "2021 2021 2021 2022")', () => {
    expect(yearTicks([2012, 2008, 2015, 2009])).toEqual([2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015]);
    expect(yearTicks([2021, 2022])).toEqual([2021, 2022]);
    expect(yearTicks([2021])).toEqual([2021]);
    expect(yearTicks([]).length).toBe(0);
  });

  it('thins to round years when the span is long, never repeating one', () => {
    const ticks = yearTicks([1995, 2002, 2017], 5);
    expect(ticks).toEqual([1995, 2000, 2005, 2010, 2015]);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks.every(Number.isInteger)).toBe(true);
  });

  it('writes years without a grouping sign in any language', () => {
    expect(yearLabel(2021)).toBe('2021');
    expect(yearLabel(new Date(Date.UTC(2004, 0, 1)))).toBe('2004');
  });
});

describe('the left margin of a chart', () => {
  it('fits the longest tick label, so 12,000 is not clipped to 2,000', () => {
    // Plot's default 40 px holds about four digits; "12,000" needs more.
    expect(leftMargin(['0', '6,000', '12,000'])).toBeGreaterThanOrEqual(6 * 6 + 12);
    expect(leftMargin(['0', '6,000', '12,000'])).toBeGreaterThan(40);
    expect(leftMargin(['0', '1'])).toBe(40);
    expect(leftMargin(['1,000,000'])).toBeGreaterThan(leftMargin(['12,000']));
  });

  it('knows the axis ticks before drawing: zero-based, d3 steps, the last at or above the maximum', () => {
    expect(zeroBasedTicks(13844, 5)).toEqual([0, 2000, 4000, 6000, 8000, 10000, 12000, 14000]);
    expect(zeroBasedTicks(189, 4)).toEqual([0, 50, 100, 150, 200]);
    expect(zeroBasedTicks(0)).toEqual([0, 1]);
  });
});

describe('the key figures chart by year', () => {
  // Basque Country (NUTS 2 ES21), NACE C29: persons employed and local units, Eurostat SBS.
  const jobs = [
    { year: 2008, value: 13844 },
    { year: 2009, value: 12390 },
    { year: 2012, value: 12081 },
    { year: 2015, value: 11700 },
  ];
  const firms = [
    { year: 2008, value: 158 },
    { year: 2009, value: 174 },
    { year: 2012, value: 141 },
    { year: 2015, value: 109 },
  ];

  it('gives jobs and firms each their own scale (firms are not a flat line on the jobs axis)', () => {
    expect(yearChartAxes(jobs, 'en').y.at(-1)).toBe(14000);
    expect(yearChartAxes(firms, 'en').y.at(-1)).toBe(200);
  });

  it('labels the jobs axis in the page language with a margin that fits "12.000"', () => {
    const axes = yearChartAxes(jobs, 'es');
    expect(axes.yLabels).toContain('12.000');
    expect(axes.marginLeft).toBe(leftMargin(axes.yLabels));
    expect(axes.years).toEqual([2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015]);
  });

  it('describes its values in words for screen readers, in the page language', () => {
    expect(yearChartDescription('Empleos directos por año', jobs.slice(0, 2), 'es')).toBe(
      'Empleos directos por año: 2008, 13.844; 2009, 12.390',
    );
  });
});

describe('an axis of counts', () => {
  it('has whole-number ticks only, even for a count of 3', () => {
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(40)).toEqual([0, 10, 20, 30, 40]);
  });
});
