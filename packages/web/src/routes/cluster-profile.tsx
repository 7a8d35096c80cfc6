/**
 * A cluster's profile: who and where, key figures over the years, the latest diagnosis
 * (indices and every item against its sector group's average), what the statistics say
 * about its region and industry (cluster-statistics.tsx), and the recommended
 * policy mix with what triggered each action and its sources.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCluster, getDiagnosis, type DiagnosisView, type Schemas } from '../api-client';
import { errorMessage } from '../api-errors';
import { AdviceSection } from '../components/advice-section';
import { ClusterEdit } from '../components/cluster-edit';
import { ClusterParts } from '../components/cluster-parts';
import { ClusterStatistics } from '../components/cluster-statistics';
import { ProfileAbout } from '../components/profile-about';
import { onLinkClick } from '../navigation';
import { useSession } from '../session';
import { DataTable } from '../components/data-table';
import { sectorText } from '../i18n/sector-text';

type Cluster = Schemas['Cluster'];

// Charts (Observable Plot) load with the history, after the rest of the profile.
const ProfileHistory = lazy(() => import('../components/profile-history'));

const ITEMS = [
  'specialisedLabourMarket',
  'availabilityOfInputs',
  'easyAccessToInformation',
  'marketAccess',
  'backwardVerticalLinkages',
  'forwardVerticalLinkages',
  'horizontalBilateralLinkages',
  'horizontalMultilateralLinkages',
] as const;
const UPGRADING = ['process', 'product', 'functional', 'intersectoral'] as const;
/** Key-figure columns after the year; money columns carry their unit and currency. */
const FIGURE_COLUMNS = [
  ['firms', 'clusters.col.firms'],
  ['directJobs', 'clusters.col.jobs'],
  ['turnover', 'profile.turnover'],
  ['production', 'profile.production'],
  ['exports', 'profile.exports'],
] as const;
const MONEY = new Set<string>(['turnover', 'production', 'exports']);

type State =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; notFound: boolean }
  | {
      status: 'ready';
      cluster: Cluster;
      diagnosis: DiagnosisView | undefined;
    };

