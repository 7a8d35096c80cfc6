/**
 * The mail outbox (`store.mailOutbox`; migration 011; decision 081): e-mails waiting to be
 * sent, written in the transaction of the write that causes them, claimed by the server's
 * mail worker (several instances never claim the same row), marked sent or retried with
 * back-off up to a bounded number of attempts. Shared by every feature that sends e-mail.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { NotificationLanguage } from '@polos/core/notifications';
import { iso, json, parseJson, type Row } from '../repositories/sql-values';
import type { Executor, UnitOfWork } from '../repositories/unit-of-work';

/** An e-mail to send: a template of the server's mailer with its parameters, in one language. */
export interface OutgoingMail {
  to: string;
  /** The server's template that renders it (e.g. `notification`). */
  template: string;
  language: NotificationLanguage;
  params: Record<string, unknown>;
  /** The recipient's account, when there is one. */
  userId: string | null;
}

export interface QueuedMail extends OutgoingMail {
  id: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface MailOutbox {
  /** Queues one e-mail in its own transaction (features that write it with a write use `enqueueWith`). */
  enqueue(mail: OutgoingMail): Promise<QueuedMail>;
  /**
   * Claims up to `limit` pending e-mails due at `now` for `leaseMs` (their next attempt moves
   * past the lease, so another worker does not take them meanwhile); their `attempts` grows.
   */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<QueuedMail[]>;
  markSent(id: string, now: Date): Promise<void>;
  /** After a failed attempt: retried at `retryAt`, or `failed` for good when `retryAt` is null. */
  markFailed(id: string, error: string, retryAt: Date | null): Promise<void>;
  /** Newest first; for the admin and the tests. */
  list(query: { status?: QueuedMail['status']; limit: number }): Promise<QueuedMail[]>;
  /** A random secret kept in the database (created at first use), shared by every server instance. */
  signingKey(name: string): Promise<Buffer>;
}

const toMail = (r: Row): QueuedMail => ({
  id: String(r.id),
  to: r.to_address as string,
  template: r.template as string,
  language: r.language as NotificationLanguage,
  params: parseJson(r.params) as Record<string, unknown>,
  userId: (r.user_id as string | null) ?? null,
  status: r.status as QueuedMail['status'],
  attempts: Number(r.attempts),
  nextAttemptAt: iso(r.next_attempt_at),
  lastError: (r.last_error as string | null) ?? null,
  createdAt: iso(r.created_at),
  sentAt: r.sent_at ? iso(r.sent_at) : null,
});

/** Longest error text kept for a failed attempt. */
const ERROR_CHARS = 500;

export class MailOutboxRepository implements MailOutbox {
  constructor(private readonly uow: UnitOfWork) {}

  /** Queues one e-mail with `trx`: it is sent only if that transaction commits. */
  async enqueueWith(trx: Executor, mail: OutgoingMail): Promise<QueuedMail> {
    const { rows } = await sql<Row>`insert into mail_outbox (user_id, to_address, template, language, params)
      values (${mail.userId}, ${mail.to}, ${mail.template}, ${mail.language}, ${json(mail.params)})
      returning *`.execute(trx);
    return toMail(rows[0]!);
  }

  enqueue(mail: OutgoingMail): Promise<QueuedMail> {
    return this.uow.tx((trx) => this.enqueueWith(trx, mail));
  }

  claimDue(now: Date, limit: number, leaseMs: number): Promise<QueuedMail[]> {
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`update mail_outbox set attempts = attempts + 1,
          next_attempt_at = ${new Date(now.getTime() + leaseMs)}
        where id in (select id from mail_outbox where status = 'pending' and next_attempt_at <= ${now}
          order by next_attempt_at, id limit ${limit} for update skip locked)
        returning *`.execute(trx);
      return rows.map(toMail).sort((a, b) => Number(a.id) - Number(b.id));
    });
  }

  async markSent(id: string, now: Date): Promise<void> {
    await sql`update mail_outbox set status = 'sent', sent_at = ${now}, last_error = null
      where id = ${id}`.execute(this.uow.db);
  }

  async markFailed(id: string, error: string, retryAt: Date | null): Promise<void> {
    const message = error.slice(0, ERROR_CHARS);
    await (
      retryAt
        ? sql`update mail_outbox set next_attempt_at = ${retryAt}, last_error = ${message} where id = ${id}`
        : sql`update mail_outbox set status = 'failed', last_error = ${message} where id = ${id}`
    ).execute(this.uow.db);
  }

  async list(query: { status?: QueuedMail['status']; limit: number }): Promise<QueuedMail[]> {
    const where = query.status ? sql`where status = ${query.status}` : sql``;
    const { rows } = await sql<Row>`select * from mail_outbox ${where}
      order by id desc limit ${query.limit}`.execute(this.uow.db);
    return rows.map(toMail);
  }

  async signingKey(name: string): Promise<Buffer> {
    // Two instances starting together both insert; the first wins and both read it.
    await sql`insert into server_keys (name, value) values (${name}, ${randomBytes(32).toString('base64')})
      on conflict (name) do nothing`.execute(this.uow.db);
    const { rows } = await sql<Row>`select value from server_keys where name = ${name}`.execute(this.uow.db);
    return Buffer.from(rows[0]!.value as string, 'base64');
  }
}
