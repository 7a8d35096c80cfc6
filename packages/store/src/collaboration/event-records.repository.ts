/**
 * Events and their registrations (`store.events`, first half; event-meetings.repository.ts
 * adds requests and meetings). Dates are read as text (to_char): pg hands `date` columns
 * back as local-time Dates.
 */
import { sql } from 'kysely';
import type { EventInput, EventPatch, Page, RegistrationInput } from '@polos/core';
import { NotFoundError, type Actor } from '../store';
import { iso, isUuid, json, pageOf, parseJson, type Row } from '../repositories/sql-values';
import type { UnitOfWork } from '../repositories/unit-of-work';
import type { EventListQuery, EventRegistration, MatchmakingEvent } from './events';

const eventColumns = sql`e.id, e.title, e.description, to_char(e.start_date, 'YYYY-MM-DD') as start_day,
  to_char(e.end_date, 'YYYY-MM-DD') as end_day, e.time_zone, e.sessions, e.meeting_place, e.tables,
  e.registration_deadline, e.request_expiry_hours, e.status, e.organiser_id, e.created_at, e.updated_at`;

export function eventOf(r: Row): MatchmakingEvent {
  return {
    id: r.id as string,
    title: r.title as string,
    description: r.description as string,
    startDate: r.start_day as string,
    endDate: r.end_day as string,
    timeZone: r.time_zone as string,
    sessions: parseJson(r.sessions) as MatchmakingEvent['sessions'],
    meetingPlace: r.meeting_place as MatchmakingEvent['meetingPlace'],
    tables: parseJson(r.tables) as string[],
    registrationDeadline: iso(r.registration_deadline),
    requestExpiryHours: r.request_expiry_hours as number,
    status: r.status as MatchmakingEvent['status'],
    organiserId: (r.organiser_id as string | null) ?? null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

const registrationOf = (r: Row): EventRegistration => ({
  eventId: r.event_id as string,
  organisationId: r.organisation_id as string,
  organisationName: r.name as string,
  country: r.country as string,
  sessions: (parseJson(r.sessions) as string[] | null) ?? null,
  marketplace: parseJson(r.marketplace) as EventRegistration['marketplace'],
  registeredBy: (r.registered_by as string | null) ?? null,
  registeredAt: iso(r.registered_at),
});

/** The columns each field of an event patch writes. */
const patchColumns = {
  title: 'title',
  description: 'description',
  startDate: 'start_date',
  endDate: 'end_date',
  timeZone: 'time_zone',
  sessions: 'sessions',
  meetingPlace: 'meeting_place',
  tables: 'tables',
  registrationDeadline: 'registration_deadline',
  requestExpiryHours: 'request_expiry_hours',
  status: 'status',
} as const satisfies Record<keyof EventPatch, string>;

export class EventRecordsRepository {
  constructor(protected readonly uow: UnitOfWork) {}

  create(input: EventInput, organiserId: string, actor: Actor): Promise<MatchmakingEvent> {
    return this.uow.tx(async (trx) => {
      const { id } = await trx
        .insertInto('events')
        .values({
          title: input.title,
          description: input.description,
          start_date: input.startDate,
          end_date: input.endDate,
          time_zone: input.timeZone,
          sessions: json(input.sessions),
          meeting_place: input.meetingPlace,
          tables: json(input.tables),
          registration_deadline: input.registrationDeadline,
          request_expiry_hours: input.requestExpiryHours,
          status: input.status,
          organiser_id: organiserId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.uow.audit(trx, actor, 'create', 'event', id, { title: input.title });
      const { rows } = await sql<Row>`select ${eventColumns} from events e where e.id = ${id}`.execute(trx);
      return eventOf(rows[0]!);
    });
  }

  async get(id: string): Promise<MatchmakingEvent | undefined> {
    if (!isUuid(id)) return undefined;
    const { rows } = await sql<Row>`select ${eventColumns} from events e where e.id = ${id}`.execute(
      this.uow.db,
    );
    return rows[0] ? eventOf(rows[0]) : undefined;
  }

  async list(query: EventListQuery, draftsOf: string | 'all'): Promise<Page<MatchmakingEvent>> {
    const visible =
      draftsOf === 'all'
        ? sql`true`
        : isUuid(draftsOf)
          ? sql`(e.status <> 'draft' or e.organiser_id = ${draftsOf})`
          : sql`e.status <> 'draft'`;
    const status = query.status ? sql`e.status = ${query.status}` : sql`true`;
    const { rows } = await sql<Row>`select ${eventColumns}, count(*) over ()::int as total
      from events e where ${visible} and ${status}
      order by e.start_date desc, e.title, e.id limit ${query.limit} offset ${query.offset}`.execute(
      this.uow.db,
    );
    const count = async () =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from events e where ${visible} and ${status}`.execute(this.uow.db)
      ).rows[0]!.n;
    return pageOf(rows, query, count, eventOf);
  }

  update(id: string, patch: EventPatch, actor: Actor): Promise<MatchmakingEvent> {
    return this.uow.tx(async (trx) => {
      const sets = (Object.keys(patch) as Array<keyof EventPatch>)
        .filter((k) => patch[k] !== undefined)
        .map((k) => {
          const v = patch[k];
          return sql`${sql.ref(patchColumns[k])} = ${k === 'sessions' || k === 'tables' ? json(v) : v}`;
        });
      const { rows } = await sql<Row>`update events set ${sql.join([...sets, sql`updated_at = now()`])}
        where id = ${id} returning id`.execute(trx);
      if (!rows.length) throw new NotFoundError(`no event "${id}"`, 'event', id);
      await this.uow.audit(trx, actor, 'update', 'event', id, { fields: Object.keys(patch) });
      const read = await sql<Row>`select ${eventColumns} from events e where e.id = ${id}`.execute(trx);
      return eventOf(read.rows[0]!);
    });
  }

  register(eventId: string, input: RegistrationInput, actor: Actor): Promise<EventRegistration> {
    return this.uow.tx(async (trx) => {
      await sql`insert into event_registrations (event_id, organisation_id, sessions, marketplace, registered_by)
        values (${eventId}, ${input.organisationId}, ${json(input.sessions ?? null)}, ${json(input.marketplace)},
          ${actor.userId})
        on conflict (event_id, organisation_id) do update
          set sessions = excluded.sessions, marketplace = excluded.marketplace`.execute(trx);
      await this.uow.audit(
        trx,
        actor,
        'create',
        'event_registration',
        `${eventId}/${input.organisationId}`,
        {},
      );
      return (await this.registrationsIn(trx, eventId, input.organisationId))[0]!;
    });
  }

  registrations(eventId: string): Promise<EventRegistration[]> {
    return this.registrationsIn(this.uow.db, eventId);
  }

  private async registrationsIn(
    db: UnitOfWork['db'] | Parameters<Parameters<UnitOfWork['tx']>[0]>[0],
    eventId: string,
    organisationId?: string,
  ): Promise<EventRegistration[]> {
    if (!isUuid(eventId)) return [];
    const only = organisationId === undefined ? sql`true` : sql`r.organisation_id = ${organisationId}`;
    const { rows } = await sql<Row>`select r.*, o.name, o.country from event_registrations r
      join organisations o on o.id = r.organisation_id
      where r.event_id = ${eventId} and ${only} order by o.name, r.organisation_id`.execute(db);
    return rows.map(registrationOf);
  }

  async isRegistered(eventId: string, organisationId: string): Promise<boolean> {
    return (await this.registrationsIn(this.uow.db, eventId, organisationId)).length > 0;
  }
}
