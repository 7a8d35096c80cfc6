/**
 * The mail worker (decision 081): takes the e-mails due in the outbox, renders each with
 * its template in the recipient's language, sends it, and records the result — sent, or
 * retried with exponential back-off (1 min, 2, 4 … at most 6 h) until `MAX_MAIL_ATTEMPTS`,
 * then `failed` with the last error. A user's write never waits for it.
 */
import type { QueuedMail, Store } from '@polos/store';
import type { Logger } from 'pino';
import type { Mailer, RenderedMail } from './mailer';

/** Renders one queued e-mail; one per outbox template (`notification`, later invitations…). */
export type MailTemplate = (mail: QueuedMail) => Promise<RenderedMail>;
export type MailTemplates = Readonly<Record<string, MailTemplate>>;

export const MAX_MAIL_ATTEMPTS = 8;
/** An e-mail being sent is not taken by another worker for this long. */
const LEASE_MS = 5 * 60_000;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 3_600_000;

/** The wait after the `attempts`-th failed attempt. */
export const retryDelayMs = (attempts: number): number =>
  Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

export interface DeliverOptions {
  store: Store;
  mailer: Mailer;
  templates: MailTemplates;
  logger: Logger;
  now: Date;
  /** Most e-mails taken in one round. __Default:__ 50. */
  limit?: number;
}

/** One round: every e-mail due at `now` (up to `limit`), one after the other. */
export async function deliverDueMail(options: DeliverOptions): Promise<DeliveryResult> {
  const { store, mailer, templates, logger, now } = options;
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  const due = await store.mailOutbox.claimDue(now, options.limit ?? 50, LEASE_MS);
  for (const mail of due) {
    try {
      const template = templates[mail.template];
      if (!template) throw new Error(`no mail template "${mail.template}"`);
      await mailer.send(await template(mail));
      await store.mailOutbox.markSent(mail.id, new Date());
      result.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt =
        mail.attempts < MAX_MAIL_ATTEMPTS ? new Date(now.getTime() + retryDelayMs(mail.attempts)) : null;
      await store.mailOutbox.markFailed(mail.id, message, retryAt);
      if (retryAt) result.retried += 1;
      else result.failed += 1;
      // The address is personal data: the outbox id identifies the message.
      logger.warn(
        { mail: mail.id, attempts: mail.attempts, retryAt, err: message },
        'sending an e-mail failed',
      );
    }
  }
  return result;
}
