/**
 * Map studio (`/map?dataset=…`): the dataset chooser (bundled datasets and uploads), the
 * upload form for analysts and admins, deleting an upload, and the view of the chosen
 * dataset — the U.S. benchmark clusters by state (components/cluster-studio.tsx) or a
 * region × industry dataset (components/industry-studio.tsx).
 * API: GET /api/map/datasets, DELETE /api/map/datasets/{id}. Loaded lazily.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { permissions } from '@polos/core/permissions';
import { sendJson, type MapDatasetView } from '../api-client';
import { errorMessage } from '../api-errors';
import { DatasetUpload } from '../components/dataset-upload';
import { NamesNote } from '../components/names-note';
import { useFetched } from '../use-fetched';
import { IndustryStudio, SPACE_MEASURES, type SpaceQuery } from '../components/industry-studio';
import { useSession } from '../session';
import { ClusterStudio, readClusterQuery, type ClusterQuery } from '../components/cluster-studio';
import { useQueryHistory } from '../navigation';

function readSpaceQuery(search: string): SpaceQuery {
  const p = new URLSearchParams(search);
  const year = Number(p.get('year'));
  const measure = p.get('measure');
  return {
    year: Number.isInteger(year) && year > 0 ? year : null,
    industry: p.get('industry'),
    region: p.get('region'),
    measure: SPACE_MEASURES.find((m) => m === measure) ?? 'lq',
  };
}

const readDataset = (search: string) => new URLSearchParams(search).get('dataset') ?? 'us-states';

/**
 * The address of the studio's choices: the benchmark clusters' `?year=&cluster=&measure=`,
 * or a region × industry dataset with its measure, year, industry and region; `null` until
 * the chosen dataset is known (the address is then left as it came).
 */
function studioQuery(
  entry: MapDatasetView | undefined,
  clusters: ClusterQuery,
  space: SpaceQuery,
): string | null {
  if (!entry) return null;
  if (entry.kind === 'clusters') {
    const p = new URLSearchParams({ year: String(clusters.year), cluster: clusters.cluster });
    p.set('measure', clusters.measure);
    if (entry.id !== 'us-states') p.set('dataset', entry.id);
    return `?${p}`;
  }
  const p = new URLSearchParams({ dataset: entry.id, measure: space.measure });
  if (space.year) p.set('year', String(space.year));
  if (space.industry) p.set('industry', space.industry);
  if (space.region) p.set('region', space.region);
  return `?${p}`;
}

/**
 * The page: the dataset chooser (bundled datasets, and uploads for signed-in users), the
 * upload form for analysts and admins, and the view of the chosen dataset — benchmark
 * clusters (ClusterStudio) or industries (IndustryStudio).
 */
export default function MapStudio() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [dataset, setDataset] = useState(() => readDataset(location.search));
  const [spaceQuery, setSpaceQuery] = useState<SpaceQuery>(() => readSpaceQuery(location.search));
  const [clusterQuery, setClusterQuery] = useState(() => readClusterQuery(location.search));
  const [deleteError, setDeleteError] = useState<unknown>(null);

  useEffect(() => {
    document.title = `${t('studio.title')} · polos`;
  }, [t]);
  // Uploads are listed for signed-in users: ask again when the user changes.
  const list = useFetched<MapDatasetView[]>('/api/map/datasets', user?.id);
  const datasets = list.data;
  const entry = datasets?.find((d) => d.id === dataset);
  // Every choice is a history entry: Back returns to the previous dataset, year, measure…
  useQueryHistory(studioQuery(entry, clusterQuery, spaceQuery), () => {
    setDataset(readDataset(location.search));
    setSpaceQuery(readSpaceQuery(location.search));
    setClusterQuery(readClusterQuery(location.search));
  });

  const choose = (id: string) => {
    setDataset(id);
    setSpaceQuery({ year: null, industry: null, region: null, measure: 'lq' });
    setClusterQuery(readClusterQuery(''));
    setDeleteError(null);
  };
  const bundled = datasets?.filter((d) => !d.uploaded) ?? [];
  const uploads = datasets?.filter((d) => d.uploaded) ?? [];

  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('studio.title')}</h1>
      <p className="intro">{entry?.kind === 'industries' ? t('space.intro') : t('studio.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('studio.dataset')}</span>
          <select value={dataset} onChange={(e) => choose(e.target.value)}>
            {!datasets ? <option value={dataset}>{t('studio.datasetUsStates')}</option> : null}
            <optgroup label={t('space.bundled')}>
              {bundled.map((d) => (
                <option key={d.id} value={d.id}>
                  {t(`space.datasets.${d.id}`, { defaultValue: d.label })}
                </option>
              ))}
            </optgroup>
            {uploads.length ? (
              <optgroup label={t('space.uploaded')}>
                {uploads.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </label>
      </form>
      {entry ? (
        <p className="muted">
          {t('space.source', { source: t(`space.sources.${entry.id}`, { defaultValue: entry.source }) })}
        </p>
      ) : null}
      {entry ? <NamesNote dataset={entry} /> : null}
      {permissions.importStatistics(user ?? null) ? (
        <DatasetUpload
          onUploaded={(result) => {
            list.retry();
            choose(result.dataset.id);
          }}
        />
      ) : null}
      {entry?.uploaded && permissions.deleteStatistics(user ?? null, entry.uploaded.by) ? (
        <p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (!confirm(t('space.deleteConfirm', { name: entry.label }))) return;
              sendJson('DELETE', `/api/map/datasets/${entry.id}`).then(() => {
                list.retry();
                choose('us-states');
              }, setDeleteError);
            }}
          >
            {t('space.delete', { name: entry.label })}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const shared = !entry.uploaded!.shared;
              sendJson('PATCH', `/api/map/datasets/${entry.id}`, { shared }).then(
                () => list.retry(),
                setDeleteError,
              );
            }}
          >
            {entry.uploaded.shared ? t('space.unshare') : t('space.share')}
          </button>{' '}
          <span className="muted" data-testid="sharing">
            {entry.uploaded.shared ? t('space.sharedNow') : t('space.privateNow')}
          </span>
        </p>
      ) : null}
      {deleteError ? (
        <p role="alert" className="error">
          {errorMessage(t, deleteError)}
        </p>
      ) : null}
      {list.error ? (
        <div role="alert" className="error">
          <p>{errorMessage(t, list.error)}</p>
          <button type="button" onClick={() => list.retry()}>
            {t('clusters.retry')}
          </button>
        </div>
      ) : !datasets && dataset !== 'us-states' ? (
        <p role="status">{t('space.loading')}</p>
      ) : datasets && !entry ? (
        <p role="alert" className="error">
          {t('space.noDataset', { id: dataset })}
        </p>
      ) : !entry || entry.kind === 'clusters' ? (
        <ClusterStudio
          query={clusterQuery}
          onQuery={(patch) => setClusterQuery((q) => ({ ...q, ...patch }))}
        />
      ) : (
        <IndustryStudio
          key={entry.id}
          dataset={entry}
          query={spaceQuery}
          onQuery={(patch) => setSpaceQuery((q) => ({ ...q, ...patch }))}
        />
      )}
    </main>
  );
}
