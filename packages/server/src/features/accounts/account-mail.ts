/**
 * The `account_link` mail template (decision 104): an invitation, a password reset or an
 * e-mail change link, in the recipient's language, as text and simple HTML. The secret is
 * in the link's fragment (`/account/link#<token>`), which browsers never send to a server
 * nor put in a Referer header.
 */
import type { AccountLinkPurpose, QueuedMail } from '@polos/store';
import type { MailTemplate } from '../../mail/mail-worker';
import { escapeHtml } from '../../reports/html';

type Language = QueuedMail['language'];
interface Texts {
  subject: string;
  body: (name: string) => string;
  action: string;
}

const TEXTS: Record<AccountLinkPurpose, Record<Language, Texts>> = {
  invitation: {
    en: {
      subject: 'You are invited to polos',
      body: (n) =>
        `Hello ${n}, an administrator of polos has created an account for you. Choose your password to start.`,
      action: 'Choose your password',
    },
    es: {
      subject: 'Le invitan a polos',
      body: (n) =>
        `Hola, ${n}: un administrador de polos le ha creado una cuenta. Elija su contraseña para empezar.`,
      action: 'Elegir mi contraseña',
    },
    pt: {
      subject: 'Você foi convidada para o polos',
      body: (n) =>
        `Olá, ${n}: um administrador do polos criou uma conta para você. Escolha a sua senha para começar.`,
      action: 'Escolher a minha senha',
    },
  },
  password_reset: {
    en: {
      subject: 'Reset your polos password',
      body: (n) =>
        `Hello ${n}, someone asked to reset the password of your polos account. If it was not you, ignore this e-mail: your password stays as it is.`,
      action: 'Choose a new password',
    },
    es: {
      subject: 'Restablecer su contraseña de polos',
      body: (n) =>
        `Hola, ${n}: alguien pidió restablecer la contraseña de su cuenta de polos. Si no fue usted, ignore este correo: su contraseña no cambia.`,
      action: 'Elegir una contraseña nueva',
    },
    pt: {
      subject: 'Redefinir a sua senha do polos',
      body: (n) =>
        `Olá, ${n}: alguém pediu para redefinir a senha da sua conta no polos. Se não foi você, ignore este e-mail: a sua senha continua a mesma.`,
      action: 'Escolher uma nova senha',
    },
  },
  email_change: {
    en: {
      subject: 'Confirm your new e-mail address for polos',
      body: (n) => `Hello ${n}, confirm that this is the new address of your polos account.`,
      action: 'Confirm this address',
    },
    es: {
      subject: 'Confirme su nueva dirección de correo en polos',
      body: (n) => `Hola, ${n}: confirme que esta es la nueva dirección de su cuenta de polos.`,
      action: 'Confirmar esta dirección',
    },
    pt: {
      subject: 'Confirme o seu novo endereço de e-mail no polos',
      body: (n) => `Olá, ${n}: confirme que este é o novo endereço da sua conta no polos.`,
      action: 'Confirmar este endereço',
    },
  },
};

const VALID_UNTIL: Record<Language, (when: string) => string> = {
  en: (w) => `The link works once, until ${w} (UTC).`,
  es: (w) => `El enlace funciona una sola vez, hasta el ${w} (UTC).`,
  pt: (w) => `O link funciona uma única vez, até ${w} (UTC).`,
};

/** The link an account e-mail carries. */
export const accountLinkUrl = (origin: string, token: string) => `${origin}/account/link#${token}`;

/** The template, linking to `origin` (the first POLOS_PUBLIC_ORIGIN). */
export function accountMailTemplate(origin: string): MailTemplate {
  return (mail: QueuedMail) => {
    const purpose = mail.params.purpose as AccountLinkPurpose;
    const texts = TEXTS[purpose]?.[mail.language];
    if (!texts) throw new Error(`no account e-mail for "${String(purpose)}"`);
    const link = accountLinkUrl(origin, String(mail.params.token));
    const when = new Intl.DateTimeFormat(mail.language, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(new Date(String(mail.params.expiresAt)));
    const body = texts.body(String(mail.params.name));
    const until = VALID_UNTIL[mail.language](when);
    const text = `${body}\n\n${texts.action}: ${link}\n\n${until}\n`;
    const html = `<!doctype html><html lang="${mail.language}"><body style="font-family:sans-serif">
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(texts.action)}</a></p>
<p style="font-size:small;color:#555">${escapeHtml(until)}</p>
</body></html>`;
    return Promise.resolve({ to: mail.to, subject: texts.subject, text, html });
  };
}
