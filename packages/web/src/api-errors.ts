/**
 * What the app tells a person when the API (or the network) fails, in their language.
 * The API answers `{ error: { code, message, fields } }` with English messages; the app
 * translates by `code` (texts in i18n/features/errors.*.json) and names each bad field.
 * The server's English message is shown only for a code the app does not know.
 */
import i18next, { type TFunction } from 'i18next';
import { ApiRequestError } from './api-client';

/** The error codes of docs/api.md, each with a text `errors.code.<code>`. */
export const knownErrorCodes = [
  'invalid_input',
  'invalid_json',
  'invalid_import',
  'bad_request',
  'unauthenticated',
  'invalid_credentials',
  'invalid_token',
  'forbidden',
  'csrf',
  'cross_origin',
  'not_found',
  'conflict',
  'last_admin',
  'self',
  'not_invited',
  'email_taken',
  'account_deactivated',
  'link_invalid',
  'too_large',
  'unsupported_media_type',
  'too_many_attempts',
  'internal',
  'unavailable',
] as const;
const known = new Set<string>(knownErrorCodes);

export interface ErrorDescription {
  /** One sentence in the user's language. */
  text: string;
  /** One line per bad field, in the user's language. */
  fields: string[];
  /** The server's own (English) message, only when its code is unknown to the app. */
  detail: string | undefined;
}

/** The field's label: `errors.field.<last part of the path>`, else the path itself. */
function fieldLabel(t: TFunction, path: string): string {
  const name =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p) && p !== 'query' && p !== 'param')
      .pop() ?? path;
  return t(`errors.field.${name}`, { defaultValue: path });
}

type FieldError = NonNullable<NonNullable<ApiRequestError['body']>['error']['fields']>[number];

/** One bad field in the user's language: its label and the rule it broke ("at most 200 characters"). */
export function fieldProblem(t: TFunction, f: FieldError): string {
  const field = fieldLabel(t, f.path);
  if (!f.rule) return t('errors.fieldInvalid', { field });
  const limit =
    f.rule.limit === undefined ? '' : new Intl.NumberFormat(i18next.language).format(f.rule.limit);
  const format = f.rule.format ? t(`errors.field.${f.rule.format}`, { defaultValue: f.rule.format }) : '';
  return t(`errors.rule.${f.rule.kind}`, { field, limit, format });
}

export function describeError(t: TFunction, error: unknown): ErrorDescription {
  if (error instanceof ApiRequestError) {
    const body = error.body?.error;
    const code = body?.code;
    if (code && known.has(code))
      return {
        text: t(`errors.code.${code}`),
        fields: (body.fields ?? []).map((f) => fieldProblem(t, f)),
        detail: undefined,
      };
    return {
      text: t('errors.status', { status: error.status }),
      fields: [],
      detail: body?.message,
    };
  }
  // fetch rejects with a TypeError when the server cannot be reached
  if (error instanceof TypeError) return { text: t('errors.network'), fields: [], detail: undefined };
  return {
    text: t('errors.unexpected'),
    fields: [],
    detail: error instanceof Error ? error.message : String(error),
  };
}

/** The description as one line: text, fields, and the server's detail in parentheses. */
export function errorMessage(t: TFunction, error: unknown): string {
  const d = describeError(t, error);
  const text = [d.text.replace(/[.\s]+$/, ''), ...d.fields].join('; ');
  return d.detail ? `${text} (${t('errors.serverSaid', { message: d.detail })})` : text;
}
