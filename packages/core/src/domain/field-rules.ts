/**
 * The rules a field error may name, so a client says them in the user's language next to
 * the field ("at most 200 characters") — texts `errors.rule.<kind>` in the web app — while
 * the error's `message` stays the English sentence. Used by the API's field errors and by
 * the import parsers' row-by-row issues.
 */
import type { z } from 'zod';

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

export interface FieldRule {
  kind: (typeof FIELD_RULES)[number];
  /** The bound of too_short/too_long (characters or items) and too_small/too_big (the number). */
  limit?: number;
  /** The format of `format`: email, url, date… */
  format?: string;
}

/** The rule of a zod issue, when it is one a person can act on. */
export function fieldRuleOf(issue: z.core.$ZodIssue): FieldRule | undefined {
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
