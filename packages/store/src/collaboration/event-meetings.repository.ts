/**
 * Meeting requests and meetings of an event (`store.events`, second half): requests that
 * expire (checked on every read — on a read replica computed, not written — and by the
 * server's periodic sweep), answers, placement by
 * the core scheduler under a lock on the event row (so two placements never race), outcomes,
 * and reminder rows for the notifications work.
 */
import { sql } from 'kysely';
import {
  mutualMeetings,
  schedule,
  slotsOf,
  type MeetingRequestInput,
  type ScheduleResult,
} from '@polos/core';
import { ConflictError, NotFoundError, type Actor } from '../store';
import { iso, isUuid, type Row } from '../repositories/sql-values';
import { isUniqueViolation, type Executor } from '../repositories/unit-of-work';
import { EventRecordsRepository, eventOf } from './event-records.repository';
import type { EventReminder, Events, MeetingRequest, ReceivedMeetingRequest } from './events';

const isoOrNull = (v: unknown) => (v === null || v === undefined ? null : iso(v));

/**
 * A pending request past its expiry read as expired: what `expireDue` would write, for a
 * store on a read replica that cannot write it (decision 109).
 */
const asOf = (request: MeetingRequest, now: Date): MeetingRequest =>
  request.status === 'pending' && Date.parse(request.expiresAt) <= now.getTime()
    ? { ...request, status: 'expired' }
    : request;

const requestOf = (r: Row): MeetingRequest => ({
  id: r.id as string,
  eventId: r.event_id as string,
  fromOrganisationId: r.from_organisation_id as string,
  toOrganisationId: r.to_organisation_id as string,
  message: r.message as string,
  status: r.status as MeetingRequest['status'],
  createdAt: iso(r.created_at),
  expiresAt: iso(r.expires_at),
  answeredAt: isoOrNull(r.answered_at),
  slotId: (r.slot_id as string | null) ?? null,
  table: (r.table_name as string | null) ?? null,
  startsAt: isoOrNull(r.starts_at),
  endsAt: isoOrNull(r.ends_at),
  outcome: (r.outcome as MeetingRequest['outcome']) ?? null,
  outcomeNote: (r.outcome_note as string | null) ?? null,
  outcomeByOrganisationId: (r.outcome_by_organisation_id as string | null) ?? null,
});

export class EventsRepository extends EventRecordsRepository implements Events {
  async createRequest(
    eventId: string,
    input: MeetingRequestInput,
    now: Date,
    actor: Actor,
  ): Promise<MeetingRequest> {
    const event = await this.get(eventId);
    if (!event) throw new NotFoundError(`no event "${eventId}"`, 'event', eventId);
    return this.uow.tx(async (trx) => {
      const expiresAt = new Date(now.getTime() + event.requestExpiryHours * 3_600_000);
      let row: Row;
      try {
        row = (
          await sql<Row>`insert into event_meeting_requests
            (event_id, from_organisation_id, to_organisation_id, message, status, created_by, created_at, expires_at)
            values (${eventId}, ${input.fromOrganisationId}, ${input.toOrganisationId}, ${input.message}, 'pending',
              ${actor.userId}, ${now}, ${expiresAt}) returning *`.execute(trx)
        ).rows[0]!;
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ConflictError('this request is already pending or accepted', 'meeting_request', eventId);
        throw error;
      }
      const halfway = new Date(now.getTime() + (expiresAt.getTime() - now.getTime()) / 2);
      await sql`insert into event_reminders (event_id, request_id, organisation_id, kind, due_at) values
        (${eventId}, ${row.id}, ${input.toOrganisationId}, 'request_received', ${now}),
        (${eventId}, ${row.id}, ${input.toOrganisationId}, 'request_expiring', ${halfway})`.execute(trx);
      await this.uow.audit(trx, actor, 'create', 'meeting_request', row.id as string, {
        from: input.fromOrganisationId,
        to: input.toOrganisationId,
      });
      return requestOf(row);
    });
  }

