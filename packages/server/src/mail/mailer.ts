/**
 * The one way polos sends e-mail (decision 081): nodemailer over the configured SMTP
 * server, or — with none configured — a line in the server log per message, so a
 * development machine still shows what would have gone out. `delivery` tells pages which
 * (an admin page can say that e-mails are only logged). Callers never wait on it inside a
 * user's request: the mail worker sends what the outbox holds.
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { MailSettings } from './mail-settings';

/** A message ready to send: both parts, and headers such as List-Unsubscribe. */
export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  /** `smtp`: sent to the configured server; `log`: written to the server log only. */
  readonly delivery: 'smtp' | 'log';
  /** @throws when the SMTP server refuses or cannot be reached (the worker retries). */
  send(mail: RenderedMail): Promise<void>;
  close(): void;
}

/** Whether e-mail leaves the machine with these settings (for pages that tell the admin). */
export const mailDelivery = (settings: MailSettings | undefined): Mailer['delivery'] =>
  settings?.smtp ? 'smtp' : 'log';

export function createMailer(settings: MailSettings, logger: Logger): Mailer {
  const smtp = settings.smtp;
  if (!smtp)
    return {
      delivery: 'log',
      send(mail) {
        // No SMTP server: the message is written to the log instead (development, tests).
        logger.info(
          { mail: { from: settings.from, ...mail } },
          'e-mail not sent (no SMTP server configured)',
        );
        return Promise.resolve();
      },
      close() {},
    };
  const transport: Transporter = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
    // Bounded waits: a stuck server delays the worker, never forever.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    delivery: 'smtp',
    async send(mail) {
      await transport.sendMail({ from: settings.from, ...mail });
    },
    close() {
      transport.close();
    },
  };
}