export function ClusterProfile({ id }: { id: string }) {
  const session = useSession();
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  const numbers = useMemo(
    () => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }),
    [i18n.language],
  );
  const regionNames = useMemo(
    () => new Intl.DisplayNames([i18n.language], { type: 'region' }),
    [i18n.language],
  );
  const fmt = (v: number | null | undefined) => (v == null ? '—' : numbers.format(v));

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    (async () => {
      const cluster = await getCluster(id, controller.signal);
      const diagnosis = await getDiagnosis(id, controller.signal);
      setState({ status: 'ready', cluster, diagnosis });
    })().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      const status = (error as { status?: number }).status;
      setState({
        status: 'error',
        error,
        notFound: status === 404,
      });
    });
    return () => controller.abort();
  }, [id]);

  useEffect(() => {
    if (state.status === 'ready') document.title = `${state.cluster.name} — polos`;
    return () => {
      document.title = 'polos';
    };
  }, [state]);

  const back = (
    <a href="/" onClick={onLinkClick} className="back-link">
      ← {t('profile.back')}
    </a>
  );
  if (state.status === 'loading')
    return (
      <main id="main" tabIndex={-1}>
        {back}
        <p aria-live="polite">{t('profile.loading')}</p>
      </main>
    );
  if (state.status === 'error')
    return (
      <main id="main" tabIndex={-1}>
        {back}
        <p role="alert" className="error">
          {state.notFound
            ? t('profile.notFound', { id })
            : t('clusters.error', { message: errorMessage(t, state.error) })}
        </p>
      </main>
    );

  const { cluster, diagnosis } = state;
  const figures = [...cluster.keyFigures].sort((a, b) => b.year - a.year);
  const ce = diagnosis?.diagnosis.collectiveEfficiency;
  return (
    <main id="main" tabIndex={-1} className="profile">
      {back}
      <h1>{cluster.name}</h1>
      <p className="profile-facts">
        <span className={`badge badge-${cluster.sectorGroup}`}>
          {t(`sectorGroup.${cluster.sectorGroup}`)}
        </span>{' '}
        {sectorText(t, i18n.language, cluster.sector)} · {cluster.location ? `${cluster.location}, ` : ''}
        {regionNames.of(cluster.country) ?? cluster.country}
        {cluster.lifeCycleStage ? ` · ${t(`lifeCycle.${cluster.lifeCycleStage}`)}` : ''}
      </p>
      <ProfileAbout cluster={cluster} />
      {session.can.writeAssessment(session.user ?? null, cluster.id) ||
      session.can.updateCluster(session.user ?? null, cluster.id) ? (
        <p className="actions">
          {session.can.writeAssessment(session.user ?? null, cluster.id) ? (
            <a
              className="button"
              href={`/clusters/${encodeURIComponent(cluster.id)}/diagnose`}
              onClick={onLinkClick}
            >
              {t('diagnose.action')}
            </a>
          ) : null}{' '}
          {/* near the top: the edit forms are at the end of a long page (decision 094) */}
          {session.can.updateCluster(session.user ?? null, cluster.id) ? (
            <a className="button" href="#edit-title" data-testid="edit-link">
              {t('edit.title')}
            </a>
          ) : null}
        </p>
      ) : null}

      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t('profile.keyFigures')}</h2>
        {figures.length === 0 ? (
          <p>{t('profile.noFigures')}</p>
        ) : (
          <DataTable name="figures">
            <thead>
              <tr>
                <th scope="col">{t('profile.year')}</th>
                {FIGURE_COLUMNS.map(([key, label]) => (
                  <th key={key} scope="col" className="num">
                    {t(label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={f.year}>
                  <th scope="row">{f.year}</th>
                  {FIGURE_COLUMNS.map(([key]) => (
                    <td key={key} className="num">
                      {MONEY.has(key) && f[key] != null
                        ? `${fmt(f[key])} ${t(`profile.unit.${f.unit ?? 'million'}`, { currency: f.currency })}`
                        : fmt(f[key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="diagnosis-title">
        <h2 id="diagnosis-title">{t('profile.diagnosis')}</h2>
        {!diagnosis || !ce ? (
          <p>{t('profile.noDiagnosis')}</p>
        ) : (
          <>
            <p className="muted">
              {t('profile.assessedBy', {
                assessor: diagnosis.assessment.assessor,
                date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
                  new Date(diagnosis.assessment.assessedOn),
                ),
              })}
            </p>
            <dl className="indices" data-testid="indices">
              <div>
                <dt>{t('profile.eei')}</dt>
                <dd>{fmt(ce.eei)}</dd>
              </div>
              <div>
                <dt>{t('profile.jai')}</dt>
                <dd>{fmt(ce.jai)}</dd>
              </div>
              <div>
                <dt>{t('profile.ice')}</dt>
                <dd>
                  {fmt(ce.ice)}{' '}
                  <span className={`degree degree-${ce.degree}`}>
                    {ce.degree ? t(`profile.degree.${ce.degree}`) : '—'}
                  </span>
                </dd>
              </div>
              <div>
                <dt>{t('profile.groupIce', { n: diagnosis.groupSize })}</dt>
                <dd>{fmt(diagnosis.groupAverages.ice)}</dd>
              </div>
            </dl>
            {ce.unknownItems > 0 ? (
              <p className="muted">{t('profile.unknownItems', { count: ce.unknownItems })}</p>
            ) : null}
            <DataTable
              name="diagnosis"
              caption={t('profile.itemsCaption')}
              columns={[
                { label: t('profile.item') },
                { label: t('profile.score'), className: 'num' },
                { label: t('profile.groupAverage'), className: 'num' },
              ]}
            >
              <tbody>
                {ITEMS.map((item, k) => {
                  const group = k < 4 ? 'externalEconomies' : 'jointAction';
                  const weak = diagnosis.diagnosis.weakestItems.includes(item);
                  return (
                    <tr key={item} className={weak ? 'weak' : undefined}>
                      <th scope="row">
                        {t(`items.${item}`)}
                        {weak ? <span className="tag">{t('profile.weakest')}</span> : null}
                      </th>
                      <td className="num">{fmt(diagnosis.diagnosis.items[item])}</td>
                      <td className="num">{fmt(diagnosis.groupAverages[`${group}.${item}`])}</td>
                    </tr>
                  );
                })}
                {UPGRADING.map((type) => (
                  <tr key={type}>
                    <th scope="row">{t(`upgrading.${type}`)}</th>
                    <td className="num">{fmt(diagnosis.diagnosis.upgrading.scores[type])}</td>
                    <td className="num">{fmt(diagnosis.groupAverages[`upgrading.${type}`])}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            {diagnosis.diagnosis.governance.chains.length ? (
              <>
                <h3>{t('profile.chains')}</h3>
                <ul>
                  {diagnosis.diagnosis.governance.chains.map((c, k) => (
                    <li key={k}>
                      {t(`governance.${c.governance}`)} ({t(`scope.${c.scope}`)})
                      {c.description ? ` — ${c.description}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </section>
      <ClusterStatistics clusterId={cluster.id} refreshKey={cluster.updatedAt} />

      <Suspense fallback={null}>
        <ProfileHistory cluster={cluster} />
      </Suspense>
      {diagnosis ? <AdviceSection clusterId={cluster.id} /> : null}
      <ClusterParts
        clusterId={cluster.id}
        canEdit={session.can.updateCluster(session.user ?? null, cluster.id)}
      />
      {session.can.updateCluster(session.user ?? null, cluster.id) ? (
        <ClusterEdit
          key={cluster.id}
          cluster={cluster}
          onSaved={(updated) => setState((s) => (s.status === 'ready' ? { ...s, cluster: updated } : s))}
        />
      ) : null}
    </main>
  );
}
