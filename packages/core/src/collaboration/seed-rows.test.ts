import { describe, expect, it } from 'vitest';
import { readDataCsv } from '../../test/read-data-csv';
import { parseAgreementRows, parseProgrammeRows } from './agreement-rows';
import { parseOrganisationRows, parseOrganisationSectorRows } from './organisation-rows';

const organisationRow = {
  id: 'es-hegan',
  name: 'HEGAN Basque Country Aeronautics and Space Cluster Association',
  acronym: 'HEGAN',
  kind: 'cluster_organisation',
  country: 'ES',
  region: 'Basque Country',
  nuts2: 'ES21',
  sector: 'Aeronautics and Space',
  sector_group: 'complex_product_systems',
  members_count: '45',
  founded_year: '1997',
  notes: '',
  source_ref: '003 §5.2 fn15 L723',
};

const agreementRow = {
  id: 'agr-03',
  year: '',
  party_a_id: 'mx-aerocluster-queretaro',
  party_b_id: 'es-aragonian-aerospace-cluster',
  other_parties: '',
  unnamed_parties: '',
  scope: 'international',
  sector_relation: 'same_sector',
  instrument: 'other',
  objectives: '',
  areas: 'aerospace',
  sponsors: '',
  outcomes: '',
  status_as_reported: 'existing "collaborative links"',
  source_ref: '003 §7.3.2',
  notes: '',
};

const divisionToWiod = new Map(
  readDataCsv('wiod-2016-niot/wiod_sectors.csv').flatMap((s) =>
    s.nace_r2_divisions!.split(';').map((d) => [d, s.wiod_code!] as const),
  ),
);

describe('the shipped EU–LAC collaboration data', () => {
  const organisations = parseOrganisationRows(readDataCsv('eu-lac-collaboration/cluster_organisations.csv'));
  const sectors = parseOrganisationSectorRows(
    readDataCsv('eu-lac-collaboration/organisation_sectors.csv'),
    divisionToWiod,
  );

  it('parses without errors: 104 organisations, 24 agreements whose parties exist, 67 programmes', () => {
    expect(organisations.ok && organisations.items.length).toBe(104);
    const ids = new Set(organisations.ok ? organisations.items.map((o) => o.id) : []);
    const agreements = parseAgreementRows(
      readDataCsv('eu-lac-collaboration/cooperation_agreements.csv'),
      ids,
    );
    expect(agreements.ok ? agreements.items.length : agreements.errors).toBe(24);
    const programmes = parseProgrammeRows(readDataCsv('eu-lac-collaboration/cooperation_programmes.csv'));
    expect(programmes.ok ? programmes.items.length : programmes.errors).toBe(67);
  });

  it('gives every organisation one sector row whose WIOD codes are those of its NACE divisions', () => {
    expect(sectors.ok ? null : sectors.errors).toBeNull();
    const orgIds = organisations.ok ? organisations.items.map((o) => o.id) : [];
    const rows = sectors.ok ? sectors.items : [];
    expect(rows.map((s) => s.organisationId)).toEqual(orgIds);
    expect(rows.filter((s) => s.naceDivisions.length > 0)).toHaveLength(71);
    expect(rows.find((s) => s.organisationId === 'es-hegan')).toMatchObject({
      naceDivisions: ['C30'],
      wiodSectors: ['C30'],
    });
  });
});