  async expireDue(now: Date): Promise<number> {
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`update event_meeting_requests set status = 'expired'
        where status = 'pending' and expires_at <= ${now}
        returning id, event_id, from_organisation_id`.execute(trx);
      for (const r of rows)
        await sql`insert into event_reminders (event_id, request_id, organisation_id, kind, due_at)
          values (${r.event_id}, ${r.id}, ${r.from_organisation_id}, 'request_expired', ${now})
          on conflict (request_id, kind) do nothing`.execute(trx);
      // A reminder about a request nobody can answer any more is not sent.
      if (rows.length)
        await sql`delete from event_reminders where kind = 'request_expiring' and sent_at is null
          and request_id in (select id from event_meeting_requests where status <> 'pending')`.execute(trx);
      return rows.length;
    });
  }

  async getRequest(eventId: string, requestId: string, now: Date): Promise<MeetingRequest | undefined> {
    if (!isUuid(eventId) || !isUuid(requestId)) return undefined;
    if (!this.uow.readOnly) await this.expireDue(now);
    const { rows } = await sql<Row>`select * from event_meeting_requests
      where event_id = ${eventId} and id = ${requestId}`.execute(this.uow.db);
    return rows[0] ? asOf(requestOf(rows[0]), now) : undefined;
  }

  async listRequests(
    eventId: string,
    organisationId: string | undefined,
    now: Date,
  ): Promise<MeetingRequest[]> {
    if (!isUuid(eventId)) return [];
    if (!this.uow.readOnly) await this.expireDue(now);
    const side =
      organisationId === undefined
        ? sql`true`
        : sql`(from_organisation_id = ${organisationId} or to_organisation_id = ${organisationId})`;
    const { rows } =
      await sql<Row>`select * from event_meeting_requests where event_id = ${eventId} and ${side}
      order by coalesce(starts_at, created_at), created_at, id`.execute(this.uow.db);
    return rows.map((r) => asOf(requestOf(r), now));
  }

  async receivedRequests(
    organisationIds: readonly string[],
    query: { status: MeetingRequest['status']; limit: number },
    now: Date,
  ): Promise<{ items: ReceivedMeetingRequest[]; total: number }> {
    if (!organisationIds.length) return { items: [], total: 0 };
    await this.expireDue(now);
    // A draft event is hidden from its participants (the event route answers 404), so its
    // requests are not listed either.
    const { rows } = await sql<Row>`select q.*, e.title as event_title,
        to_char(e.start_date, 'YYYY-MM-DD') as event_start_day, to_char(e.end_date, 'YYYY-MM-DD') as event_end_day,
        e.time_zone as event_time_zone, f.name as from_name, t.name as to_name, count(*) over ()::int as total
      from event_meeting_requests q
      join events e on e.id = q.event_id
      join organisations f on f.id = q.from_organisation_id
      join organisations t on t.id = q.to_organisation_id
      where q.to_organisation_id in (${sql.join(organisationIds.map((id) => sql`${id}`))})
        and q.status = ${query.status} and e.status <> 'draft'
      order by q.expires_at, q.created_at, q.id limit ${query.limit}`.execute(this.uow.db);
    const items = rows.map((r) => ({
      ...requestOf(r),
      eventTitle: r.event_title as string,
      eventStartDate: r.event_start_day as string,
      eventEndDate: r.event_end_day as string,
      eventTimeZone: r.event_time_zone as string,
      fromOrganisationName: r.from_name as string,
      toOrganisationName: r.to_name as string,
    }));
    return { items, total: (rows[0]?.total as number | undefined) ?? 0 };
  }

  async answer(
    eventId: string,
    requestId: string,
    answer: 'accepted' | 'declined',
    now: Date,
    actor: Actor,
  ): Promise<MeetingRequest | undefined> {
    await this.expireDue(now);
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`update event_meeting_requests
        set status = ${answer}, answered_at = ${now}, answered_by = ${actor.userId}
        where event_id = ${eventId} and id = ${requestId} and status = 'pending' and expires_at > ${now}
        returning *`.execute(trx);
      if (!rows[0]) return undefined;
      await sql`delete from event_reminders where request_id = ${requestId} and kind = 'request_expiring' and sent_at is null`.execute(
        trx,
      );
      if (answer === 'accepted')
        await sql`insert into event_reminders (event_id, request_id, organisation_id, kind, due_at)
          values (${eventId}, ${requestId}, ${rows[0].from_organisation_id}, 'meeting_accepted', ${now})`.execute(
          trx,
        );
      await this.uow.audit(trx, actor, 'update', 'meeting_request', requestId, { status: answer });
      return requestOf(rows[0]);
    });
  }

  schedule(
    eventId: string,
    options: { onlyId?: string; mutual?: boolean },
    actor: Actor,
  ): Promise<ScheduleResult & { merged: number }> {
    return this.uow.tx(async (trx) => {
      const locked = await sql<Row>`select e.*, to_char(e.start_date, 'YYYY-MM-DD') as start_day,
        to_char(e.end_date, 'YYYY-MM-DD') as end_day from events e where e.id = ${eventId} for update`.execute(
        trx,
      );
      if (!locked.rows[0]) throw new NotFoundError(`no event "${eventId}"`, 'event', eventId);
      const event = eventOf(locked.rows[0]);
      const merged = options.mutual ? await this.acceptMutual(trx, eventId, actor) : 0;
      const { rows } = await sql<Row>`select * from event_meeting_requests
        where event_id = ${eventId} and status = 'accepted' order by created_at, id`.execute(trx);
      const regs = await sql<Row>`select organisation_id, sessions from event_registrations
        where event_id = ${eventId}`.execute(trx);
      const availability = Object.fromEntries(
        regs.rows.map((r) => [r.organisation_id as string, (r.sessions as string[] | null) ?? undefined]),
      );
      const pair = (r: Row) => ({ a: r.from_organisation_id as string, b: r.to_organisation_id as string });
      const slots = slotsOf(event.sessions);
      const result = schedule({
        slots,
        tables: event.tables,
        availability,
        meetings: rows
          .filter((r) => r.slot_id === null && (options.onlyId === undefined || r.id === options.onlyId))
          .map((r) => ({ id: r.id as string, ...pair(r) })),
        fixed: rows
          .filter((r) => r.slot_id !== null)
          .map((r) => ({
            meetingId: r.id as string,
            slotId: r.slot_id as string,
            table: r.table_name as string,
            ...pair(r),
          })),
      });
      const slotById = new Map(slots.map((s) => [s.id, s]));
      for (const p of result.placed) {
        const s = slotById.get(p.slotId)!;
        const end = new Date(Date.parse(s.start) + s.minutes * 60_000);
        await sql`update event_meeting_requests set slot_id = ${p.slotId}, table_name = ${p.table},
          starts_at = ${s.start}, ends_at = ${end} where id = ${p.meetingId}`.execute(trx);
      }
      if (result.placed.length || merged)
        await this.uow.audit(trx, actor, 'update', 'event_schedule', eventId, {
          placed: result.placed.length,
          unplaced: result.unplaced.length,
          merged,
        });
      return { ...result, merged };
    });
  }

  /** Mutual pending requests: the earlier is accepted, the later merged into it. */
  private async acceptMutual(trx: Executor, eventId: string, actor: Actor): Promise<number> {
    const { rows } = await sql<Row>`select id, from_organisation_id, to_organisation_id, created_at
      from event_meeting_requests where event_id = ${eventId} and status = 'pending'`.execute(trx);
    const mutual = mutualMeetings(
      rows.map((r) => ({
        id: r.id as string,
        from: r.from_organisation_id as string,
        to: r.to_organisation_id as string,
        at: iso(r.created_at),
      })),
    );
    for (const m of mutual) {
      await sql`update event_meeting_requests set status = 'accepted', answered_at = now(),
        answered_by = ${actor.userId} where id = ${m.id}`.execute(trx);
      await sql`update event_meeting_requests set status = 'merged', answered_at = now(),
        answered_by = ${actor.userId} where id = ${m.mergedId}`.execute(trx);
      await sql`delete from event_reminders where request_id in (${m.id}, ${m.mergedId}) and kind = 'request_expiring' and sent_at is null`.execute(
        trx,
      );
    }
    return mutual.length;
  }

  recordOutcome(
    eventId: string,
    requestId: string,
    input: { organisationId: string; outcome: NonNullable<MeetingRequest['outcome']>; note: string },
    actor: Actor,
  ): Promise<MeetingRequest> {
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`update event_meeting_requests
        set outcome = ${input.outcome}, outcome_note = ${input.note},
          outcome_by_organisation_id = ${input.organisationId}, outcome_at = now()
        where event_id = ${eventId} and id = ${requestId} returning *`.execute(trx);
      if (!rows[0]) throw new NotFoundError(`no meeting "${requestId}"`, 'meeting', requestId);
      await this.uow.audit(trx, actor, 'update', 'meeting_outcome', requestId, { outcome: input.outcome });
      return requestOf(rows[0]);
    });
  }

  async reminders(eventId: string): Promise<EventReminder[]> {
    if (!isUuid(eventId)) return [];
    const { rows } =
      await sql<Row>`select request_id, organisation_id, kind, due_at, sent_at from event_reminders
      where event_id = ${eventId} order by due_at, id`.execute(this.uow.db);
    return rows.map((r) => ({
      requestId: r.request_id as string,
      organisationId: r.organisation_id as string,
      kind: r.kind as EventReminder['kind'],
      dueAt: iso(r.due_at),
      sentAt: isoOrNull(r.sent_at),
    }));
  }
}
