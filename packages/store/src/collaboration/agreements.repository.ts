/**
 * Cooperation agreements (issue 12 point 5; migration 009): the register with its filters,
 * one agreement, new agreements, outcomes over time, and the parties' organisations for
 * the map of links. Each write is one transaction with its audit row.
 */
import { sql } from 'kysely';
import type { AgreementOutcome, CooperationAgreement, Page } from '@polos/core';
import { ConflictError, NotFoundError, type Actor } from '../store';
import { json, pageOf, parseJson, type Row } from '../repositories/sql-values';
import {
  isForeignKeyViolation,
  uniqueOr,
  type Executor,
  type UnitOfWork,
} from '../repositories/unit-of-work';

/** An outcome as recorded: the core outcome and its kind (null for the seeded ones). */
export interface AgreementOutcomeRecord extends AgreementOutcome {
  kind: string | null;
}

export interface AgreementRecord extends Omit<CooperationAgreement, 'outcomes'> {
  outcomes: AgreementOutcomeRecord[];
}

export interface AgreementQuery {
  /** A registered party. */
  organisationId?: string;
  /** The country of a registered party. */
  country?: string;
  scope?: string;
  sectorRelation?: string;
  instrument?: string;
  status?: string;
  /** Agreements whose years meet [yearFrom, yearTo]. */
  yearFrom?: number;
  yearTo?: number;
  limit: number;
  offset: number;
}

export interface PartyOrganisation {
  id: string;
  name: string;
  country: string;
}

/** The store's part for cooperation agreements (`store.agreements`). */
export interface Agreements {
  list(query: AgreementQuery): Promise<Page<AgreementRecord>>;
  /** The whole register, by id (for the summary and the map of links). */
  all(): Promise<AgreementRecord[]>;
  get(id: string): Promise<AgreementRecord | undefined>;
  /** ConflictError when the id is taken; NotFoundError when a party organisation is unknown. */
  create(agreement: CooperationAgreement, actor: Actor): Promise<AgreementRecord>;
  addOutcome(id: string, outcome: AgreementOutcomeRecord, actor: Actor): Promise<AgreementRecord | undefined>;
  /** The registered organisations that are a party to some agreement, by id. */
  partyOrganisations(): Promise<PartyOrganisation[]>;
}

function whereOf(q: Omit<AgreementQuery, 'limit' | 'offset'>) {
  const c = [sql`true`];
  if (q.organisationId)
    c.push(sql`exists (select 1 from agreement_parties ap where ap.agreement_id = a.id
      and ap.organisation_id = ${q.organisationId})`);
  if (q.country)
    c.push(sql`exists (select 1 from agreement_parties ap join organisations o on o.id = ap.organisation_id
      where ap.agreement_id = a.id and o.country = ${q.country})`);
  if (q.scope) c.push(sql`a.scope = ${q.scope}`);
  if (q.sectorRelation) c.push(sql`a.sector_relation = ${q.sectorRelation}`);
  if (q.instrument) c.push(sql`a.instrument = ${q.instrument}`);
  if (q.status) c.push(sql`a.status = ${q.status}`);
  if (q.yearFrom !== undefined) c.push(sql`coalesce(a.end_year, a.start_year) >= ${q.yearFrom}`);
  if (q.yearTo !== undefined) c.push(sql`a.start_year <= ${q.yearTo}`);
  return sql.join(c, sql` and `);
}

const columns = sql`a.id, a.scope, a.sector_relation, a.instrument, a.objectives, a.areas, a.sponsors,
  a.start_year, a.end_year, a.year_as_printed, a.signed_on::text as signed_on, a.ends_on::text as ends_on,
  a.status, a.status_as_reported, a.source, a.notes`;

export class AgreementsRepository implements Agreements {
  constructor(private readonly uow: UnitOfWork) {}

  async list(q: AgreementQuery): Promise<Page<AgreementRecord>> {
    const where = whereOf(q);
    const { rows } = await sql<Row>`select ${columns}, count(*) over ()::int as total from agreements a
      where ${where} order by a.start_year desc nulls last, a.id
      limit ${q.limit} offset ${q.offset}`.execute(this.uow.db);
    const page = await pageOf(
      rows,
      q,
      () => this.count(where),
      (r) => r,
    );
    return { ...page, items: await this.withParts(this.uow.db, page.items) };
  }

