/**
 * The notifications that time brings (decision 081), found by a periodic sweep and each
 * written once: the events' reminder rows that fall due (decision 078's outbox: a request
 * awaiting an answer, a request expired), a meeting starting soon, a followed call closing.
 * Each is written in the transaction that marks it done, so none is lost or doubled.
 */
import { sql } from 'kysely';
import type { NotificationKind, NotificationParams } from '@polos/core/notifications';
import { iso, type Row } from '../repositories/sql-values';
import type { Executor, UnitOfWork } from '../repositories/unit-of-work';
import { adminsOf, type NotificationWriter } from './notification-writer';

export interface SweepOptions {
  /** A followed call's closing is told this many days before its deadline. */
  callClosingDays: number;
  /** A meeting is recalled this many hours before it starts. */
  meetingReminderHours: number;
  /** Most rows of each kind handled in one sweep (the next sweep takes the rest). */
  batch: number;
}

export interface SweepResult {
  reminders: number;
  meetings: number;
  calls: number;
}

export class NotificationSweep {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly writer: NotificationWriter,
  ) {}

  async run(now: Date, options: SweepOptions): Promise<SweepResult> {
    return {
      reminders: await this.eventReminders(now, options.batch),
      meetings: await this.upcomingMeetings(now, options),
      calls: await this.closingCalls(now, options),
    };
  }

  /**
   * The events' reminder rows due at `now`. `request_received` and `meeting_accepted` were
   * told in the transaction of the request and the answer; they are only marked sent here.
   */
  private eventReminders(now: Date, batch: number): Promise<number> {
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`update event_reminders set sent_at = ${now}
        where id in (select id from event_reminders where sent_at is null and due_at <= ${now}
          order by due_at, id limit ${batch} for update skip locked)
        returning request_id, organisation_id, kind`.execute(trx);
      for (const r of rows) {
        const kind = r.kind as string;
        if (kind !== 'request_expiring' && kind !== 'request_expired') continue;
        const request = await this.writer.meetingParams(trx, r.request_id as string);
        if (!request) continue;
        const params =
          kind === 'request_expiring'
            ? { ...request.params, reason: 'answer_due' }
            : { ...request.params, answer: 'expired' };
        await this.writer.notify(
          trx,
          await adminsOf(trx, r.organisation_id as string),
          kind === 'request_expiring' ? 'meeting_reminder' : 'request_answered',
          params,
        );
      }
      return rows.length;
    });
  }

  /** Accepted, placed meetings starting within `meetingReminderHours`: both sides' administrators. */
  private async upcomingMeetings(now: Date, options: SweepOptions): Promise<number> {
    const until = new Date(now.getTime() + options.meetingReminderHours * 3_600_000);
    const { rows } = await sql<Row>`select r.id, r.from_organisation_id, r.to_organisation_id
      from event_meeting_requests r
      where r.status = 'accepted' and r.starts_at > ${now} and r.starts_at <= ${until}
        and not exists (select 1 from notification_triggers t where t.key = 'meeting_upcoming:' || r.id::text)
      order by r.starts_at, r.id limit ${options.batch}`.execute(this.uow.db);
    for (const m of rows)
      await this.uow.tx(async (trx) => {
        if (!(await this.trigger(trx, `meeting_upcoming:${String(m.id)}`))) return;
        const request = await this.writer.meetingParams(trx, m.id as string);
        if (!request) return;
        for (const [side, other] of [
          ['from_name', 'to_name'],
          ['to_name', 'from_name'],
        ] as const) {
          const organisationId = (
            side === 'from_name' ? m.from_organisation_id : m.to_organisation_id
          ) as string;
          await this.writer.notify(trx, await adminsOf(trx, organisationId), 'meeting_reminder', {
            ...request.params,
            reason: 'upcoming',
            organisation: request[side] as string,
            otherOrganisation: request[other] as string,
            table: request.params.table ?? '',
          });
        }
      });
    return rows.length;
  }

  /** Followed calls whose deadline is within `callClosingDays`: each follower once. */
  private async closingCalls(now: Date, options: SweepOptions): Promise<number> {
    const until = new Date(now.getTime() + options.callClosingDays * 86_400_000);
    const { rows } = await sql<Row>`select c.id, c.title, c.deadline, f.user_id
      from programme_call_follows f join programme_calls c on c.id = f.call_id
      where c.deadline > ${now} and c.deadline <= ${until}
        and not exists (select 1 from notification_triggers t
          where t.key = 'call_closing:' || c.id || ':' || f.user_id::text)
      order by c.deadline, c.id, f.user_id limit ${options.batch}`.execute(this.uow.db);
    for (const r of rows)
      await this.uow.tx(async (trx) => {
        if (!(await this.trigger(trx, `call_closing:${String(r.id)}:${String(r.user_id)}`))) return;
        const params: NotificationParams = {
          callId: r.id as string,
          callTitle: r.title as string,
          deadline: iso(r.deadline),
        };
        await this.writer.notify(
          trx,
          [r.user_id as string],
          'call_closing' satisfies NotificationKind,
          params,
        );
      });
    return rows.length;
  }

  /** Records that `key` was told; false when it already was (another sweep got there first). */
  private async trigger(trx: Executor, key: string): Promise<boolean> {
    const { rows } = await sql<Row>`insert into notification_triggers (key) values (${key})
      on conflict (key) do nothing returning key`.execute(trx);
    return rows.length === 1;
  }
}
