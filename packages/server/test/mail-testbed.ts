/**
 * The notification tests' common ground: an app over a seeded store, a real SMTP server on
 * 127.0.0.1 with a mailer pointed at it, the first two organisations of the directory, and
 * one round of the mail worker at a given time.
 */
import { pino } from 'pino';
import type { StoreFactory } from '../../store/test/test-stores';
import { linkOrigin, mailTemplates } from '../src/features/notifications/notification-work';
import { createMailer } from '../src/mail/mailer';
import { deliverDueMail, type DeliveryResult } from '../src/mail/mail-worker';
import { startTestSmtp, type TestSmtp } from './smtp-fixture';
import { testApp, type TestApp } from './test-app';

export const testOrigin = 'https://polos.test';
export const workConfig = {
  publicOrigins: [testOrigin],
  port: 8080,
  callClosingDays: 7,
  meetingReminderHours: 24,
};

export interface MailTestbed {
  t: TestApp;
  smtp: TestSmtp;
  organisations: [string, string];
  /** One round of the mail worker at `now`. */
  deliver(now?: Date): Promise<DeliveryResult>;
  close(): Promise<void>;
}

export async function mailTestbed(factory: StoreFactory): Promise<MailTestbed> {
  const t = await testApp(factory);
  const smtp = await startTestSmtp();
  const logger = pino({ level: 'silent' });
  const mailer = createMailer(smtp.settings, logger);
  const templates = mailTemplates(t.store, linkOrigin(workConfig));
  const list = (await (await t.app.request('/api/organisations?limit=2')).json()) as {
    items: Array<{ id: string }>;
  };
  return {
    t,
    smtp,
    organisations: list.items.map((o) => o.id) as [string, string],
    deliver: (now = new Date()) => deliverDueMail({ store: t.store, mailer, templates, logger, now }),
    async close() {
      mailer.close();
      await smtp.close();
      await t.close();
    },
  };
}
