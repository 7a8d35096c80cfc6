/**
 * The portfolio's choice of kinds of assessment (decision 100): one checkbox per kind, the
 * published study and experts by default, and a sentence stating what is used.
 */
import { assessmentKinds, type AssessmentKind } from '@polos/core/vocabulary-lists';
import { useTranslation } from 'react-i18next';
import { kindLabel, kindsPhrase } from './assessment-kind';

export function PortfolioKinds({
  kinds,
  onChange,
}: {
  kinds: readonly AssessmentKind[];
  onChange: (kinds: AssessmentKind[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const toggle = (kind: AssessmentKind, on: boolean) => {
    const next = assessmentKinds.filter((k) => (k === kind ? on : kinds.includes(k)));
    if (next.length > 0) onChange(next);
  };
  return (
    <fieldset className="kinds" data-testid="portfolio-kinds">
      <legend>{t('assessmentKind.kindsLegend')}</legend>
      {assessmentKinds.map((kind) => (
        <label key={kind} className="check">
          <input
            type="checkbox"
            value={kind}
            checked={kinds.includes(kind)}
            // The last kind ticked stays: an analysis needs at least one.
            disabled={kinds.length === 1 && kinds.includes(kind)}
            title={kinds.length === 1 && kinds.includes(kind) ? t('assessmentKind.pickOne') : undefined}
            onChange={(e) => toggle(kind, e.target.checked)}
          />{' '}
          {kindLabel(t, kind)}
        </label>
      ))}
      <p className="muted" data-testid="portfolio-kinds-used">
        {t('assessmentKind.portfolioUses', { kinds: kindsPhrase(t, kinds, i18n.language) })}
      </p>
    </fieldset>
  );
}

/** `kinds=` of the page's address: known kinds in their order, else the default. */
export function kindsFromQuery(value: string | null, fallback: readonly AssessmentKind[]): AssessmentKind[] {
  const given = (value ?? '').split(',');
  const kinds = assessmentKinds.filter((k) => given.includes(k));
  return kinds.length ? kinds : [...fallback];
}
