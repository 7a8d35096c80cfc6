/**
 * Numbers typed by a person, read in their language's convention (decision 094):
 * English groups thousands with "," and marks decimals with "." ("12,500", "380.5");
 * Spanish and Portuguese the other way round ("12.500", "380,5"). A space (also the
 * no-break spaces Intl puts there) groups thousands in every language ("12 500").
 * Groups must have three digits, so "1,2,3" is refused. A text whose one separator is
 * is the decimal mark followed by exactly three digits and reads as another number in the other convention
 * ("12.500" typed in English) is refused as ambiguous rather than guessed.
 */
export type NumberProblem = 'not_a_number' | 'ambiguous' | 'not_whole';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

interface Convention {
  group: string;
  decimal: string;
}

const dotDecimal: Convention = { group: ',', decimal: '.' };
const commaDecimal: Convention = { group: '.', decimal: ',' };

/** The convention of a language code ("en", "es-CL", "pt"); English for unknown ones. */
function conventionOf(language: string): Convention {
  const base = language.toLowerCase().split('-')[0];
  return base === 'es' || base === 'pt' ? commaDecimal : dotDecimal;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number the (space-free) text means in one convention, or null. */
function readIn(text: string, c: Convention): number | null {
  const g = escape(c.group);
  const d = escape(c.decimal);
  const pattern = new RegExp(`^([-+]?)([1-9]\\d{0,2}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`);
  const m = pattern.exec(text);
  if (!m) return null;
  const whole = (m[2] ?? '').split(c.group).join('');
  return Number(`${m[1]}${whole}${m[3] ? `.${m[3]}` : ''}`);
}

/**
 * Reads `text` as a number in `language`. Empty text is `{ ok: true, value: null }`
 * (an unknown figure); `whole` refuses decimals (jobs, firms).
 */
export function parseLocaleNumber(
  text: string,
  language: string,
  options: { whole?: boolean } = {},
): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  // spaces between digit groups: "12 500", "12 500" (no-break), "12 500" (narrow no-break)
  const spaced = /^[-+]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/.test(trimmed);
  const compact = spaced ? trimmed.replace(/[ \u00a0\u202f]/g, '') : trimmed;
  const own = conventionOf(language);
  const other = own === dotDecimal ? commaDecimal : dotDecimal;
  const value = readIn(compact, own);
  if (value === null || !Number.isFinite(value)) return { ok: false, problem: 'not_a_number' };
  // one decimal mark followed by three digits may be the other convention's thousands
  const separators = compact.replace(/[^.,]/g, '');
  const otherValue = readIn(compact, other);
  const lastThree = new RegExp(`${escape(own.decimal)}\\d{3}$`).test(compact);
  if (!spaced && separators.length === 1 && lastThree && otherValue !== null && otherValue !== value)
    return { ok: false, problem: 'ambiguous' };
  if (options.whole && !Number.isInteger(value)) return { ok: false, problem: 'not_whole' };
  return { ok: true, value };
}

/** A number as the person's language writes it ("12,500" / "12.500"); empty for null. */
export function formatLocaleNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 6 }).format(value);
}

/** An example of the language's format, for messages ("12,500.5" / "12.500,5"). */
export function numberExample(language: string): string {
  return formatLocaleNumber(12500.5, language);
}
