/**
 * On a cluster's profile, next to the diagnosis: what the statistics say (decision 090) —
 * the cluster's region and industry codes, and from the bundled dataset of its region
 * system its LQ, size, ranks, strong cluster, stars and growth, or a sentence saying why
 * there are no figures. Fetched in the interface language (GET /api/clusters/{id}/statistics).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../region/unit-label';
import { getClusterStatistics, type ClusterStatisticsView } from '../api-client';
import { errorMessage } from '../api-errors';
import { onLinkClick } from '../navigation';
import { StatisticsFigures } from './cluster-statistics-figures';

type State =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: ClusterStatisticsView };

/** "NUTS 2 ES21 (País Vasco)" */
function CodeLine({
  label,
  code,
  name,
}: {
  label: string;
  code: { system: string; code: string };
  name: string | null;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {t(`statistics.system.${code.system}`)} <code>{code.code}</code>
        {name ? ` (${name})` : ''}
      </dd>
    </div>
  );
}

export function ClusterStatistics({ clusterId, refreshKey }: { clusterId: string; refreshKey: string }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    getClusterStatistics(clusterId, i18n.language, controller.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [clusterId, i18n.language, refreshKey]);

  return (
    <section
      aria-labelledby="statistics-title"
      aria-busy={state.status === 'loading'}
      data-testid="statistics-section"
    >
      <h2 id="statistics-title">{t('statistics.title')}</h2>
      {state.status === 'loading' ? <p aria-live="polite">{t('statistics.loading')}</p> : null}
      {state.status === 'error' ? (
        <p role="alert" className="error">
          {t('statistics.error', { message: errorMessage(t, state.error) })}
        </p>
      ) : null}
      {state.status === 'ready' ? <StatisticsBody data={state.data} /> : null}
    </section>
  );
}

function StatisticsBody({ data }: { data: ClusterStatisticsView }) {
  const { t } = useTranslation();
  const { region, industry, dataset } = data;
  const codeLines = [
    ['region', region, data.regionName],
    ['industry', industry, data.industryLabel],
  ] as const;
  return (
    <>
      {region || industry ? (
        <dl className="indices">
          {codeLines.map(([key, code, name]) =>
            code ? <CodeLine key={key} label={t(`statistics.${key}`)} code={code} name={name} /> : null,
          )}
        </dl>
      ) : null}
      {data.note ? <p className="muted">{t('statistics.why', { note: data.note })}</p> : null}
      {data.status === 'ok' ? null : (
        <p data-status={data.status}>
          {t(`statistics.status.${data.status}`, {
            dataset: dataset?.label ?? '',
            system: region ? t(`statistics.system.${region.system}`) : '',
          })}
          {data.status === 'industry-not-found' ? <span className="muted"> ({data.message})</span> : null}
        </p>
      )}
      {dataset ? (
        <p className="muted">
          {t('statistics.dataset', {
            label: dataset.label,
            source: dataset.source,
            unit: unitLabel(t, dataset.unit),
          })}
        </p>
      ) : null}
      {data.status === 'ok' && data.last ? <StatisticsFigures data={data} /> : null}
      {dataset && region ? (
        <p>
          <a
            href={`/map/regions/${encodeURIComponent(dataset.id)}/${encodeURIComponent(region.code)}`}
            onClick={onLinkClick}
          >
            {t('statistics.regionProfile', { region: data.regionName ?? region.code })}
          </a>
        </p>
      ) : null}
    </>
  );
}
