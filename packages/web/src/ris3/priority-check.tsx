/** A priority's checks in words: each industry code, then the priority's quadrant and its meaning. */
import { useTranslation } from 'react-i18next';
import type { Ris3PriorityCheck } from '../api/ris3';
import { useFormats } from '../management/formats';
import { checkLines, ordinalFor } from './check-words';

export function PriorityCheck({ check }: { check: Ris3PriorityCheck }) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const ordinal = ordinalFor(i18n.language);
  return (
    <div data-testid="ris3-check">
      {check.verdict ? (
        <p>
          <strong className={`badge quadrant-${check.verdict}`}>{t(`ris3.quadrant.${check.verdict}`)}</strong>{' '}
          {t(`ris3.meaning.${check.verdict}`)}
        </p>
      ) : (
        <p className="muted">{t('ris3.noVerdict')}</p>
      )}
      <ul className="ris3-codes">
        {check.codes.map((c) => (
          <li key={c.code}>
            <strong>{c.status === 'checked' ? `${c.code} — ${c.label}` : c.code}</strong>
            <ul>
              {checkLines(c, f.number, ordinal).map((l) => (
                <li key={l.key}>{t(l.key, l.values)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
