/**
 * Cooperation programmes (seeded) and their calls (issue 12 point 6; migration 009): lists
 * with filters, one programme or call, staff's writes on calls, and who follows a call (for
 * the notifications of issue 12 point 7). Each write is one transaction with its audit row.
 */
import { sql } from 'kysely';
import type { Page, Programme, ProgrammeCall } from '@polos/core';
import { ConflictError, NotFoundError, type Actor } from '../store';
import { iso, json, pageOf, parseJson, toPrefixQuery, type Row } from '../repositories/sql-values';
import {
  isForeignKeyViolation,
  uniqueOr,
  type Executor,
  type UnitOfWork,
} from '../repositories/unit-of-work';

export interface ProgrammeQuery {
  level?: string;
  target?: string;
  q?: string;
  limit: number;
  offset: number;
}

export interface CallQuery {
  programmeId?: string;
  /** Only calls open at this instant (opened, deadline not passed). */
  openAt?: Date;
  /** Only calls an organisation of this country may apply to (core `isEligibleForCall`). */
  eligibleCountry?: string;
  limit: number;
  offset: number;
}

export type CallPatch = Partial<Omit<ProgrammeCall, 'id'>>;

export interface CallFollower {
  userId: string;
  organisationId: string | null;
}

/** The store's part for programmes and calls (`store.programmes`). */
export interface Programmes {
  list(query: ProgrammeQuery): Promise<Page<Programme>>;
  get(id: string): Promise<Programme | undefined>;
  /** Adds a programme (seeding); ConflictError when the id is taken. */
  create(programme: Programme, actor: Actor): Promise<Programme>;
  listCalls(query: CallQuery): Promise<Page<ProgrammeCall>>;
  getCall(id: string): Promise<ProgrammeCall | undefined>;
  /** ConflictError when the id is taken; NotFoundError when the programme is unknown. */
  createCall(call: ProgrammeCall, actor: Actor): Promise<ProgrammeCall>;
  updateCall(id: string, patch: CallPatch, actor: Actor): Promise<ProgrammeCall | undefined>;
  removeCall(id: string, actor: Actor): Promise<boolean>;
  /** False when already following (the organisation is updated). */
  followCall(id: string, follower: CallFollower): Promise<boolean>;
  unfollowCall(id: string, userId: string): Promise<boolean>;
  callFollowers(id: string): Promise<CallFollower[]>;
}

function toProgramme(r: Row): Programme {
  return {
    id: r.id as string,
    name: r.name as string,
    acronym: (r.acronym as string | null) ?? null,
    funder: (r.funder as string | null) ?? null,
    period: (r.period as string | null) ?? null,
    targets: parseJson(r.targets) as Programme['targets'],
    what: (r.what as string | null) ?? null,
    countriesRegions: (r.countries_regions as string | null) ?? null,
    level: r.level as Programme['level'],
    source: (r.source as string | null) ?? null,
    notes: (r.notes as string | null) ?? null,
  };
}

const callColumns = sql`c.id, c.programme_id, c.title, c.opens_on::text as opens_on, c.deadline,
  c.eligible_countries, c.url`;

function toCall(r: Row): ProgrammeCall {
  return {
    id: r.id as string,
    programmeId: r.programme_id as string,
    title: r.title as string,
    opensOn: (r.opens_on as string | null) ?? null,
    deadline: iso(r.deadline),
    eligibleCountries: parseJson(r.eligible_countries) as string[],
    url: (r.url as string | null) ?? null,
  };
}

const callValues = (c: Omit<ProgrammeCall, 'id'>) => ({
  programme_id: c.programmeId,
  title: c.title,
  opens_on: c.opensOn,
  deadline: c.deadline,
  eligible_countries: json(c.eligibleCountries),
  url: c.url,
});

async function referencingProgramme<T>(programmeId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isForeignKeyViolation(error))
      throw new NotFoundError(`no programme with id "${programmeId}"`, 'programme', programmeId);
    throw error;
  }
}

export class ProgrammesRepository implements Programmes {
  constructor(private readonly uow: UnitOfWork) {}

  async list(q: ProgrammeQuery): Promise<Page<Programme>> {
    const c = [sql`true`];
    if (q.level) c.push(sql`p.level = ${q.level}`);
    if (q.target) c.push(sql`p.targets ? ${q.target}`);
    const tsquery = q.q ? toPrefixQuery(q.q) : undefined;
    if (tsquery)
      c.push(sql`to_tsvector('simple', polos_fold(p.name || ' ' || coalesce(p.acronym, '') || ' ' ||
        coalesce(p.funder, '') || ' ' || coalesce(p.what, ''))) @@ to_tsquery('simple', ${tsquery})`);
    const where = sql.join(c, sql` and `);
    const { rows } = await sql<Row>`select p.*, count(*) over ()::int as total from programmes p
      where ${where} order by p.name, p.id limit ${q.limit} offset ${q.offset}`.execute(this.uow.db);
    return pageOf(rows, q, () => this.count(sql`programmes p where ${where}`), toProgramme);
  }

