/**
 * One partner-search post (`/partner-searches/<id>`): what is offered or requested, by whom,
 * for which sectors and countries, until when; the replies (follow, interest, comments);
 * and for the poster's side the interests received and the status (matched, closed,
 * renewed). API: GET/PATCH /api/partner-searches/{id}, POST …/renew.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../api-client';
import { describeError } from '../api-errors';
import {
  getOrganisation,
  getPartnerSearch,
  type Organisation,
  type PartnerSearch,
} from '../api/organisations';
import { ApiForm } from '../components/api-form';
import { Field } from '../components/field';
import { PartnerSearchReplies } from '../components/partner-search-replies';
import { onLinkClick } from '../navigation';
import { PageStatus } from '../components/page-status';
import { useSession } from '../session';
import { actsFor, useMyOrganisations } from './acts-for';

type State =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; post: PartnerSearch; org: Organisation | null };

export default function PartnerSearchPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const mine = useMyOrganisations();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [renewal, setRenewal] = useState('');
  const [statusProblem, setStatusProblem] = useState<string | null>(null);
  const regionNames = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );

  useEffect(() => {
    const controller = new AbortController();
    getPartnerSearch(id, controller.signal)
      .then(async (post) => {
        const org = await getOrganisation(post.organisationId, controller.signal).catch(() => null);
        setState({ status: 'ready', post, org });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      });
    return () => controller.abort();
  }, [id]);
  useEffect(() => {
    if (state.status === 'ready') document.title = `${state.post.title} · polos`;
  }, [state]);

  if (state.status !== 'ready') return <PageStatus error={state.status === 'error' ? state.error : null} />;
  const { post, org } = state;
  const poster = actsFor(mine, post.organisationId);
  const changed = (next: PartnerSearch) => setState({ status: 'ready', post: next, org });
  const postPath = `/api/partner-searches/${encodeURIComponent(post.id)}`;

  return (
    <main id="main" tabIndex={-1} className="partner-search-page">
      <p className="breadcrumb">
        <a href="/partner-searches" onClick={onLinkClick}>
          {t('partners.title')}
        </a>
      </p>
      <p className="post-tags">
        <span className={`badge badge-${post.direction}`}>
          {t(`partners.directionName.${post.direction}`)}
        </span>{' '}
        <span className="badge badge-neutral">{t(`partners.kindName.${post.kind}`)}</span>{' '}
        <span className="badge badge-neutral" data-testid="post-status">
          {t(`partners.status.${post.status}`)}
        </span>
      </p>
      <h1>{post.title}</h1>
      <p className="intro">
        {t('partners.by')}{' '}
        <a href={`/organisations/${encodeURIComponent(post.organisationId)}`} onClick={onLinkClick}>
          {org?.name ?? post.organisationId}
        </a>
        {org ? ` · ${regionNames.of(org.country) ?? org.country}` : ''}
      </p>
      <p className="post-description">{post.description}</p>
      <dl className="org-profile">
        <div>
          <dt>{t('partners.sectorsField')}</dt>
          <dd>{post.sectors.join(', ') || t('partners.any')}</dd>
        </div>
        <div>
          <dt>{t('partners.countriesField')}</dt>
          <dd>{post.countriesSought.map((c) => regionNames.of(c) ?? c).join(', ') || t('partners.any')}</dd>
        </div>
        <div>
          <dt>{t('partners.published')}</dt>
          <dd>{post.publishedOn}</dd>
        </div>
        <div>
          <dt>{t('partners.expiresOn')}</dt>
          <dd>{post.expiresOn}</dd>
        </div>
      </dl>
      {poster ? (
        <section aria-labelledby="poster-title" className="org-manage">
          <h2 id="poster-title">{t('partners.yourPost')}</h2>
          <div className="actions">
            {(['matched', 'closed', 'open'] as const)
              .filter((s) => s !== post.status)
              .map((s) => (
                <button
                  key={s}
                  type="button"
                  className="secondary"
                  onClick={() =>
                    sendJson<PartnerSearch>('PATCH', postPath, { status: s }).then(
                      (next) => {
                        setStatusProblem(null);
                        changed(next);
                      },
                      (e: unknown) => setStatusProblem(describeError(t, e).text),
                    )
                  }
                >
                  {t(`partners.mark.${s}`)}
                </button>
              ))}
          </div>
          {statusProblem ? <p role="alert">{statusProblem}</p> : null}
          <ApiForm
            title={t('partners.renew')}
            testId="renew"
            submitLabel={t('partners.renewButton')}
            savedText={t('partners.renewed')}
            send={() =>
              sendJson<PartnerSearch>('POST', `${postPath}/renew`, renewal ? { expiresOn: renewal } : {})
            }
            onDone={changed}
          >
            <Field label={t('partners.expiresOn')} type="date" value={renewal} onValue={setRenewal} />
            <small className="muted">{t('partners.expiresHelp')}</small>
          </ApiForm>
        </section>
      ) : null}
      <PartnerSearchReplies post={post} signedIn={!!session.user} poster={poster} mine={mine?.items ?? []} />
    </main>
  );
}