describe('row parsers report the row and the CSV column of each error', () => {
  it('names the column of a bad vocabulary value, year and country', () => {
    const r = parseOrganisationRows([
      organisationRow,
      { ...organisationRow, id: 'es-x', kind: 'club' },
      { ...organisationRow, id: 'es-y', founded_year: '19x7', country: 'spain' },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, field: 'kind' }),
        expect.objectContaining({ row: 4, field: 'founded_year', message: '"19x7" is not a whole number' }),
        expect.objectContaining({ row: 4, field: 'country' }),
      ]),
    );
    expect(r.errors.every((e) => e.row !== 2)).toBe(true);
  });

  it('keeps a printed member count that is not a number as text', () => {
    const r = parseOrganisationRows([{ ...organisationRow, members_count: 'almost 600' }]);
    expect(r.ok && r.items[0]).toMatchObject({ membersCount: null, membersAsPrinted: 'almost 600' });
  });

  it('reports a repeated id on the second row', () => {
    const r = parseOrganisationRows([organisationRow, organisationRow]);
    expect(r.ok ? [] : r.errors).toEqual([{ row: 3, field: 'id', message: '"es-hegan" repeats row 2' }]);
  });

  it('reports a missing column by name', () => {
    const { nuts2: _drop, ...withoutNuts } = organisationRow;
    const r = parseOrganisationRows([withoutNuts]);
    expect(r.ok ? [] : r.errors).toContainEqual({ row: 2, field: 'nuts2', message: 'the column is missing' });
  });

  it('reports WIOD codes that do not match the NACE divisions, and unknown divisions', () => {
    const r = parseOrganisationSectorRows(
      [
        {
          organisation_id: 'a-1',
          nace_r2_divisions: 'C30',
          wiod_sectors: 'C29',
          basis: 'sector printed: aerospace',
        },
        {
          organisation_id: 'a-2',
          nace_r2_divisions: 'C99',
          wiod_sectors: '',
          basis: 'sector printed: nothing',
        },
      ],
      divisionToWiod,
    );
    expect(r.ok ? [] : r.errors).toEqual([
      { row: 2, field: 'wiod_sectors', message: 'expected C30 for C30' },
      { row: 3, field: 'nace_r2_divisions', message: 'unknown NACE division C99' },
    ]);
  });

  it('names an unknown party and a bad scope in an agreement row', () => {
    const known = new Set(['mx-aerocluster-queretaro']);
    const r = parseAgreementRows([{ ...agreementRow, scope: 'global' }], known);
    expect(r.ok ? [] : r.errors).toEqual(
      expect.arrayContaining([
        { row: 2, field: 'party_b_id', message: 'unknown organisation "es-aragonian-aerospace-cluster"' },
        expect.objectContaining({ row: 2, field: 'scope' }),
      ]),
    );
  });

  it('reads a period as start and end years and the CSV relation as polos’s vocabulary', () => {
    const r = parseAgreementRows([
      { ...agreementRow, year: '2010-14', sector_relation: 'cross_sector_complementary' },
      { ...agreementRow, id: 'agr-x', year: 'about 2010' },
    ]);
    expect(r.ok ? [] : r.errors).toEqual([
      { row: 3, field: 'year', message: '"about 2010" is not a year or a period such as 2010-14' },
    ]);
    const ok = parseAgreementRows([
      { ...agreementRow, year: '2010-14', sector_relation: 'cross_sector_complementary' },
    ]);
    expect(ok.ok && ok.items[0]).toMatchObject({
      startYear: 2010,
      endYear: 2014,
      yearAsPrinted: '2010-14',
      sectorRelation: 'cross_sector_complementarity',
      parties: [
        { organisationId: 'mx-aerocluster-queretaro', description: null },
        { organisationId: 'es-aragonian-aerospace-cluster', description: null },
      ],
    });
  });

  it('links a sponsor to an organisation only when its id is registered', () => {
    const known = new Set(['mx-aerocluster-queretaro', 'es-aragonian-aerospace-cluster', 'co-innpulsa']);
    const r = parseAgreementRows(
      [
        { ...agreementRow, sponsors: 'co-innpulsa (example of its inter-cluster work axis)' },
        { ...agreementRow, id: 'agr-y', sponsors: 'regional and national public institutions' },
      ],
      known,
    );
    expect(r.ok && r.items.map((a) => a.sponsors[0]?.organisationId)).toEqual(['co-innpulsa', null]);
  });
});