  private async count(from: ReturnType<typeof sql>): Promise<number> {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${from}`.execute(this.uow.db);
    return rows[0]?.n ?? 0;
  }

  async get(id: string): Promise<Programme | undefined> {
    const { rows } = await sql<Row>`select * from programmes where id = ${id}`.execute(this.uow.db);
    return rows[0] ? toProgramme(rows[0]) : undefined;
  }

  create(p: Programme, actor: Actor): Promise<Programme> {
    return this.uow.tx(async (trx) => {
      await uniqueOr(
        () => new ConflictError(`a programme "${p.id}" exists`, 'programme', p.id),
        () =>
          trx
            .insertInto('programmes')
            .values({
              id: p.id,
              name: p.name,
              acronym: p.acronym,
              funder: p.funder,
              period: p.period,
              targets: json(p.targets),
              what: p.what,
              countries_regions: p.countriesRegions,
              level: p.level,
              source: p.source,
              notes: p.notes,
            })
            .execute(),
      );
      await this.uow.audit(trx, actor, 'create', 'programme', p.id, {});
      return p;
    });
  }

  async listCalls(q: CallQuery): Promise<Page<ProgrammeCall>> {
    const c = [sql`true`];
    if (q.programmeId) c.push(sql`c.programme_id = ${q.programmeId}`);
    if (q.openAt)
      c.push(sql`c.deadline >= ${q.openAt.toISOString()}::timestamptz
        and (c.opens_on is null or c.opens_on <= (${q.openAt.toISOString()}::timestamptz at time zone 'UTC')::date)`);
    if (q.eligibleCountry)
      c.push(
        sql`(jsonb_array_length(c.eligible_countries) = 0 or c.eligible_countries ? ${q.eligibleCountry})`,
      );
    const where = sql.join(c, sql` and `);
    const { rows } =
      await sql<Row>`select ${callColumns}, count(*) over ()::int as total from programme_calls c
      where ${where} order by c.deadline, c.id limit ${q.limit} offset ${q.offset}`.execute(this.uow.db);
    return pageOf(rows, q, () => this.count(sql`programme_calls c where ${where}`), toCall);
  }

  getCall(id: string): Promise<ProgrammeCall | undefined> {
    return this.callIn(this.uow.db, id);
  }

  private async callIn(db: Executor, id: string): Promise<ProgrammeCall | undefined> {
    const { rows } = await sql<Row>`select ${callColumns} from programme_calls c where c.id = ${id}`.execute(
      db,
    );
    return rows[0] ? toCall(rows[0]) : undefined;
  }

  createCall(call: ProgrammeCall, actor: Actor): Promise<ProgrammeCall> {
    return this.uow.tx(async (trx) => {
      await uniqueOr(
        () => new ConflictError(`a call "${call.id}" exists`, 'programme_call', call.id),
        () =>
          referencingProgramme(call.programmeId, () =>
            trx
              .insertInto('programme_calls')
              .values({ id: call.id, ...callValues(call) })
              .execute(),
          ),
      );
      await this.uow.audit(trx, actor, 'create', 'programme_call', call.id, call);
      return call;
    });
  }

  updateCall(id: string, patch: CallPatch, actor: Actor): Promise<ProgrammeCall | undefined> {
    return this.uow.tx(async (trx) => {
      const current = await this.callIn(trx, id);
      if (!current) return undefined;
      const next = { ...current, ...patch };
      await referencingProgramme(next.programmeId, () =>
        trx
          .updateTable('programme_calls')
          .set({ ...callValues(next), updated_at: new Date() })
          .where('id', '=', id)
          .execute(),
      );
      await this.uow.audit(trx, actor, 'update', 'programme_call', id, patch);
      return next;
    });
  }

  removeCall(id: string, actor: Actor): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      const removed = await trx.deleteFrom('programme_calls').where('id', '=', id).returning('id').execute();
      if (!removed.length) return false;
      await this.uow.audit(trx, actor, 'delete', 'programme_call', id, {});
      return true;
    });
  }

  async followCall(id: string, follower: CallFollower): Promise<boolean> {
    const { rows } = await sql<Row>`insert into programme_call_follows (call_id, user_id, organisation_id)
      values (${id}, ${follower.userId}, ${follower.organisationId})
      on conflict (call_id, user_id) do update set organisation_id = excluded.organisation_id
      returning (xmax = 0) as inserted`.execute(this.uow.db);
    return rows[0]?.inserted === true;
  }

  async unfollowCall(id: string, userId: string): Promise<boolean> {
    const rows = await this.uow.db
      .deleteFrom('programme_call_follows')
      .where('call_id', '=', id)
      .where('user_id', '=', userId)
      .returning('user_id')
      .execute();
    return rows.length > 0;
  }

  async callFollowers(id: string): Promise<CallFollower[]> {
    const rows = await this.uow.db
      .selectFrom('programme_call_follows')
      .select(['user_id', 'organisation_id'])
      .where('call_id', '=', id)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({ userId: r.user_id, organisationId: r.organisation_id }));
  }
}
