/**
 * Text no platform field may hold: the NUL character (PostgreSQL text refuses it) and
 * lone UTF-16 surrogates (not Unicode; jsonb refuses them, text columns would store
 * U+FFFD silently). Input boundaries (the server's request check, the cluster file
 * parser) call these so such input answers 400 naming the field, never 500.
 */

const nul = /\0/;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with `text`, or undefined when it is fine.
 * @example
 * unsafeTextProblem('a\u0000b') // → 'contains a NUL character (\\u0000)'
 * unsafeTextProblem('São Paulo 🧵') // → undefined
 */
export function unsafeTextProblem(text: string): string | undefined {
  if (nul.test(text)) return 'contains a NUL character (\\u0000), which text fields may not hold';
  if (loneSurrogate.test(text))
    return 'contains a lone UTF-16 surrogate (e.g. \\ud800 without its pair), which is not Unicode text';
  return undefined;
}

export interface UnsafeTextIssue {
  /** Path to the string (object keys and array indices); a key's own problem ends with the key. */
  path: Array<string | number>;
  message: string;
}

/**
 * Every string (value or object key) in a parsed JSON value that `unsafeTextProblem`
 * refuses, with its path. Walks at most `limit` issues; depth is bounded by the JSON
 * parser's own nesting.
 * @example
 * findUnsafeText({ name: 'a\u0000', tags: ['ok'] }) // → [{ path: ['name'], message: '…NUL…' }]
 */
export function findUnsafeText(value: unknown, limit = 20): UnsafeTextIssue[] {
  const issues: UnsafeTextIssue[] = [];
  const walk = (v: unknown, path: Array<string | number>): void => {
    if (issues.length >= limit) return;
    if (typeof v === 'string') {
      const message = unsafeTextProblem(v);
      if (message) issues.push({ path, message });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i]));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const message = unsafeTextProblem(key);
        if (message) issues.push({ path: [...path, key], message: `the key ${message}` });
        walk(item, [...path, key]);
      }
    }
  };
  walk(value, []);
  return issues;
}
