/**
 * Notifications (`store.notifications`; issue 12 point 7; migration 011; decision 081):
 * each user's list with read and unread, marking read, per-kind preferences and language,
 * the one-kind e-mail opt-out of an unsubscribe link, and the sweep of time-based
 * notifications. What is told at write time comes from the audit listener it registers.
 */
import { sql } from 'kysely';
import {
  preferencesWithDefaults,
  type NotificationKind,
  type NotificationLanguage,
  type NotificationParams,
  type NotificationPreference,
  type NotificationPreferences,
} from '@polos/core/notifications';
import type { Page } from '@polos/core';
import type { MailOutboxRepository } from '../mail/mail-outbox.repository';
import { iso, isUuid, parseJson, type Row } from '../repositories/sql-values';
import type { UnitOfWork } from '../repositories/unit-of-work';
import type { Actor } from '../store';
import { NotificationSweep, type SweepOptions, type SweepResult } from './notification-sweep';
import { NotificationWriter } from './notification-writer';

export interface StoredNotification {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  createdAt: string;
  readAt: string | null;
}

export type NotificationPage = Pick<Page<StoredNotification>, 'items' | 'total'> & { unread: number };

export interface NotificationListQuery {
  unread?: boolean;
  limit: number;
  offset: number;
}

/** The store's part for notifications (`store.notifications`). */
export interface Notifications {
  /** A user's notifications, newest first, with how many are unread in all. */
  list(userId: string, query: NotificationListQuery): Promise<NotificationPage>;
  /** False when the user has no such notification (another user's is not theirs to mark). */
  markRead(userId: string, id: string, now: Date): Promise<boolean>;
  /** @returns how many were unread. */
  markAllRead(userId: string, now: Date): Promise<number>;
  /** Every kind, defaults (both on) filled in; the user's language. */
  preferences(userId: string): Promise<NotificationPreferences>;
  /** Sets the language and the kinds given; kinds left out keep their setting. */
  setPreferences(
    userId: string,
    preferences: NotificationPreferences,
    actor: Actor,
  ): Promise<NotificationPreferences>;
  /** Turns e-mail off for one kind (an unsubscribe link); false when there is no such user. */
  unsubscribe(userId: string, kind: NotificationKind, actor: Actor): Promise<boolean>;
  /** Tells `userIds` now, as their preferences say (features with a write of their own use the audit listener). */
  notify(userIds: readonly string[], kind: NotificationKind, params: NotificationParams): Promise<number>;
  /** Time-based notifications due at `now`: event reminders, meetings soon, calls closing. */
  sweep(now: Date, options: SweepOptions): Promise<SweepResult>;
}

const toNotification = (r: Row): StoredNotification => ({
  id: r.id as string,
  kind: r.kind as NotificationKind,
  params: parseJson(r.params) as NotificationParams,
  createdAt: iso(r.created_at),
  readAt: r.read_at ? iso(r.read_at) : null,
});

export class NotificationsRepository implements Notifications {
  private readonly writer: NotificationWriter;
  private readonly sweeper: NotificationSweep;

  constructor(
    private readonly uow: UnitOfWork,
    outbox: MailOutboxRepository,
  ) {
    this.writer = new NotificationWriter(outbox);
    this.sweeper = new NotificationSweep(uow, this.writer);
    uow.onAudit((trx, write) => this.writer.onWrite(trx, write));
  }

  async list(userId: string, query: NotificationListQuery): Promise<NotificationPage> {
    if (!isUuid(userId)) return { items: [], total: 0, unread: 0 };
    const filter = query.unread ? sql`and read_at is null` : sql``;
    const { rows } = await sql<Row>`select *, count(*) over () as total from notifications
      where user_id = ${userId} ${filter} order by created_at desc, id
      limit ${query.limit} offset ${query.offset}`.execute(this.uow.db);
    const counts = await sql<Row>`select count(*) filter (where read_at is null)::int as unread,
        count(*)::int as total from notifications where user_id = ${userId}`.execute(this.uow.db);
    const unread = Number(counts.rows[0]?.unread ?? 0);
    const total = rows[0]
      ? Number(rows[0].total)
      : query.unread
        ? unread
        : Number(counts.rows[0]?.total ?? 0);
    return { items: rows.map(toNotification), total, unread };
  }

  async markRead(userId: string, id: string, now: Date): Promise<boolean> {
    if (!isUuid(id) || !isUuid(userId)) return false;
    const { rows } = await sql<Row>`update notifications set read_at = coalesce(read_at, ${now})
      where id = ${id} and user_id = ${userId} returning id`.execute(this.uow.db);
    return rows.length === 1;
  }

  async markAllRead(userId: string, now: Date): Promise<number> {
    const { rows } = await sql<Row>`update notifications set read_at = ${now}
      where user_id = ${userId} and read_at is null returning id`.execute(this.uow.db);
    return rows.length;
  }

  async preferences(userId: string): Promise<NotificationPreferences> {
    const user = await sql<Row>`select language from users where id = ${userId}`.execute(this.uow.db);
    const { rows } = await sql<Row>`select kind, in_app, email from notification_preferences
      where user_id = ${userId}`.execute(this.uow.db);
    const stored: NotificationPreference[] = rows.map((r) => ({
      kind: r.kind as NotificationKind,
      inApp: Boolean(r.in_app),
      email: Boolean(r.email),
    }));
    return {
      language: (user.rows[0]?.language as NotificationLanguage | undefined) ?? 'en',
      kinds: preferencesWithDefaults(stored),
    };
  }

  async setPreferences(userId: string, preferences: NotificationPreferences, actor: Actor) {
    await this.uow.tx(async (trx) => {
      await sql`update users set language = ${preferences.language} where id = ${userId}`.execute(trx);
      for (const p of preferences.kinds)
        await sql`insert into notification_preferences (user_id, kind, in_app, email)
          values (${userId}, ${p.kind}, ${p.inApp}, ${p.email})
          on conflict (user_id, kind) do update set in_app = excluded.in_app, email = excluded.email`.execute(
          trx,
        );
      await this.uow.audit(trx, actor, 'update', 'notification_preferences', userId, preferences);
    });
    return this.preferences(userId);
  }

  async unsubscribe(userId: string, kind: NotificationKind, actor: Actor): Promise<boolean> {
    if (!isUuid(userId)) return false;
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`insert into notification_preferences (user_id, kind, in_app, email)
        select id, ${kind}, true, false from users where id = ${userId}
        on conflict (user_id, kind) do update set email = false returning user_id`.execute(trx);
      if (!rows.length) return false;
      await this.uow.audit(trx, actor, 'update', 'notification_preferences', userId, { kind, email: false });
      return true;
    });
  }

  notify(userIds: readonly string[], kind: NotificationKind, params: NotificationParams): Promise<number> {
    return this.uow.tx((trx) => this.writer.notify(trx, userIds, kind, params));
  }

  sweep(now: Date, options: SweepOptions): Promise<SweepResult> {
    return this.sweeper.run(now, options);
  }
}
