/**
 * Refuses, with 400 and the field named, text no field may hold (the core's
 * `unsafeTextProblem`: NUL, lone surrogates) anywhere in a request — path and query
 * (a middleware), JSON bodies (the validator's hook, `checkBodyText`) — and malformed
 * percent-encoding in the path or query. So no route reaches the database with such
 * text (it answered 500 before; issue 10, point 9). Bodies that are not JSON are their
 * route's business: the cluster import parser checks its rows and reports row and field.
 */
import { findUnsafeText, unsafeTextProblem } from '@polos/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';
import { ApiError, type FieldError } from './errors';

function decode(raw: string, where: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new ApiError(400, 'invalid_encoding', `malformed percent-encoding in the ${where}`, [
      { path: where, message: `"${raw.slice(0, 100)}" is not valid percent-encoded UTF-8` },
    ]);
  }
}

const refuse = (fields: FieldError[]) =>
  new ApiError(400, 'invalid_text', 'text may not contain NUL characters or lone surrogates', fields);

/**
 * For the validator's hook: refuses a validated JSON body holding unsafe text (after
 * the route's own body limit, on the parsed value the route will use).
 */
export function checkBodyText(body: unknown): void {
  const issues = findUnsafeText(body);
  if (issues.length)
    throw refuse(issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message })));
}

/** Path and query: malformed percent-encoding, NUL or lone surrogates → 400. */
export const rejectUnsafeText: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = c.req.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return next();
  const queryAt = url.indexOf('?', start);
  const rawPath = queryAt < 0 ? url.slice(start) : url.slice(start, queryAt);
  const rawQuery = queryAt < 0 ? '' : url.slice(queryAt + 1).split('#')[0]!;

  const pathProblem = unsafeTextProblem(decode(rawPath, 'path'));
  if (pathProblem) throw refuse([{ path: 'path', message: pathProblem }]);

  const fields: FieldError[] = [];
  for (const pair of rawQuery ? rawQuery.split('&') : []) {
    const eq = pair.indexOf('=');
    const key = decode((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '), 'query');
    const keyProblem = unsafeTextProblem(key);
    const where = `query.${keyProblem ? '(name)' : key}`;
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1).replace(/\+/g, ' '), where);
    const problem = keyProblem ?? unsafeTextProblem(value);
    if (problem) fields.push({ path: where, message: problem });
  }
  if (fields.length) throw refuse(fields);

  await next();
};
