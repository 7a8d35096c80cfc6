/**
 * Map studio, industry view: data-driven clusters of the dataset (GET
 * /api/map/datasets/{id}/communities) — communities of related industries, an alternative
 * to benchmark definitions — each with its industries, its size and the regions where it
 * is a strong cluster (highest cluster LQ first), and the method in words; the membership
 * and the region × cluster table downloadable.
 */
import { useTranslation } from 'react-i18next';
import type { Schemas, SpaceView } from '../api-client';
import { errorMessage } from '../api-errors';
import { useFormats } from '../management/formats';
import { useFetched } from '../use-fetched';
import { DataTable } from './data-table';
import { DownloadButtons } from './download-buttons';

type Communities = Schemas['IndustryCommunities'];

export function DataDrivenClusters({
  datasetId,
  year,
  space,
}: {
  datasetId: string;
  year: number | null;
  space: SpaceView;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const q = new URLSearchParams({ lang: i18n.language.slice(0, 2) });
  if (year !== null) q.set('year', String(year));
  const { data, error } = useFetched<Communities>(
    `/api/map/datasets/${encodeURIComponent(datasetId)}/communities?${q}`,
  );
  const C = data?.clusters.length ?? 0;
  const strongIn = (k: number) =>
    data
      ? data.regions
          .map((r, q2) => ({
            name: r.name,
            lq: data.lq[q2 * C + k] ?? null,
            strong: data.strong[q2 * C + k] === 1,
          }))
          .filter((x) => x.strong)
          .sort((a, b) => (b.lq ?? 0) - (a.lq ?? 0))
      : [];
  return (
    <section aria-labelledby="communities-title">
      <h2 id="communities-title">{t('space.communitiesTitle')}</h2>
      <p className="muted">{t('space.communitiesIntro')}</p>
      {error ? (
        <p role="alert" className="error">
          {errorMessage(t, error)}
        </p>
      ) : !data ? (
        <p role="status">{t('space.loading')}</p>
      ) : (
        <>
          <DataTable
            name="communities"
            columns={[
              { label: t('space.community') },
              { label: t('space.communityIndustries'), className: 'num' },
              { label: t('space.communityTotal'), className: 'num' },
              { label: t('space.communityStrongIn') },
            ]}
          >
            <tbody>
              {data.clusters.map((c, k) => {
                const strong = strongIn(k);
                return (
                  <tr key={c.id}>
                    <th scope="row">
                      <details>
                        <summary>
                          {c.id}: {c.name}
                        </summary>
                        {c.industries.map((i) => space.industries[i]?.label ?? i).join(' · ')}
                      </details>
                    </th>
                    <td className="num">{c.industries.length}</td>
                    <td className="num">{whole.format(c.total)}</td>
                    <td>
                      {strong.length
                        ? t('space.communityStrongList', {
                            count: strong.length,
                            names: strong
                              .slice(0, 5)
                              .map((x) => `${x.name} (${f.number(x.lq)})`)
                              .join(', '),
                          })
                        : t('space.communityStrongNone')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
          <DownloadButtons
            name={`clusters-${datasetId}-${data.year ?? ''}`}
            label={t('space.communitiesLabel')}
            csv={{
              columns: ['region', 'name', 'cluster', 'cluster_name', 'value', 'lq', 'strong', 'stars'],
              rows: data.regions.flatMap((r, q2) =>
                data.clusters.map((c, k) => [
                  r.code,
                  r.name,
                  c.id,
                  c.name,
                  data.value[q2 * C + k],
                  data.lq[q2 * C + k],
                  data.strong[q2 * C + k],
                  data.stars[q2 * C + k],
                ]),
              ),
            }}
          />
          <p className="muted">{t('space.communitiesMethod', { modularity: f.number(data.modularity) })}</p>
        </>
      )}
    </section>
  );
}
