/** Shared OpenAPI response declarations. */
import { errorBodySchema } from '../errors';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorBodySchema } },
});

export const errorResponses = {
  400: error('Invalid input: `fields` names each bad field'),
  401: error('Not signed in'),
  403: error('Signed in, but not allowed'),
  404: error('Not found'),
  409: error('Conflict: the id or e-mail is taken'),
  413: error('The body is larger than 10 MB'),
  415: error('Unsupported media type'),
  429: error('Too many failed attempts; see the Retry-After header'),
};

export const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const secured: Array<Record<string, string[]>> = [{ cookieAuth: [] }, { bearerAuth: [] }];

/**
 * The shared error responses with these statuses, to spread into a route's `responses`.
 *
 * @example responses: { 204: { description: 'Deleted' }, ...errorsOf(401, 403, 404) }
 */
export function errorsOf<const S extends keyof typeof errorResponses>(
  ...statuses: S[]
): Pick<typeof errorResponses, S> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponses[s]])) as Pick<typeof errorResponses, S>;
}
