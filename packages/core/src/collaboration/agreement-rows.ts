/**
 * Parsers for data/eu-lac-collaboration/cooperation_agreements.csv and
 * cooperation_programmes.csv (PROVENANCE.md §3.2–3.3 gives the columns). Pure: they take
 * parsed rows; `knownOrganisationIds` (from cluster_organisations.csv) checks the parties.
 */
import { type CooperationAgreement, cooperationAgreementSchema } from './agreement';
import { type CsvRow, duplicateIdErrors, parseRows, type RowReader, type RowsResult } from './csv-rows';
import { type Programme, programmeSchema } from './programme';

const agreementColumns: Record<string, string> = {
  parties: 'party_a_id',
  sectorRelation: 'sector_relation',
  startYear: 'year',
  endYear: 'year',
  yearAsPrinted: 'year',
  statusAsReported: 'status_as_reported',
  source: 'source_ref',
};

/** `2012` → 2012–2012; `2010-14` → 2010–2014; `2000-2012` → 2000–2012. */
function yearRange(r: RowReader): { startYear: number | null; endYear: number | null } {
  const t = r.text('year');
  if (t === null) return { startYear: null, endYear: null };
  const m = /^(\d{4})(?:-(\d{2}|\d{4}))?$/.exec(t);
  if (!m) {
    r.fail('year', `"${t}" is not a year or a period such as 2010-14`);
    return { startYear: null, endYear: null };
  }
  const start = Number(m[1]);
  const end =
    m[2] === undefined
      ? start
      : m[2].length === 2
        ? Math.floor(start / 100) * 100 + Number(m[2])
        : Number(m[2]);
  return { startYear: start, endYear: end };
}

export function parseAgreementRows(
  rows: readonly CsvRow[],
  knownOrganisationIds?: ReadonlySet<string>,
): RowsResult<CooperationAgreement> {
  const result = parseRows(
    rows,
    cooperationAgreementSchema,
    (r) => {
      const parties: { organisationId: string | null; description: string | null }[] = [];
      for (const field of ['party_a_id', 'party_b_id', 'other_parties']) {
        for (const id of r.list(field)) {
          if (knownOrganisationIds && !knownOrganisationIds.has(id))
            r.fail(field, `unknown organisation "${id}"`);
          parties.push({ organisationId: id, description: null });
        }
      }
      for (const d of r.list('unnamed_parties')) parties.push({ organisationId: null, description: d });
      const sponsor = r.text('sponsors');
      const sponsorId = sponsor === null ? null : (/^[a-z0-9][a-z0-9_-]+(?=\s|$)/.exec(sponsor)?.[0] ?? null);
      const relation = r.text('sector_relation');
      const outcomes = r.text('outcomes');
      return {
        id: r.text('id'),
        parties,
        scope: r.text('scope'),
        // The CSV writes the adjective; polos's vocabulary uses the noun (issue 12).
        sectorRelation: relation === 'cross_sector_complementary' ? 'cross_sector_complementarity' : relation,
        instrument: r.text('instrument'),
        objectives: r.text('objectives'),
        areas: r.list('areas'),
        sponsors:
          sponsor === null
            ? []
            : [
                {
                  // An id only where the cell starts with a registered organisation's id.
                  organisationId:
                    sponsorId !== null && knownOrganisationIds?.has(sponsorId) ? sponsorId : null,
                  asPrinted: sponsor,
                },
              ],
        ...yearRange(r),
        yearAsPrinted: r.text('year'),
        signedOn: null,
        endsOn: null,
        // The register states the status only in words (status_as_reported); polos does not guess a code.
        status: null,
        statusAsReported: r.text('status_as_reported'),
        outcomes: outcomes === null ? [] : [{ date: null, year: null, description: outcomes }],
        source: r.text('source_ref'),
        notes: r.text('notes'),
      };
    },
    (f) => agreementColumns[f] ?? f,
  );
  if (!result.ok) return result;
  const errors = duplicateIdErrors(
    result.items.map((a) => a.id),
    'id',
  );
  return errors.length > 0 ? { ok: false, errors } : result;
}

const programmeColumns: Record<string, string> = {
  targets: 'target',
  countriesRegions: 'countries_regions',
  source: 'source_ref',
};

export function parseProgrammeRows(rows: readonly CsvRow[]): RowsResult<Programme> {
  const result = parseRows(
    rows,
    programmeSchema,
    (r) => ({
      id: r.text('id'),
      name: r.text('name'),
      acronym: r.text('acronym'),
      funder: r.text('funder'),
      period: r.text('period'),
      targets: r.list('target'),
      what: r.text('what'),
      countriesRegions: r.text('countries_regions'),
      level: r.text('level'),
      source: r.text('source_ref'),
      notes: r.text('notes'),
    }),
    (f) => programmeColumns[f] ?? f,
  );
  if (!result.ok) return result;
  const errors = duplicateIdErrors(
    result.items.map((p) => p.id),
    'id',
  );
  return errors.length > 0 ? { ok: false, errors } : result;
}
