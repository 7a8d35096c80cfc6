/**
 * Map studio, industry view: a region's diversification opportunities (density ×
 * complexity, ranked on the server) and its specialisations, with the region chooser and
 * the CSV download. API data comes in from the industry view (useIndustrySpace).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionView, SpaceView } from '../api-client';
import { errorMessage } from '../api-errors';
import { DownloadButtons } from './download-buttons';
import { DataTable } from './data-table';
import { OpportunityCells } from './opportunity-cells';
import { onLinkClick, regionProfileHref } from '../navigation';

/** An industry's label with its code, or the code alone when it has no other label. */
export const named = (x: { label: string; code: string }) =>
  x.label === x.code ? x.code : `${x.label} (${x.code})`;

export function RegionOpportunities({
  datasetId,
  year,
  space: s,
  regionCode,
  region,
  ranked,
  onIndustry,
  onRegion,
}: {
  datasetId: string;
  /** The year shown (null: the dataset's last). */
  year: number | null;
  space: SpaceView;
  regionCode: string | null;
  region: { data: RegionView | null | undefined; error: unknown };
  /** The regions with an ECI, most complex first. */
  ranked: SpaceView['regions'];
  onIndustry(code: string): void;
  onRegion(code: string): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.slice(0, 2);
  const number = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);
  const compact = useMemo(
    () => new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }),
    [lang],
  );
  const groupLabel = new Map(s.groups.map((g) => [g.id, g.label]));
  const sortedRegions = [...s.regions].sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <section aria-labelledby="opportunities-title">
      <h2 id="opportunities-title">{t('space.opportunitiesTitle')}</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('space.region')}</span>
          <select value={regionCode ?? ''} onChange={(e) => onRegion(e.target.value)}>
            {sortedRegions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p className="muted">{t('space.opportunitiesIntro')}</p>
      {region.error ? (
        <p role="alert" className="error">
          {errorMessage(t, region.error)}
        </p>
      ) : !region.data ? (
        <p role="status">{t('space.loading')}</p>
      ) : (
        <>
          <p data-testid="region-eci">
            {region.data.eci !== null
              ? t('space.regionEci', {
                  region: region.data.name,
                  eci: number.format(region.data.eci),
                  rank: ranked.findIndex((r) => r.code === region.data!.code) + 1,
                  total: ranked.length,
                })
              : region.data.name}{' '}
            <a href={regionProfileHref(datasetId, region.data.code, year)} onClick={onLinkClick}>
              {t('region.openProfile', { name: region.data.name })}
            </a>
          </p>
          <DataTable
            name="opportunities"
            caption={t('space.opportunitiesCaption', { region: region.data.name })}
            columns={[
              { label: '#' },
              { label: t('space.industry') },
              { label: t('space.group') },
              { label: t('space.measures.density') },
              { label: t('space.complexity') },
              { label: t('space.score') },
            ]}
          >
            <tbody>
              {region.data.opportunities.map((o, k) => {
                const x = s.industries[o.industry]!;
                return (
                  <tr key={x.code}>
                    <td className="num">{k + 1}</td>
                    <th scope="row">
                      <button type="button" className="text-link" onClick={() => onIndustry(x.code)}>
                        {named(x)}
                      </button>
                    </th>
                    <td>{x.group ? (groupLabel.get(x.group) ?? '') : ''}</td>
                    <OpportunityCells opportunity={o} format={number} />
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
          <DownloadButtons
            name={`opportunities-${datasetId}-${region.data.code}`}
            label={t('space.opportunitiesLabel')}
            csv={{
              columns: ['region', 'industry', 'label', 'density', 'pci', 'score'],
              rows: region.data.opportunities.map((o) => [
                region.data!.code,
                s.industries[o.industry]!.code,
                s.industries[o.industry]!.label,
                o.density,
                o.complexity,
                o.score,
              ]),
            }}
          />
          <h3>{t('space.specialisationsTitle', { region: region.data.name })}</h3>
          <p>
            {region.data.specialisations
              .slice(0, 10)
              .map(
                (sp) =>
                  `${s.industries[sp.industry]!.label} (${t('space.lqShort')} ${number.format(sp.lq)}; ${compact.format(sp.value)})`,
              )
              .join(' · ')}
          </p>
          <p className="muted">{t('space.method')}</p>
        </>
      )}
    </section>
  );
}
