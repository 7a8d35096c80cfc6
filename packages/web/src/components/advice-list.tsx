/**
 * A recommended policy mix as a list: each action with its priority, objective and rationale,
 * and under "why" the facts that triggered it, what the action is and its sources. Used by
 * the cluster profile and by the end of the diagnosis, so the advice reads the same in both.
 */
import { useTranslation } from 'react-i18next';
import type { AdviceView } from '../api-client';

type Source = AdviceView['recommendations'][number]['sources'][number];

/** Each distinct source once, as published (English), its author and year linking to the publication's page. */
function SourceLinks({ sources }: { sources: Source[] }) {
  const distinct = [...new Map(sources.map((s) => [`${s.document}|${s.section}`, s])).values()];
  return (
    <span lang="en">
      {distinct.map((s, k) => {
        const cite = `${s.authors.join(' & ')} (${s.year})`;
        return (
          <span key={`${s.document}|${s.section}`}>
            {k > 0 ? '; ' : null}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
                {cite}
              </a>
            ) : (
              cite
            )}
            , {s.section}
          </span>
        );
      })}
    </span>
  );
}

export function AdviceList({ recommendations }: { recommendations: AdviceView['recommendations'] }) {
  const { t } = useTranslation();
  return (
    <ol className="advice">
      {recommendations.map((r) => (
        <li key={r.action}>
          <h3>
            {r.actionLabel}{' '}
            <span className={`priority priority-${r.priority}`}>{t(`profile.priority.${r.priority}`)}</span>
          </h3>
          <p className="muted">{r.objectiveLabel}</p>
          <p>{r.rationale.join(' ')}</p>
          {r.sectorPriority ? (
            <p className="muted">{t('advice.sectorPriority', { label: r.sectorPriority.label })}</p>
          ) : null}
          <details>
            <summary>{t('profile.why')}</summary>
            <ul>
              {r.triggers.map((tr, k) => (
                <li key={k}>{tr.text}</li>
              ))}
            </ul>
            <p>
              <strong>{t('advice.what')}:</strong> {r.actionDescription}
            </p>
            <p className="sources">
              {t('profile.sources')}: <SourceLinks sources={r.sources} />
            </p>
          </details>
        </li>
      ))}
    </ol>
  );
}
