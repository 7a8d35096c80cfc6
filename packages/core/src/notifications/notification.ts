/**
 * Notifications (issue 12 point 7; decision 081): the kinds, what each carries, the
 * per-kind preferences, and the message of a notification in the recipient's language —
 * the same words in the app and in the e-mail. Pure: dates are formatted with `Intl`.
 */
import { z } from 'zod';
import messages from './notification-messages.json';

export const notificationKinds = [
  'interest',
  'comment',
  'meeting_request',
  'request_answered',
  'meeting_reminder',
  'call_closing',
] as const;
export const notificationKindSchema = z
  .enum(notificationKinds)
  .describe(
    'interest: someone expressed interest in a post of my organisation; comment: someone commented on it; ' +
      'meeting_request: an organisation asks mine for a meeting; request_answered: a request of mine was ' +
      'accepted, declined or expired; meeting_reminder: a meeting is soon or a request awaits an answer; ' +
      'call_closing: a call I follow closes soon.',
  )
  .meta({ id: 'NotificationKind' });
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const notificationLanguages = ['en', 'es', 'pt'] as const;
export const notificationLanguageSchema = z
  .enum(notificationLanguages)
  .describe('The language of notifications and e-mails to this user.')
  .meta({ id: 'NotificationLanguage' });
export type NotificationLanguage = z.infer<typeof notificationLanguageSchema>;

/** What a notification says, as data (names, titles, ISO dates); rendered in each reader's language. */
export const notificationParamsSchema = z
  .record(z.string(), z.string())
  .describe('Names, titles and ISO dates the message is made of.')
  .meta({ id: 'NotificationParams' });
export type NotificationParams = Readonly<Record<string, string>>;

export const notificationPreferenceSchema = z
  .object({
    kind: notificationKindSchema,
    inApp: z.boolean().describe('Shown in the app’s notification list.'),
    email: z.boolean().describe('Sent by e-mail.'),
  })
  .meta({ id: 'NotificationPreference' });
export type NotificationPreference = z.infer<typeof notificationPreferenceSchema>;

export const notificationPreferencesSchema = z
  .object({
    language: notificationLanguageSchema,
    kinds: z
      .array(notificationPreferenceSchema)
      .max(notificationKinds.length)
      .describe('One entry per kind; a kind left out keeps its setting (by default both on).'),
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** Every kind on for both channels, unless `stored` says otherwise. */
export function preferencesWithDefaults(
  stored: ReadonlyArray<NotificationPreference>,
): NotificationPreference[] {
  return notificationKinds.map(
    (kind) => stored.find((p) => p.kind === kind) ?? { kind, inApp: true, email: true },
  );
}

export interface NotificationMessage {
  subject: string;
  text: string;
  /** The page of the web app the notification is about (a path, e.g. `/events/…`). */
  path: string;
}

type Catalogue = Record<string, string>;
const catalogues = messages as Record<NotificationLanguage, Catalogue>;

/** One of the fixed texts (e-mail footer, unsubscribe page) in `language`, `{{kindLabel}}` filled. */
export function notificationText(
  key: 'open' | 'unsubscribe' | 'footer' | 'unsubscribed' | 'unsubscribe_invalid',
  language: NotificationLanguage,
  kind?: NotificationKind,
): string {
  const catalogue = catalogues[language] ?? catalogues.en;
  const text = catalogue[key] ?? catalogues.en[key]!;
  return text.replace('{{kindLabel}}', kind ? notificationKindLabel(kind, language) : '');
}

/** What a kind is about, in `language` (preferences form, unsubscribe page). */
export function notificationKindLabel(kind: NotificationKind, language: NotificationLanguage): string {
  return (catalogues[language] ?? catalogues.en)[`kind.${kind}`] ?? kind;
}

const DATE_PARAMS = new Set(['expiresAt', 'startsAt', 'deadline']);

function formatDate(isoDate: string, language: NotificationLanguage, timeZone: string | undefined): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat(language, {
      // dateStyle/timeStyle may not be combined with timeZoneName: the parts one by one.
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: timeZone ?? 'UTC',
      timeZoneName: 'short',
    }).format(date);
  } catch {
    return date.toISOString();
  }
}

function pathOf(kind: NotificationKind, params: NotificationParams): string {
  const id = (key: string) => encodeURIComponent(params[key] ?? '');
  if (kind === 'interest' || kind === 'comment') return `/partner-searches/${id('postId')}`;
  if (kind === 'call_closing') return '/calls';
  return `/events/${id('eventId')}`;
}

/**
 * The message of a notification in `language`: `{{name}}` placeholders filled from
 * `params`, dates (`expiresAt`, `startsAt`, `deadline`) written in the language, in the
 * `timeZone` param when there is one (an event's zone), else UTC. The variant of
 * `request_answered` is `params.answer`, of `meeting_reminder` `params.reason`.
 * @example notificationMessage('interest', { postId: 'p1', postTitle: 'Textile', senderName: 'Ana' }, 'es').subject
 *   // 'Nuevo interés en «Textile»'
 */
export function notificationMessage(
  kind: NotificationKind,
  params: NotificationParams,
  language: NotificationLanguage,
): NotificationMessage {
  const variant =
    kind === 'request_answered'
      ? `.${params.answer ?? 'accepted'}`
      : kind === 'meeting_reminder'
        ? `.${params.reason ?? 'upcoming'}`
        : '';
  const catalogue = catalogues[language] ?? catalogues.en;
  const fill = (template: string) =>
    template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = params[name] ?? '';
      return DATE_PARAMS.has(name) ? formatDate(value, language, params.timeZone) : value;
    });
  const pick = (part: 'subject' | 'text') =>
    catalogue[`${kind}${variant}.${part}`] ?? catalogues.en[`${kind}${variant}.${part}`] ?? kind;
  return { subject: fill(pick('subject')), text: fill(pick('text')), path: pathOf(kind, params) };
}
