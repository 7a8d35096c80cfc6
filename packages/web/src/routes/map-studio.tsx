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
import { useFetched } from '../use-fetched';
import { IndustryStudio, SPACE_MEASURES, type SpaceQuery } from '../components/industry-studio';
import { useSession } from '../session';
import { ClusterStudio } from '../components/cluster-studio';

function readSpaceQuery(): SpaceQuery {
  const p = new URLSearchParams(location.search);
  const year = Number(p.get('year'));
  const measure = p.get('measure');
  return {
    year: Number.isInteger(year) && year > 0 ? year : null,
    industry: p.get('industry'),
    region: p.get('region'),
    measure: SPACE_MEASURES.find((m) => m === measure) ?? 'lq',
  };
}

/**
 * The page: the dataset chooser (bundled datasets, and uploads for signed-in users), the
 * upload form for analysts and admins, and the view of the chosen dataset — benchmark
 * clusters (ClusterStudio) or industries (IndustryStudio).
 */
export default function MapStudio() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [dataset, setDataset] = useState(
    () => new URLSearchParams(location.search).get('dataset') ?? 'us-states',
  );
  const [spaceQuery, setSpaceQuery] = useState<SpaceQuery>(readSpaceQuery);
  const [deleteError, setDeleteError] = useState<unknown>(null);

  useEffect(() => {
    document.title = `${t('studio.title')} · polos`;
  }, [t]);
  // Uploads are listed for signed-in users: ask again when the user changes.
  const list = useFetched<MapDatasetView[]>('/api/map/datasets', user?.id);
  const datasets = list.data;
  const entry = datasets?.find((d) => d.id === dataset);
  useEffect(() => {
    if (!entry || entry.kind !== 'industries') return;
    const p = new URLSearchParams({ dataset: entry.id, measure: spaceQuery.measure });
    if (spaceQuery.year) p.set('year', String(spaceQuery.year));
    if (spaceQuery.industry) p.set('industry', spaceQuery.industry);
    if (spaceQuery.region) p.set('region', spaceQuery.region);
    history.replaceState(null, '', `/map?${p}`);
  }, [entry, spaceQuery]);

  const choose = (id: string) => {
    setDataset(id);
    setSpaceQuery({ year: null, industry: null, region: null, measure: 'lq' });
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
          </button>
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
        <ClusterStudio />
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
