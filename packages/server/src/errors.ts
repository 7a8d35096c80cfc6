/**
 * One error type that knows its HTTP status, and the one JSON shape every error takes:
 * `{ "error": { "status", "code", "message", "fields"?: [{ "path", "message" }] } }`.
 */
import { z } from 'zod';

/** The rules a field error may name (texts `errors.rule.<kind>` in the web app). */
export const FIELD_RULES = [
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'not_a_number',
  'format',
  'choice',
  'weak_password',
] as const;

/**
 * The rule a value broke, for clients to say it in the user's language next to the field
 * ("at most 200 characters"); `message` stays the English sentence.
 */
export interface FieldRule {
  kind: (typeof FIELD_RULES)[number];
  /** The bound of too_short/too_long (characters or items) and too_small/too_big (the number). */
  limit?: number;
  /** The format of `format`: email, url, date… */
  format?: string;
}

export interface FieldError {
  path: string;
  message: string;
  rule?: FieldRule;
}

const fieldRuleSchema = z
  .object({
    kind: z.enum(FIELD_RULES),
    limit: z.number().optional(),
    format: z.string().optional(),
  })
  .meta({ id: 'FieldRule' });

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const errorBodySchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.string(),
      message: z.string(),
      fields: z
        .array(z.object({ path: z.string(), message: z.string(), rule: fieldRuleSchema.optional() }))
        .optional(),
    }),
  })
  .meta({ id: 'Error' });

export function errorBody(error: ApiError) {
  return {
    error: {
      status: error.status,
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.extra ?? {}),
    },
  };
}

/** zod issues → field errors with dotted paths (`keyFigures.0.currency`). */
export function fieldsFromZod(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => {
    const rule = ruleOf(issue);
    return {
      path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
      message: issue.message,
      ...(rule ? { rule } : {}),
    };
  });
}

/** The rule of a zod issue, when it is one a person can act on. */
function ruleOf(issue: z.core.$ZodIssue): FieldRule | undefined {
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const counted = issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set';
      if (issue.code === 'too_small' && counted && limit === 1) return { kind: 'required' };
      const kind = counted ? (issue.code === 'too_small' ? 'too_short' : 'too_long') : issue.code;
      return { kind, limit };
    }
    case 'invalid_type':
      // zod does not report the input; its message says what it received.
      if (/received (undefined|null)$/.test(issue.message)) return { kind: 'required' };
      return issue.expected === 'number' || issue.expected === 'int' ? { kind: 'not_a_number' } : undefined;
    case 'invalid_format':
      return { kind: 'format', format: issue.format };
    case 'invalid_value':
      return { kind: 'choice' };
    default:
      return undefined;
  }
}

export const notFound = (what: string, id: string) =>
  new ApiError(404, 'not_found', `no ${what} with id "${id}"`);
export const unauthenticated = () =>
  new ApiError(
    401,
    'unauthenticated',
    'sign in (session cookie) or send an API token (Authorization: Bearer …)',
  );
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);
