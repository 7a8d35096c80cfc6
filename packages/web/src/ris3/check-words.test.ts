import { describe, expect, it } from 'vitest';
import type { Ris3CodeCheck } from '../api/ris3';
import { checkLines, ordinalFor } from './check-words';

const format = (n: number) => n.toFixed(2);
const checked: Ris3CodeCheck = {
  code: '336112',
  status: 'checked',
  label: 'Light truck and utility vehicle manufacturing',
  lq: 1.4213,
  specialised: true,
  density: 0.3104,
  densityPercentile: 78.4,
  related: true,
  pci: 1.2,
  complex: true,
  strong: true,
  stars: 2,
  quadrant: 'ideal',
};

describe('a RIS3 check in words', () => {
  it('says each test with its figure: LQ, density and its percentile (rounded), PCI, strong, stars', () => {
    expect(checkLines(checked, format)).toEqual([
      { key: 'ris3.check.specialised', values: { lq: '1.42' } },
      { key: 'ris3.check.related', values: { density: '0.31', percentile: '78' } },
      { key: 'ris3.check.complex', values: { pci: '1.20' } },
      { key: 'ris3.check.strong' },
      { key: 'ris3.check.stars', values: { count: 2 } },
    ]);
  });

  it('says what fails, and what is not known, without strong or stars when there are none', () => {
    const weak = {
      ...checked,
      specialised: false,
      related: false,
      density: null,
      densityPercentile: null,
      pci: -0.5,
      complex: false,
      strong: false,
      stars: 0,
    };
    expect(checkLines(weak, format).map((l) => l.key)).toEqual([
      'ris3.check.notSpecialised',
      'ris3.check.noDensity',
      'ris3.check.notComplex',
    ]);
  });

  it('a code the dataset lacks says which codes it has', () => {
    expect(
      checkLines(
        { code: 'C28', status: 'not-in-dataset', level: 'codes of 6 characters, e.g. 113110' },
        format,
      ),
    ).toEqual([{ key: 'ris3.check.notInDataset', values: { level: 'codes of 6 characters, e.g. 113110' } }]);
  });

  it('the percentile is an English ordinal in English, a plain number in Spanish and Portuguese', () => {
    const en = ordinalFor('en');
    expect([1, 2, 3, 11, 12, 13, 22, 78, 100].map(en)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '11th',
      '12th',
      '13th',
      '22nd',
      '78th',
      '100th',
    ]);
    expect(ordinalFor('es')(78)).toBe('78');
    expect(checkLines(checked, format, en)[1]).toEqual({
      key: 'ris3.check.related',
      values: { density: '0.31', percentile: '78th' },
    });
  });
});
