/**
 * Parsers for data/eu-lac-collaboration/cluster_organisations.csv (104 organisations named
 * in the EU-LAC report) and organisation_sectors.csv (polos's curated NACE and WIOD codes
 * per organisation, each with its basis). Pure: they take parsed rows.
 */
import { z } from 'zod';
import { slugSchema, yearSchema } from '../domain/common';
import { type CsvRow, duplicateIdErrors, parseRows, type RowsResult } from './csv-rows';
import { naceDivisionSchema, wiodSectorSchema } from './profile';
import { collaborationOrganisationKindSchema } from './vocabularies';

/** The CSV's country: ISO alpha-2, or `EU` for EU-level bodies (upper case, two letters). */
const seedCountrySchema = z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code or "EU"');

/** The IDB sector groups plus the two the EU-LAC dataset adds (`services`, `other`). */
export const seedSectorGroups = [
  'traditional_manufacturing',
  'natural_resource_based',
  'complex_product_systems',
  'specialized_suppliers',
  'services',
  'other',
] as const;

export const collaborationOrganisationSchema = z
  .object({
    id: slugSchema,
    name: z.string().trim().min(2).max(300),
    acronym: z.string().max(60).nullable(),
    kind: collaborationOrganisationKindSchema,
    countries: z
      .array(seedCountrySchema)
      .describe('Several for a cross-border cluster; empty if not stated.'),
    region: z.string().max(300).nullable(),
    nuts2: z
      .string()
      .regex(/^[A-Z]{2}[0-9A-Z]{2}$/, 'use a NUTS 2 code, e.g. "ES21"')
      .nullable(),
    sectorAsPrinted: z.string().max(300).nullable(),
    sectorGroup: z.enum(seedSectorGroups).nullable(),
    membersCount: z.number().int().min(0).nullable(),
    membersAsPrinted: z.string().max(100).nullable(),
    founded: yearSchema.nullable(),
    notes: z.string().max(5000).nullable(),
    source: z.string().max(5000).nullable(),
  })
  .meta({ id: 'CollaborationOrganisation' });
export type CollaborationOrganisation = z.infer<typeof collaborationOrganisationSchema>;

const organisationColumns: Record<string, string> = {
  countries: 'country',
  sectorAsPrinted: 'sector',
  sectorGroup: 'sector_group',
  membersCount: 'members_count',
  membersAsPrinted: 'members_count',
  founded: 'founded_year',
  source: 'source_ref',
};

export function parseOrganisationRows(rows: readonly CsvRow[]): RowsResult<CollaborationOrganisation> {
  const result = parseRows(
    rows,
    collaborationOrganisationSchema,
    (r) => {
      const members = r.text('members_count');
      return {
        id: r.text('id'),
        name: r.text('name'),
        acronym: r.text('acronym'),
        kind: r.text('kind'),
        countries: r.list('country'),
        region: r.text('region'),
        nuts2: r.text('nuts2'),
        sectorAsPrinted: r.text('sector'),
        sectorGroup: r.text('sector_group'),
        // "almost 600" is kept as printed and gives no number.
        membersCount: members !== null && /^\d+$/.test(members) ? Number(members) : null,
        membersAsPrinted: members,
        founded: r.integer('founded_year'),
        notes: r.text('notes'),
        source: r.text('source_ref'),
      };
    },
    (f) => organisationColumns[f] ?? f,
  );
  return withDuplicates(result, (o) => o.id, 'id');
}

export const organisationSectorsSchema = z
  .object({
    organisationId: slugSchema,
    naceDivisions: z.array(naceDivisionSchema),
    wiodSectors: z.array(wiodSectorSchema),
    basis: z.string().trim().min(10, 'say why the codes were chosen (at least 10 characters)').max(1000),
  })
  .meta({ id: 'OrganisationSectors' });
export type OrganisationSectors = z.infer<typeof organisationSectorsSchema>;

const sectorColumns: Record<string, string> = {
  organisationId: 'organisation_id',
  naceDivisions: 'nace_r2_divisions',
  wiodSectors: 'wiod_sectors',
};

/**
 * Parse organisation_sectors.csv. With `divisionToWiod` (NACE division → WIOD sector, from
 * wiod_sectors.csv) each row's WIOD codes must be exactly those of its NACE divisions.
 */
export function parseOrganisationSectorRows(
  rows: readonly CsvRow[],
  divisionToWiod?: ReadonlyMap<string, string>,
): RowsResult<OrganisationSectors> {
  const result = parseRows(
    rows,
    organisationSectorsSchema,
    (r) => {
      const nace = r.list('nace_r2_divisions');
      const wiod = r.list('wiod_sectors');
      if (divisionToWiod) {
        const expected = [...new Set(nace.map((d) => divisionToWiod.get(d) ?? `?${d}`))];
        const unknown = nace.filter((d) => !divisionToWiod.has(d));
        if (unknown.length > 0) r.fail('nace_r2_divisions', `unknown NACE division ${unknown.join(', ')}`);
        else if (expected.slice().sort().join(';') !== wiod.slice().sort().join(';')) {
          r.fail(
            'wiod_sectors',
            `expected ${expected.join(';') || '(empty)'} for ${nace.join(';') || 'no division'}`,
          );
        }
      }
      return {
        organisationId: r.text('organisation_id'),
        naceDivisions: nace,
        wiodSectors: wiod,
        basis: r.text('basis'),
      };
    },
    (f) => sectorColumns[f] ?? f,
  );
  return withDuplicates(result, (o) => o.organisationId, 'organisation_id');
}

function withDuplicates<T>(result: RowsResult<T>, idOf: (t: T) => string, field: string): RowsResult<T> {
  if (!result.ok) return result;
  const errors = duplicateIdErrors(result.items.map(idOf), field);
  return errors.length > 0 ? { ok: false, errors } : result;
}
