import { describe, expect, it } from 'vitest';
import type { Organisation } from '../api/organisations';
import { profileForm, profilePatch, splitList } from './organisation-patch';

const org = {
  id: 'mx-aerocluster-queretaro',
  sectorDescription: 'Aerospace',
  technologies: ['composites'],
  languages: ['es'],
  targetMarkets: ['US'],
  website: null,
  founded: 2005,
  staffFte: null,
  lookingForPartners: false,
} as unknown as Organisation;

describe('the profile form and its PATCH', () => {
  it('splits comma lists, trims them and keeps each value once', () => {
    expect(splitList(' a, b ,, a;c\nd ')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList('es, EN', (v) => v.toLowerCase())).toEqual(['es', 'en']);
    expect(splitList('  ')).toEqual([]);
  });

  it('PATCH does not send the fields that were not changed', () => {
    expect(profilePatch(org, profileForm(org))).toEqual({});
  });

  it('sends what changed: lists normalised, empty text as null, numbers parsed', () => {
    const form = {
      ...profileForm(org),
      languages: 'es, EN',
      targetMarkets: 'us, es',
      sectorDescription: ' ',
      staffFte: '2,5',
      lookingForPartners: true,
    };
    expect(profilePatch(org, form)).toEqual({
      languages: ['es', 'en'],
      targetMarkets: ['US', 'ES'],
      sectorDescription: null,
      staffFte: 2.5,
      lookingForPartners: true,
    });
  });
});
