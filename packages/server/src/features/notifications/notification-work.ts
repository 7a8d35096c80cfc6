/**
 * The notifications' background work in a running server (decision 081): every
 * `SWEEP_EVERY_MS` the time-based notifications (event reminders due, meetings soon,
 * followed calls closing), and every `DELIVER_EVERY_MS` the e-mails due in the outbox.
 * Rounds never overlap; a failed round is logged and the next one tries again.
 */
import type { Store } from '@polos/store';
import type { Logger } from 'pino';
import type { ServerConfig } from '../../config';
import { createMailer, type Mailer } from '../../mail/mailer';
import { deliverDueMail, type MailTemplates } from '../../mail/mail-worker';
import { ACCOUNT_LINK_TEMPLATE, NOTIFICATION_TEMPLATE } from '@polos/store';
import { accountMailTemplate } from '../accounts/account-mail';
import { notificationMailTemplate } from './notification-mail';

const SWEEP_EVERY_MS = 60_000;
const DELIVER_EVERY_MS = 15_000;
/** Most rows of each kind one sweep handles. */
const SWEEP_BATCH = 200;

/** Where links in e-mails point: the first POLOS_PUBLIC_ORIGIN, else this server on localhost. */
export const linkOrigin = (config: Pick<ServerConfig, 'publicOrigins' | 'port'>): string =>
  config.publicOrigins[0] ?? `http://localhost:${config.port}`;

/** The templates the mail worker knows. */
export const mailTemplates = (store: Store, origin: string): MailTemplates => ({
  [NOTIFICATION_TEMPLATE]: notificationMailTemplate(store, origin),
  [ACCOUNT_LINK_TEMPLATE]: accountMailTemplate(origin),
});

export type NotificationWorkConfig = Pick<
  ServerConfig,
  'publicOrigins' | 'port' | 'mail' | 'callClosingDays' | 'meetingReminderHours'
>;

/** Sweeps once (the tests and the interval both call it). */
export const sweepNotifications = (
  store: Store,
  config: Pick<ServerConfig, 'callClosingDays' | 'meetingReminderHours'>,
  now: Date,
) =>
  store.notifications.sweep(now, {
    callClosingDays: config.callClosingDays,
    meetingReminderHours: config.meetingReminderHours,
    batch: SWEEP_BATCH,
  });

/** Starts both loops; `stop()` ends them and closes the mailer. */
export function startNotificationWork(
  store: Store,
  config: NotificationWorkConfig,
  logger: Logger,
  mailer: Mailer = createMailer(config.mail, logger),
): { mailer: Mailer; wake(): void; stop(): void } {
  if (mailer.delivery === 'log')
    logger.warn(
      'no SMTP server configured (POLOS_SMTP_URL or POLOS_SMTP_HOST): e-mails are written to this log',
    );
  const templates = mailTemplates(store, linkOrigin(config));
  /** A round that never overlaps itself (a call while it runs is dropped). */
  const guarded = (name: string, round: () => Promise<unknown>) => {
    let running = false;
    return () => {
      if (running) return;
      running = true;
      round()
        .catch((error: unknown) => logger.error({ err: error }, `${name} failed`))
        .finally(() => (running = false));
    };
  };
  const sweep = guarded('the notification sweep', () => sweepNotifications(store, config, new Date()));
  const deliver = guarded('sending e-mails', () =>
    deliverDueMail({ store, mailer, templates, logger, now: new Date() }),
  );
  const timers = [setInterval(sweep, SWEEP_EVERY_MS), setInterval(deliver, DELIVER_EVERY_MS)];
  for (const t of timers) t.unref();
  return {
    mailer,
    // After a request queued an e-mail (an invitation, a reset link): send it now.
    wake: () => setImmediate(deliver),
    stop() {
      for (const t of timers) clearInterval(t);
      mailer.close();
    },
  };
}
