/**
 * An organisation's page (`/organisations/<id>`; issue 12 point 1): its profile, the ECCP
 * checklist in the user's language, a link to its explained matches, and — for whoever
 * acts for it — editing, submission, administrators and (staff) publication.
 * API: GET /api/organisations/{id}, …/checklist?lang= (docs/api.md).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  apiLanguage,
  getChecklist,
  getOrganisation,
  type Checklist,
  type Organisation,
} from '../api/organisations';
import { OrganisationManage } from '../components/organisation-manage';
import { OrganisationProfile } from '../components/organisation-profile';
import { onLinkClick } from '../navigation';
import { PageStatus } from '../components/page-status';
import { actsFor, useMyOrganisations } from './acts-for';

type State =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; org: Organisation; checklist: Checklist | null };

export default function OrganisationPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const mine = useMyOrganisations();
  const lang = apiLanguage(i18n.language);
  const regionNames = new Intl.DisplayNames([i18n.language], { type: 'region' });

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([
      getOrganisation(id, controller.signal),
      getChecklist(id, lang, controller.signal).catch(() => null),
    ]).then(
      ([org, checklist]) => setState({ status: 'ready', org, checklist }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [id, lang, version]);
  useEffect(() => {
    if (state.status === 'ready') document.title = `${state.org.name} · polos`;
  }, [state]);

  if (state.status !== 'ready') return <PageStatus error={state.status === 'error' ? state.error : null} />;
  const { org, checklist } = state;
  return (
    <main id="main" tabIndex={-1} className="organisation-page">
      <p className="breadcrumb">
        <a href="/organisations" onClick={onLinkClick}>
          {t('directory.title')}
        </a>
      </p>
      <h1>{org.name}</h1>
      <p className="intro">
        {[org.acronym, org.region, regionNames.of(org.country)].filter(Boolean).join(' · ')}{' '}
        <span className={`badge badge-status-${org.publicationStatus}`}>
          {t(`directory.status.${org.publicationStatus}`)}
        </span>
      </p>
      <p>
        <a
          className="button-link"
          href={`/organisations/${encodeURIComponent(org.id)}/matches`}
          onClick={onLinkClick}
        >
          {t('directory.matchesLink')}
        </a>{' '}
        <a
          className="button-link"
          href={`/organisations/${encodeURIComponent(org.id)}/manage`}
          onClick={onLinkClick}
        >
          {t('management.link')}
        </a>
      </p>
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('directory.profile')}</h2>
        <OrganisationProfile org={org} />
      </section>
      {checklist ? (
        <section aria-labelledby="checklist-title">
          <h2 id="checklist-title">{t('directory.checklist')}</h2>
          <p data-testid="checklist-outcome">
            <strong>{t(`directory.outcome.${checklist.outcome}`)}</strong>
          </p>
          <ul className="checklist">
            {checklist.criteria.map((c) => (
              <li key={c.key} className={`criterion-${c.status}`}>
                <strong>{t(`directory.criterion.${c.key}`)}</strong>:{' '}
                {t(`directory.criterionStatus.${c.status}`)}
                {c.waived ? ` (${t('directory.waived')})` : ''} — {c.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {actsFor(mine, org.id) ? (
        <OrganisationManage org={org} onChanged={() => setVersion((v) => v + 1)} />
      ) : null}
    </main>
  );
}
