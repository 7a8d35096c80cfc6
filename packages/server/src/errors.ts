/**
 * One error type that knows its HTTP status, and the one JSON shape every error takes:
 * `{ "error": { "status", "code", "message", "fields"?: [{ "path", "message" }] } }`.
 */
import { z } from 'zod';
import { FIELD_RULES, fieldRuleOf, type FieldRule } from '@polos/core';

// The rules a field error may name, and how a zod issue names one (core: the import parser uses them too).
export { FIELD_RULES, type FieldRule } from '@polos/core';

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
    const rule = fieldRuleOf(issue);
    return {
      path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
      message: issue.message,
      ...(rule ? { rule } : {}),
    };
  });
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
