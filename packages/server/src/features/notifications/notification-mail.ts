/**
 * The `notification` mail template (decision 081): the notification's message in the
 * recipient's language as text and simple HTML, a link to the page it is about, and an
 * unsubscribe link for its kind — also as `List-Unsubscribe` with one-click POST (RFC 2369,
 * RFC 8058).
 */
import {
  notificationKindSchema,
  notificationMessage,
  notificationText,
  type NotificationParams,
} from '@polos/core/notifications';
import type { QueuedMail, Store } from '@polos/store';
import type { MailTemplate } from '../../mail/mail-worker';
import { escapeHtml } from '../../reports/html';
import { unsubscribeToken } from './unsubscribe-token';

/** The template, linking to `origin` (the first POLOS_PUBLIC_ORIGIN). */
export function notificationMailTemplate(store: Store, origin: string): MailTemplate {
  return async (mail: QueuedMail) => {
    const kind = notificationKindSchema.parse(mail.params.kind);
    const params = (mail.params.params ?? {}) as NotificationParams;
    const message = notificationMessage(kind, params, mail.language);
    const link = `${origin}${message.path}`;
    if (!mail.userId) throw new Error('a notification e-mail needs its recipient’s account');
    const unsubscribe = `${origin}/api/notifications/unsubscribe?token=${await unsubscribeToken(store, mail.userId, kind)}`;
    const [open, stop, footer] = (['open', 'unsubscribe', 'footer'] as const).map((k) =>
      notificationText(k, mail.language),
    );
    const text = `${message.text}\n\n${open}: ${link}\n\n--\n${footer}\n${stop}: ${unsubscribe}\n`;
    const html = `<!doctype html><html lang="${mail.language}"><body style="font-family:sans-serif">
<p>${escapeHtml(message.text)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(open!)}</a></p>
<hr><p style="font-size:small;color:#555">${escapeHtml(footer!)}<br>
<a href="${escapeHtml(unsubscribe)}">${escapeHtml(stop!)}</a></p>
</body></html>`;
    return {
      to: mail.to,
      subject: message.subject,
      text,
      html,
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  };
}
