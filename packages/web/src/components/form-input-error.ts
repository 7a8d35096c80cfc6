/**
 * Values the form could not read before sending (a number not written in the user's
 * format): the form shows each line next to its fields and sends nothing (decision 094).
 */
import type { TFunction } from 'i18next';
import { numberExample, parseLocaleNumber } from '../locale-number';

export class FormInputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('; '));
    this.name = 'FormInputError';
  }
}

/**
 * Reads several numeric fields in the user's language: all values, or a FormInputError
 * naming every field that could not be read, with the rule and an example.
 */
export function readNumbers<K extends string>(
  t: TFunction,
  language: string,
  fields: Record<K, { label: string; text: string; whole?: boolean }>,
): Record<K, number | null> {
  const values = {} as Record<K, number | null>;
  const lines: string[] = [];
  for (const key of Object.keys(fields) as K[]) {
    const { label, text, whole } = fields[key];
    const read = parseLocaleNumber(text, language, { whole });
    if (read.ok) values[key] = read.value;
    else
      lines.push(
        t(`forms.number.${read.problem}`, {
          field: label,
          text: text.trim(),
          example: numberExample(language),
        }),
      );
  }
  if (lines.length) throw new FormInputError(lines);
  return values;
}
