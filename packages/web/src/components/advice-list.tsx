/**
 * A recommended policy mix as a list: each action with its priority, objective and rationale,
 * and under "why" the facts that triggered it, what the action is and its sources. Used by
 * the cluster profile and by the end of the diagnosis, so the advice reads the same in both.
 */
import { useTranslation } from 'react-i18next';
import type { AdviceView } from '../api-client';

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
              {t('profile.sources')}:{' '}
              <span lang="en">
                {[
                  ...new Set(r.sources.map((s) => `${s.authors.join(' & ')} (${s.year}), ${s.section}`)),
                ].join('; ')}
              </span>
            </p>
          </details>
        </li>
      ))}
    </ol>
  );
}
