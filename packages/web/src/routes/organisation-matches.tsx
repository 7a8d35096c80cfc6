/**
 * An organisation's partners (`/organisations/<id>/matches`; issue 12 point 3): the ten
 * best matches, each with its score and every component — what it measures, its score as a
 * bar, its weight and the API's sentence in the user's language — so why two organisations
 * should meet reads at a glance. API: GET /api/organisations/{id}/matches?limit=10&lang=.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  apiLanguage,
  getMatches,
  getOrganisation,
  type Match,
  type Organisation,
} from '../api/organisations';
import { onLinkClick } from '../navigation';
import { PageStatus } from '../components/page-status';

type State =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; org: Organisation; items: Match[] };

export default function OrganisationMatches({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const lang = apiLanguage(i18n.language);
  const percent = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent' }), [i18n.language]);
  const regionNames = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    Promise.all([getOrganisation(id, controller.signal), getMatches(id, lang, controller.signal)]).then(
      ([org, matches]) => setState({ status: 'ready', org, items: matches.items }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [id, lang]);
  useEffect(() => {
    if (state.status === 'ready') document.title = `${t('matches.title', { name: state.org.name })} · polos`;
  }, [state, t]);

  if (state.status !== 'ready') return <PageStatus error={state.status === 'error' ? state.error : null} />;
  const { org, items } = state;
  return (
    <main id="main" tabIndex={-1} className="matches-page">
      <p className="breadcrumb">
        <a href={`/organisations/${encodeURIComponent(org.id)}`} onClick={onLinkClick}>
          {org.name}
        </a>
      </p>
      <h1>{t('matches.title', { name: org.name })}</h1>
      <p className="intro">{t('matches.intro')}</p>
      {items.length === 0 ? <p className="empty">{t('matches.none')}</p> : null}
      <ol className="matches" data-testid="matches">
        {items.map((m, rank) => (
          <li key={m.organisation.id} className="match" data-organisation-id={m.organisation.id}>
            <h2>
              <span className="rank">{rank + 1}.</span>{' '}
              <a href={`/organisations/${encodeURIComponent(m.organisation.id)}`} onClick={onLinkClick}>
                {m.organisation.name}
              </a>
              {m.organisation.country ? (
                <span className="muted"> · {regionNames.of(m.organisation.country)}</span>
              ) : null}
              <span
                className="match-score"
                aria-label={t('matches.scoreLabel', { score: percent.format(m.score) })}
              >
                {percent.format(m.score)}
              </span>
            </h2>
            <table className="components">
              <caption className="visually-hidden">{t('matches.why', { name: m.organisation.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('matches.component')}</th>
                  <th scope="col">{t('matches.score')}</th>
                  <th scope="col" className="num">
                    {t('matches.weight')}
                  </th>
                  <th scope="col">{t('matches.explanation')}</th>
                </tr>
              </thead>
              <tbody>
                {m.components.map((c) => (
                  <tr key={c.key}>
                    <th scope="row">{t(`matches.key.${c.key}`)}</th>
                    <td data-label={t('matches.score')}>
                      <span className="bar" aria-hidden="true">
                        <span style={{ width: `${Math.round(c.score * 100)}%` }} />
                      </span>{' '}
                      {percent.format(c.score)}
                    </td>
                    <td className="num" data-label={t('matches.weight')}>
                      {percent.format(c.weight)}
                    </td>
                    <td className="explanation">{c.explanation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {m.absent.length ? (
              <details className="absent">
                <summary>{t('matches.absent', { count: m.absent.length })}</summary>
                <ul>
                  {m.absent.map((a) => (
                    <li key={a.key}>
                      <strong>{t(`matches.key.${a.key}`)}</strong>: {a.explanation}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </main>
  );
}
