/**
 * Who is told what, written in the transaction of the write that causes it (decision 081):
 * a notification per recipient who keeps the kind in the app, and an e-mail in the outbox
 * per recipient who keeps it by e-mail, both in the recipient's language and preferences.
 * Recipients are an organisation's administrators (store.organisationAdmins) or a follower;
 * the user who did the write is never told of it.
 */
import { sql } from 'kysely';
import type { NotificationKind, NotificationLanguage, NotificationParams } from '@polos/core/notifications';
import type { MailOutboxRepository } from '../mail/mail-outbox.repository';
import { iso, json, type Row } from '../repositories/sql-values';
import type { AuditedWrite, Executor } from '../repositories/unit-of-work';

/** The outbox template of a notification e-mail; its params are `{ kind, params }`. */
export const NOTIFICATION_TEMPLATE = 'notification';

export class NotificationWriter {
  constructor(private readonly outbox: MailOutboxRepository) {}

  /** Tells `userIds` (except `exceptUserId`), each as their preferences for `kind` say. @returns notifications written. */
  async notify(
    trx: Executor,
    userIds: readonly string[],
    kind: NotificationKind,
    params: NotificationParams,
    exceptUserId: string | null = null,
  ): Promise<number> {
    const recipients = [...new Set(userIds)].filter((id) => id !== exceptUserId);
    if (!recipients.length) return 0;
    const { rows } = await sql<Row>`select u.id, u.email, u.language,
        coalesce(p.in_app, true) as in_app, coalesce(p.email, true) as email_on
      from users u left join notification_preferences p on p.user_id = u.id and p.kind = ${kind}
      where u.id in (${sql.join(recipients.map((id) => sql`${id}::uuid`))}) order by u.id`.execute(trx);
    let written = 0;
    for (const user of rows) {
      if (user.in_app) {
        await sql`insert into notifications (user_id, kind, params)
          values (${user.id}, ${kind}, ${json(params)})`.execute(trx);
        written += 1;
      }
      if (user.email_on)
        await this.outbox.enqueueWith(trx, {
          to: user.email as string,
          template: NOTIFICATION_TEMPLATE,
          language: user.language as NotificationLanguage,
          params: { kind, params },
          userId: user.id as string,
        });
    }
    return written;
  }

  /** The audit listener: the writes of other areas that someone is told of. */
  async onWrite(trx: Executor, write: AuditedWrite): Promise<void> {
    const detail = (write.detail ?? {}) as Record<string, unknown>;
    const by = write.actor.userId;
    if (write.action === 'create' && write.entityId && write.entity === 'partner_search_interest')
      await this.postReply(trx, 'interest', write.entityId, by);
    else if (write.action === 'create' && write.entityId && write.entity === 'partner_search_comment')
      await this.postReply(trx, 'comment', write.entityId, by);
    else if (write.entity === 'meeting_request' && write.entityId) {
      if (write.action === 'create')
        await this.meetingRequest(trx, write.entityId, 'to', 'meeting_request', {}, by);
      else if (detail.status === 'accepted' || detail.status === 'declined')
        await this.meetingRequest(
          trx,
          write.entityId,
          'from',
          'request_answered',
          { answer: detail.status },
          by,
        );
    }
  }

  private async postReply(
    trx: Executor,
    kind: 'interest' | 'comment',
    replyId: string,
    by: string | null,
  ): Promise<void> {
    const reply =
      kind === 'interest'
        ? sql`select i.post_id, i.sender_name as name, o.name as organisation from partner_search_interests i
            left join organisations o on o.id = i.organisation_id where i.id = ${replyId}::uuid`
        : sql`select c.post_id, c.author_name as name, null as organisation from partner_search_comments c
            where c.id = ${replyId}::uuid`;
    const { rows } = await sql<Row>`select r.name, r.organisation, p.id, p.title, p.organisation_id
      from (${reply}) r join partner_search_posts p on p.id = r.post_id`.execute(trx);
    const post = rows[0];
    if (!post) return;
    const senderName = post.organisation
      ? `${String(post.name)} (${String(post.organisation)})`
      : String(post.name);
    await this.notify(
      trx,
      await adminsOf(trx, post.organisation_id as string),
      kind,
      { postId: post.id as string, postTitle: post.title as string, senderName },
      by,
    );
  }

  /** A request's organisations, event and times as notification params. */
  async meetingParams(
    trx: Executor,
    requestId: string,
  ): Promise<(Row & { params: Record<string, string> }) | undefined> {
    const { rows } = await sql<Row>`select r.id, r.event_id, r.from_organisation_id, r.to_organisation_id,
        r.expires_at, r.starts_at, r.table_name, e.title, e.time_zone, f.name as from_name, t.name as to_name
      from event_meeting_requests r join events e on e.id = r.event_id
        join organisations f on f.id = r.from_organisation_id join organisations t on t.id = r.to_organisation_id
      where r.id = ${requestId}::uuid`.execute(trx);
    const r = rows[0];
    if (!r) return undefined;
    const params: Record<string, string> = {
      eventId: r.event_id as string,
      eventTitle: r.title as string,
      requestId: r.id as string,
      fromOrganisation: r.from_name as string,
      toOrganisation: r.to_name as string,
      expiresAt: iso(r.expires_at),
      timeZone: r.time_zone as string,
    };
    if (r.starts_at) params.startsAt = iso(r.starts_at);
    if (r.table_name) params.table = r.table_name as string;
    return { ...r, params };
  }

  /** Tells the administrators of the request's `side` organisation. */
  async meetingRequest(
    trx: Executor,
    requestId: string,
    side: 'from' | 'to',
    kind: NotificationKind,
    extra: Record<string, string>,
    by: string | null,
  ): Promise<void> {
    const request = await this.meetingParams(trx, requestId);
    if (!request) return;
    const organisationId = (
      side === 'from' ? request.from_organisation_id : request.to_organisation_id
    ) as string;
    await this.notify(trx, await adminsOf(trx, organisationId), kind, { ...request.params, ...extra }, by);
  }
}

/** The administrators of an organisation (store.organisationAdmins' table). */
export async function adminsOf(trx: Executor, organisationId: string): Promise<string[]> {
  const { rows } = await sql<Row>`select user_id from organisation_admins
    where organisation_id = ${organisationId} order by user_id`.execute(trx);
  return rows.map((r) => r.user_id as string);
}
