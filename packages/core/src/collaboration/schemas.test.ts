import { describe, expect, it } from 'vitest';
import { cooperationAgreementSchema } from './agreement';
import { parseAgreementRows } from './agreement-rows';
import { isPartnerSearchOpen, partnerSearchPostSchema } from './partner-search';
import { readDataCsv } from '../../test/read-data-csv';
import { collaborationProfileSchema, naceDivisionSchema, validLabels, wiodSectorSchema } from './profile';
import { isEligibleForCall, programmeCallSchema } from './programme';

const post = {
  id: 'ps-1',
  organisationId: 'es-hegan',
  direction: 'request',
  kind: 'supplier',
  title: 'Composite parts supplier',
  description: 'We look for a supplier of composite parts in Mexico.',
  sectors: ['C30'],
  countriesSought: ['MX'],
  language: 'en',
  publishedOn: '2026-11-01',
  expiresOn: '2027-02-01',
  status: 'open',
};

describe('collaboration schemas', () => {
  it('accept every WIOD sector code and NACE division of wiod_sectors.csv', () => {
    const rows = readDataCsv('wiod-2016-niot/wiod_sectors.csv');
    expect(rows).toHaveLength(56);
    const badWiod = rows.map((r) => r.wiod_code!).filter((c) => !wiodSectorSchema.safeParse(c).success);
    const badNace = rows
      .flatMap((r) => r.nace_r2_divisions!.split(';'))
      .filter((d) => !naceDivisionSchema.safeParse(d).success);
    expect([badWiod, badNace]).toEqual([[], []]);
  });

  it('refuse a partner-search post that expires before it is published, naming the field', () => {
    const r = partnerSearchPostSchema.safeParse({ ...post, expiresOn: '2026-10-01' });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['expiresOn', 'expiresOn is before publishedOn'],
    ]);
  });

  it('refuse a sector that is not a NACE division with its section letter', () => {
    const r = partnerSearchPostSchema.safeParse({ ...post, sectors: ['30'] });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(['sectors.0']);
  });

  it('treat an expired or matched post as closed on the given day', () => {
    const p = partnerSearchPostSchema.parse(post);
    expect(isPartnerSearchOpen(p, '2027-02-01')).toBe(true);
    expect(isPartnerSearchOpen(p, '2027-02-02')).toBe(false);
    expect(isPartnerSearchOpen({ ...p, status: 'matched' }, '2026-12-01')).toBe(false);
  });

  it('keep only the labels valid on the given day', () => {
    const labels = [
      { level: 'gold' as const, awardedOn: '2024-01-01', validUntil: '2026-01-01' },
      { level: 'silver' as const, awardedOn: '2025-06-01', validUntil: '2027-06-01' },
    ];
    expect(validLabels(labels, '2026-12-03').map((l) => l.level)).toEqual(['silver']);
  });

  it('refuse a profile with an unknown value-chain position and a negative staff', () => {
    const r = collaborationProfileSchema.safeParse({
      organisationId: 'es-hegan',
      legalForm: 'association',
      founded: 1997,
      staffFte: -1,
      members: [],
      naceDivisions: ['C30'],
      technologies: [],
      valueChainPositions: ['middle'],
      smartSpecialisationPriorities: [],
      targetMarkets: ['MX'],
      languages: ['es', 'eu'],
      labels: [],
      lookingForPartners: true,
      recognisedByProgramme: null,
      visibleActivity: null,
    });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'staffFte',
      'valueChainPositions.0',
    ]);
  });

  it('refuse an agreement whose end year is before its start, and a party with neither id nor description', () => {
    // The first seeded agreement (valid as it stands), given those two faults.
    const seeded = parseAgreementRows(readDataCsv('eu-lac-collaboration/cooperation_agreements.csv'));
    expect(seeded.ok).toBe(true);
    const r = cooperationAgreementSchema.safeParse({
      ...(seeded.ok ? seeded.items[0] : {}),
      parties: [{ organisationId: null, description: null }],
      startYear: 2015,
      endYear: 2012,
    });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['parties.0', 'a party needs an organisationId or a description'],
      ['endYear', 'endYear is before startYear'],
    ]);
  });

  it('restrict a call by eligible countries only when it lists some', () => {
    const call = programmeCallSchema.parse({
      id: 'call-1',
      programmeId: 'prg-al-invest-5',
      title: 'Cluster internationalisation',
      opensOn: null,
      deadline: '2027-03-01T17:00:00+01:00',
      eligibleCountries: ['MX', 'ES'],
      url: null,
    });
    expect([isEligibleForCall(call, 'MX'), isEligibleForCall(call, 'BR')]).toEqual([true, false]);
    expect(isEligibleForCall({ eligibleCountries: [] }, 'BR')).toBe(true);
  });
});
