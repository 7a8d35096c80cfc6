/**
 * Organisation rows ↔ records: the columns of `organisations` (migrations 001 and 008),
 * the values an insert writes, the columns a patch writes, and the directory filters of
 * `GET /api/organisations` (decision 076).
 */
import { sql, type RawBuilder, type Selectable } from 'kysely';
import type {
  Organisation,
  OrganisationInputParsed,
  OrganisationListQuery,
  OrganisationPatch,
  PublicationStatus,
} from '@polos/core';
import type { OrganisationsTable } from '../database';
import { foldedWords, iso, json, parseJson, type PatchColumns } from './sql-values';

let writes = 0;

/** How many organisation writes this process has finished (caches compare it; decision 076). */
export const organisationWrites = (): number => writes;

/** Runs a write of organisations and counts it once it has finished (committed or not). */
export async function organisationWrite<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    writes++;
  }
}

export type OrganisationRow = Omit<Selectable<OrganisationsTable>, 'search'>;

type Parsed = OrganisationInputParsed & { id: string; publicationStatus: PublicationStatus };

export function toOrganisation(r: OrganisationRow): Organisation {
  return {
    id: r.id,
    clusterId: r.cluster_id ?? null,
    name: r.name,
    acronym: r.acronym ?? null,
    country: r.country,
    legalForm: (r.legal_form as Organisation['legalForm']) ?? null,
    founded: r.founded ?? null,
    staffFte: r.staff_fte ?? null,
    governanceBodies: r.governance_bodies ?? [],
    structureType: (r.structure_type as Organisation['structureType']) ?? null,
    website: r.website ?? null,
    email: r.email ?? null,
    isPublic: r.is_public,
    source: r.source ?? null,
    kind: (r.kind as Organisation['kind']) ?? null,
    region: r.region ?? null,
    nuts2: r.nuts2 ?? null,
    sectorDescription: r.sector_description ?? null,
    sectorGroup: (r.sector_group as Organisation['sectorGroup']) ?? null,
    naceDivisions: r.nace_divisions ?? [],
    wiodSectors: r.wiod_sectors ?? [],
    technologies: r.technologies ?? [],
    valueChainPositions: (r.value_chain_positions ?? []) as Organisation['valueChainPositions'],
    smartSpecialisationPriorities: r.smart_specialisation_priorities ?? [],
    targetMarkets: r.target_markets ?? [],
    languages: r.languages ?? [],
    labels: (parseJson(r.labels) ?? []) as Organisation['labels'],
    members: (parseJson(r.members) ?? []) as Organisation['members'],
    lookingForPartners: r.looking_for_partners,
    recognisedByProgramme: r.recognised_by_programme ?? null,
    visibleActivity: r.visible_activity ?? null,
    newlyFounded: r.newly_founded,
    publicationStatus: r.publication_status as PublicationStatus,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** The values of one insert (text[] columns are sent as arrays, jsonb ones as JSON text). */
export function organisationValues(o: Parsed, datasetId: string | null = null) {
  return {
    id: o.id,
    cluster_id: o.clusterId ?? null,
    name: o.name,
    acronym: o.acronym ?? null,
    country: o.country,
    legal_form: o.legalForm ?? null,
    founded: o.founded ?? null,
    staff_fte: o.staffFte ?? null,
    governance_bodies: json(o.governanceBodies),
    structure_type: o.structureType ?? null,
    website: o.website ?? null,
    email: o.email ?? null,
    is_public: o.isPublic,
    source: o.source ?? null,
    kind: o.kind ?? null,
    region: o.region ?? null,
    nuts2: o.nuts2 ?? null,
    sector_description: o.sectorDescription ?? null,
    sector_group: o.sectorGroup ?? null,
    nace_divisions: o.naceDivisions,
    wiod_sectors: o.wiodSectors,
    technologies: o.technologies,
    value_chain_positions: o.valueChainPositions,
    smart_specialisation_priorities: o.smartSpecialisationPriorities,
    target_markets: o.targetMarkets,
    languages: o.languages,
    labels: json(o.labels),
    members: json(o.members),
    looking_for_partners: o.lookingForPartners,
    recognised_by_programme: o.recognisedByProgramme ?? null,
    visible_activity: o.visibleActivity ?? null,
    publication_status: o.publicationStatus,
    newly_founded: o.newlyFounded,
    dataset_id: datasetId,
  };
}

export const organisationPatchColumns: PatchColumns<OrganisationPatch> = [
  ['clusterId', 'cluster_id'],
  ['name', 'name'],
  ['acronym', 'acronym'],
  ['country', 'country'],
  ['legalForm', 'legal_form'],
  ['founded', 'founded'],
  ['staffFte', 'staff_fte'],
  ['governanceBodies', 'governance_bodies'],
  ['structureType', 'structure_type'],
  ['website', 'website'],
  ['email', 'email'],
  ['isPublic', 'is_public'],
  ['source', 'source'],
  ['kind', 'kind'],
  ['region', 'region'],
  ['nuts2', 'nuts2'],
  ['sectorDescription', 'sector_description'],
  ['sectorGroup', 'sector_group'],
  ['naceDivisions', 'nace_divisions'],
  ['wiodSectors', 'wiod_sectors'],
  ['technologies', 'technologies'],
  ['valueChainPositions', 'value_chain_positions'],
  ['smartSpecialisationPriorities', 'smart_specialisation_priorities'],
  ['targetMarkets', 'target_markets'],
  ['languages', 'languages'],
  ['labels', 'labels'],
  ['members', 'members'],
  ['lookingForPartners', 'looking_for_partners'],
  ['recognisedByProgramme', 'recognised_by_programme'],
  ['visibleActivity', 'visible_activity'],
  ['newlyFounded', 'newly_founded'],
];

/** A patch whose jsonb fields are cast (setClause sends the others as plain parameters). */
export function patchWithJson(patch: OrganisationPatch): Record<string, unknown> {
  const out: Record<string, unknown> = { ...patch };
  if (patch.labels !== undefined) out.labels = json(patch.labels);
  if (patch.members !== undefined) out.members = json(patch.members);
  return out;
}

/**
 * The `q` condition: every word matches, as a prefix of a folded word (`simple`) or of a
 * stem in English, Spanish or Portuguese; the `search` column holds the four.
 */
function searchCondition(q: string): RawBuilder<unknown> | undefined {
  const ws = foldedWords(q);
  if (ws.length === 0) return undefined;
  const each = ws.map((w) => {
    const p = `${w}:*`;
    return sql`o.search @@ (to_tsquery('simple', ${p}) || to_tsquery('english', ${p}) || to_tsquery('spanish', ${p}) || to_tsquery('portuguese', ${p}))`;
  });
  return sql`(${sql.join(each, sql` and `)})`;
}

/** The conditions of a directory query (`o` = organisations, `c` = its cluster). */
export function directoryConditions(
  query: OrganisationListQuery,
  options: { includePrivate: boolean },
): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [sql`true`];
  if (!options.includePrivate) where.push(sql`o.is_public and o.publication_status = 'published'`);
  if (query.country) where.push(sql`o.country = ${query.country}`);
  if (query.cluster_id) {
    where.push(sql`o.cluster_id = ${query.cluster_id}`);
    // Asking for the organisations of a private cluster tells nothing about it.
    if (!options.includePrivate) where.push(sql`c.is_public`);
  }
  if (query.region)
    where.push(sql`(lower(o.region) = lower(${query.region}) or o.nuts2 = upper(${query.region}))`);
  if (query.sector) where.push(sql`${query.sector} = any(o.nace_divisions)`);
  if (query.technology)
    where.push(
      sql`exists (select 1 from unnest(o.technologies) t where lower(t) = lower(${query.technology}))`,
    );
  if (query.label) where.push(sql`o.labels @> ${JSON.stringify([{ level: query.label }])}::jsonb`);
  if (query.language) where.push(sql`${query.language} = any(o.languages)`);
  if (query.kind) where.push(sql`o.kind = ${query.kind}`);
  if (query.lookingForPartners !== undefined)
    where.push(sql`o.looking_for_partners = ${query.lookingForPartners}`);
  const search = query.q ? searchCondition(query.q) : undefined;
  if (search) where.push(search);
  return where;
}
