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
