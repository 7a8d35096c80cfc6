/**
 * Where e-mail goes, from the environment (docs/configuration.md): an SMTP server given
 * as one URL (`POLOS_SMTP_URL=smtp://user:pass@host:587`, `smtps://…` for TLS from the
 * start) or as parts (`POLOS_SMTP_HOST`, `_PORT`, `_USER`, `_PASS`, `_SECURE`), and the
 * sender (`POLOS_MAIL_FROM`). Without an SMTP server, e-mails are written to the log.
 */
import { z } from 'zod';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | undefined;
  pass: string | undefined;
}

export interface MailSettings {
  /** Undefined: no SMTP server configured; e-mails are written to the server log. */
  smtp: SmtpSettings | undefined;
  from: string;
}

export const DEFAULT_MAIL_FROM = 'polos <polos@localhost>';

const smtpUrl = z.string().transform((text, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
    ctx.addIssue({ code: 'custom', message: 'use smtp://user:pass@host:587 or smtps://user:pass@host:465' });
    return z.NEVER;
  }
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    user: url.username ? decodeURIComponent(url.username) : undefined,
    pass: url.password ? decodeURIComponent(url.password) : undefined,
  } satisfies SmtpSettings;
});

/** The variables of the mail settings, merged into the server's configuration schema. */
export const mailEnvironmentSchema = z.object({
  POLOS_SMTP_URL: smtpUrl.optional(),
  POLOS_SMTP_HOST: z.string().min(1).optional(),
  POLOS_SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  POLOS_SMTP_USER: z.string().optional(),
  POLOS_SMTP_PASS: z.string().optional(),
  POLOS_SMTP_SECURE: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .optional(),
  POLOS_MAIL_FROM: z.string().min(3).max(320).default(DEFAULT_MAIL_FROM),
});

/** The URL wins over the parts; a host alone is enough (port 587, or 465 when secure). */
export function mailSettingsOf(e: z.infer<typeof mailEnvironmentSchema>): MailSettings {
  if (e.POLOS_SMTP_URL) return { smtp: e.POLOS_SMTP_URL, from: e.POLOS_MAIL_FROM };
  if (!e.POLOS_SMTP_HOST) return { smtp: undefined, from: e.POLOS_MAIL_FROM };
  const secure = e.POLOS_SMTP_SECURE ?? e.POLOS_SMTP_PORT === 465;
  return {
    smtp: {
      host: e.POLOS_SMTP_HOST,
      port: e.POLOS_SMTP_PORT ?? (secure ? 465 : 587),
      secure,
      user: e.POLOS_SMTP_USER,
      pass: e.POLOS_SMTP_PASS,
    },
    from: e.POLOS_MAIL_FROM,
  };
}
