import { describe, expect, it } from 'vitest';
import { clean, filtersQuery, readFilters, setFilters } from './url-filters';

const spec = {
  q: clean.text,
  country: clean.country,
  sector: clean.nace,
  label: ['bronze', 'silver', 'gold'],
  lookingForPartners: ['true'],
} as const;

describe('filters in the URL', () => {
  it('reads each filter, cleaning free values and dropping values a list does not allow', () => {
    expect(
      readFilters(
        spec,
        '?q=aero+espacio&country=mx&sector=c30&label=platinum&lookingForPartners=true&page=3&x=1',
      ),
    ).toEqual({
      q: 'aero espacio',
      country: 'MX',
      sector: 'C30',
      label: '',
      lookingForPartners: 'true',
      page: 3,
    });
  });

  it('falls back to page 1 and empty filters for missing or bad values', () => {
    expect(readFilters(spec, '?country=Mexico&sector=30&page=-2')).toEqual({
      q: '',
      country: '',
      sector: '',
      label: '',
      lookingForPartners: '',
      page: 1,
    });
    expect(readFilters(spec, '?page=abc').page).toBe(1);
  });

  it('writes only the filters that are set, and the page after the first', () => {
    const values = { ...readFilters(spec, ''), q: 'café', label: 'gold' };
    expect(filtersQuery(spec, values)).toBe('?q=caf%C3%A9&label=gold');
    expect(filtersQuery(spec, { ...values, page: 2 })).toBe('?q=caf%C3%A9&label=gold&page=2');
    expect(filtersQuery(spec, readFilters(spec, ''))).toBe('');
  });

  it('round-trips: what is written reads back the same', () => {
    const values = readFilters(spec, '?q=m%C3%A1quinas&country=ES&sector=C28&label=silver&page=4');
    expect(readFilters(spec, filtersQuery(spec, values))).toEqual(values);
  });

  it('gives the API only the filters that are set, without the page', () => {
    const values = { ...readFilters(spec, '?country=br&page=5') };
    expect(setFilters(spec, values)).toEqual({ country: 'BR' });
  });
});
