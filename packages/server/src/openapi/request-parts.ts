/** Request parts the collaboration routes share: a JSON body, a country and a yes/no query parameter. */
import { z } from 'zod';

/** A JSON request body of `schema`; `required: false` lets a caller send none. */
export const jsonBody = <T>(schema: T, required = true) => ({
  content: { 'application/json': { schema } },
  required,
});

/** An ISO 3166-1 alpha-2 code in any case, answered in capitals. */
export const countryQuery = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'use an ISO 3166-1 alpha-2 code')
  .transform((s) => s.toUpperCase());

/** `true` or `false` in a query string. */
export const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
