/**
 * One error type that knows its HTTP status, and the one JSON shape every error takes:
 * `{ "error": { "status", "code", "message", "fields"?: [{ "path", "message" }] } }`.
 */
import { z } from 'zod';

export interface FieldError {
  path: string;
  message: string;
}

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
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
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
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
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
