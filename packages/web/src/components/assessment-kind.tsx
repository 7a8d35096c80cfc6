/**
 * Whose scores and of when (decision 100): an assessment's kind in the user's language and
 * its date — the year alone when only the year is known (the seeded study's "2004").
 */
import type { AssessmentKind, DatePrecision } from '@polos/core/vocabulary-lists';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** An assessment's date in `lang`: the year alone for `year` precision, else the date ('—' without one). */
export function assessmentDate(
  a: { assessedOn: string | null; datePrecision?: DatePrecision | null },
  lang: string,
  dateStyle: 'long' | 'medium' = 'long',
): string {
  if (a.assessedOn == null) return '—';
  const date = new Date(`${a.assessedOn.slice(0, 10)}T00:00:00Z`);
  return a.datePrecision === 'year'
    ? new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }).format(date)
    : new Intl.DateTimeFormat(lang, { dateStyle, timeZone: 'UTC' }).format(date);
}

/** The kind's label, e.g. "Published study", "Autoevaluación". */
export const kindLabel = (t: TFunction, kind: AssessmentKind | null | undefined): string =>
  kind ? t(`assessmentKind.kind.${kind}`) : '—';

/** Kinds as one phrase in `lang` ("Published study and Expert assessment"). */
export const kindsPhrase = (t: TFunction, kinds: readonly AssessmentKind[], lang: string): string =>
  new Intl.ListFormat(lang, { type: 'conjunction' }).format(kinds.map((k) => kindLabel(t, k)));

/** The kind as a label beside a score. */
export function KindBadge({ kind }: { kind: AssessmentKind }) {
  const { t } = useTranslation();
  return (
    <span className={`kind-badge kind-${kind}`} data-testid="assessment-kind">
      {kindLabel(t, kind)}
    </span>
  );
}