  private async count(where: ReturnType<typeof whereOf>): Promise<number> {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from agreements a where ${where}`.execute(this.uow.db);
    return rows[0]?.n ?? 0;
  }

  async all(): Promise<AgreementRecord[]> {
    const { rows } = await sql<Row>`select ${columns} from agreements a order by a.id`.execute(this.uow.db);
    return this.withParts(this.uow.db, rows);
  }

  get(id: string): Promise<AgreementRecord | undefined> {
    return this.getIn(this.uow.db, id);
  }

  private async getIn(db: Executor, id: string): Promise<AgreementRecord | undefined> {
    const { rows } = await sql<Row>`select ${columns} from agreements a where a.id = ${id}`.execute(db);
    return (await this.withParts(db, rows))[0];
  }

  /** Rows of `agreements` with their parties and outcomes, in the rows' order. */
  private async withParts(db: Executor, rows: Row[]): Promise<AgreementRecord[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id as string);
    const parties = await db
      .selectFrom('agreement_parties')
      .select(['agreement_id', 'organisation_id', 'description'])
      .where('agreement_id', 'in', ids)
      .orderBy('agreement_id')
      .orderBy('position')
      .execute();
    const { rows: outcomes } = await sql<Row>`select agreement_id, date::text as date, year, kind, description
      from agreement_outcomes where agreement_id in (${sql.join(ids)})
      order by agreement_id, coalesce(date, make_date(coalesce(year, 1), 1, 1)) nulls first, created_at, id`.execute(
      db,
    );
    return rows.map((r) => ({
      id: r.id as string,
      parties: parties
        .filter((p) => p.agreement_id === r.id)
        .map((p) => ({ organisationId: p.organisation_id, description: p.description })),
      scope: r.scope as AgreementRecord['scope'],
      sectorRelation: (r.sector_relation as AgreementRecord['sectorRelation']) ?? null,
      instrument: r.instrument as AgreementRecord['instrument'],
      objectives: (r.objectives as string | null) ?? null,
      areas: parseJson(r.areas) as string[],
      sponsors: parseJson(r.sponsors) as AgreementRecord['sponsors'],
      startYear: (r.start_year as number | null) ?? null,
      endYear: (r.end_year as number | null) ?? null,
      yearAsPrinted: (r.year_as_printed as string | null) ?? null,
      signedOn: (r.signed_on as string | null) ?? null,
      endsOn: (r.ends_on as string | null) ?? null,
      status: (r.status as AgreementRecord['status']) ?? null,
      statusAsReported: (r.status_as_reported as string | null) ?? null,
      outcomes: outcomes
        .filter((o) => o.agreement_id === r.id)
        .map((o) => ({
          date: (o.date as string | null) ?? null,
          year: (o.year as number | null) ?? null,
          kind: (o.kind as string | null) ?? null,
          description: o.description as string,
        })),
      source: (r.source as string | null) ?? null,
      notes: (r.notes as string | null) ?? null,
    }));
  }

  create(a: CooperationAgreement, actor: Actor): Promise<AgreementRecord> {
    return this.uow.tx(async (trx) => {
      await uniqueOr(
        () => new ConflictError(`an agreement "${a.id}" exists`, 'agreement', a.id),
        () =>
          trx
            .insertInto('agreements')
            .values({
              id: a.id,
              scope: a.scope,
              sector_relation: a.sectorRelation,
              instrument: a.instrument,
              objectives: a.objectives,
              areas: json(a.areas),
              sponsors: json(a.sponsors),
              start_year: a.startYear,
              end_year: a.endYear,
              year_as_printed: a.yearAsPrinted,
              signed_on: a.signedOn,
              ends_on: a.endsOn,
              status: a.status,
              status_as_reported: a.statusAsReported,
              source: a.source,
              notes: a.notes,
              created_by: actor.userId,
            })
            .execute(),
      );
      try {
        await trx
          .insertInto('agreement_parties')
          .values(
            a.parties.map((p, position) => ({
              agreement_id: a.id,
              position,
              organisation_id: p.organisationId,
              description: p.description,
            })),
          )
          .execute();
      } catch (error) {
        if (isForeignKeyViolation(error)) {
          const ids = a.parties.map((p) => p.organisationId).filter((id) => id !== null);
          throw new NotFoundError(
            `a party is not a registered organisation (${ids.join(', ')})`,
            'organisation',
            ids.join(','),
          );
        }
        throw error;
      }
      for (const o of a.outcomes) await this.insertOutcome(trx, a.id, { ...o, kind: null }, actor);
      await this.uow.audit(trx, actor, 'create', 'agreement', a.id, a);
      return (await this.getIn(trx, a.id))!;
    });
  }

  private async insertOutcome(trx: Executor, id: string, o: AgreementOutcomeRecord, actor: Actor) {
    await trx
      .insertInto('agreement_outcomes')
      .values({
        agreement_id: id,
        date: o.date,
        year: o.year,
        kind: o.kind,
        description: o.description,
        created_by: actor.userId,
      })
      .execute();
  }

  addOutcome(
    id: string,
    outcome: AgreementOutcomeRecord,
    actor: Actor,
  ): Promise<AgreementRecord | undefined> {
    return this.uow.tx(async (trx) => {
      const found = await trx.selectFrom('agreements').select('id').where('id', '=', id).executeTakeFirst();
      if (!found) return undefined;
      await this.insertOutcome(trx, id, outcome, actor);
      await this.uow.audit(trx, actor, 'create', 'agreement_outcome', id, outcome);
      return this.getIn(trx, id);
    });
  }

  async partyOrganisations(): Promise<PartyOrganisation[]> {
    const { rows } = await sql<Row>`select distinct o.id, o.name, o.country from organisations o
      join agreement_parties ap on ap.organisation_id = o.id order by o.id`.execute(this.uow.db);
    return rows.map((r) => ({ id: r.id as string, name: r.name as string, country: r.country as string }));
  }
}
