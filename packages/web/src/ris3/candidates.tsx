/** Candidate priorities: the region's strong clusters (by LQ) and top diversification opportunities, each with "add as priority". */
import { useTranslation } from 'react-i18next';
import type { Ris3View } from '../api/ris3';
import { useFormats } from '../management/formats';

type Found = NonNullable<Ris3View['candidates']>;

export function Candidates({
  candidates,
  onAdd,
}: {
  candidates: Found;
  onAdd?: (prefill: { title: string; codes: string }) => void;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const add = (code: string, label: string) =>
    onAdd ? (
      <button type="button" className="text-link" onClick={() => onAdd({ title: label, codes: code })}>
        {t('ris3.addAsPriority')}
      </button>
    ) : null;
  return (
    <section aria-labelledby="ris3-candidates" data-testid="ris3-candidates">
      <h2 id="ris3-candidates">{t('ris3.candidates')}</h2>
      <h3>{t('ris3.strongClusters')}</h3>
      {candidates.strong.length === 0 ? <p>{t('ris3.noStrong')}</p> : null}
      <ul>
        {candidates.strong.map((c) => (
          <li key={c.code}>
            {c.code} — {c.label}: {t('ris3.strongLine', { lq: f.number(c.lq), stars: c.stars })}{' '}
            {add(c.code, c.label)}
          </li>
        ))}
      </ul>
      <h3>{t('ris3.opportunities')}</h3>
      <p className="muted">{t('ris3.opportunitiesIntro')}</p>
      <ul>
        {candidates.opportunities.map((c) => (
          <li key={c.code}>
            {c.code} — {c.label}:{' '}
            {t('ris3.opportunityLine', {
              density: f.number(c.density),
              pci: f.number(c.pci),
              score: f.number(c.score),
            })}{' '}
            {add(c.code, c.label)}
          </li>
        ))}
      </ul>
    </section>
  );
}
