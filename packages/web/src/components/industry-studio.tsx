/**
 * Map studio, industry view (`/map?dataset=&year=&industry=&measure=&region=`): for a
 * region × industry dataset (world exports, U.S. states or counties, or an upload), a
 * choropleth of one industry's location quotient (RCA), value or relatedness density on
 * the shipped boundaries; the regions specialised in it; the most complex regions (ECI);
 * the relatedness network of industries; and a region's diversification opportunities
 * (density × complexity). Every table downloads as CSV, the map and the network as SVG/PNG.
 * API: GET /api/map/datasets/{id}/space | industries/{code} | regions/{code}.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDatasetView } from '../api-client';
import { errorMessage } from '../api-errors';
import { geographyProjection } from '../maps/projection';
import { useIndustrySpace } from './use-industry-space';
import { ChoroplethKey, ChoroplethLegend, classOf, NO_DATA, quantileBreaks } from './choropleth';
import { DownloadButtons } from './download-buttons';
import { IndustryNetwork } from './industry-network';
import { named, RegionOpportunities } from './region-opportunities';
import { DataTable } from './data-table';
import { firstRows, ShowAllButton } from './show-all';
import { IndustryGrowthTable } from './industry-growth-table';
import { SearchPicker } from './search-picker';
import { DataDrivenClusters } from './data-driven-clusters';
import { RegionMap } from './region-map';

const WIDTH = 975;
const HEIGHT = 560;
const LQ_BREAKS = [0.5, 0.8, 1, 1.25, 2, 4];
const COLORS = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

export type SpaceMeasure = 'lq' | 'value' | 'density' | 'cagr' | 'change';
export const SPACE_MEASURES: readonly SpaceMeasure[] = ['lq', 'value', 'density', 'cagr', 'change'];

export interface SpaceQuery {
  year: number | null;
  industry: string | null;
  measure: SpaceMeasure;
  region: string | null;
}

export function IndustryStudio({
  dataset,
  query,
  onQuery,
}: {
  dataset: MapDatasetView;
  query: SpaceQuery;
  onQuery(patch: Partial<SpaceQuery>): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.slice(0, 2);
  const number = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);
  const integer = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }), [lang]);
  const percent = useMemo(
    () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }),
    [lang],
  );
  const mapRef = useRef<HTMLDivElement | null>(null);
  const [showAll, setShowAll] = useState(false);
  const { year, space, boundary, shapes, industryCode, regionCode, industry, region, growth } =
    useIndustrySpace(dataset, query, lang);
  const s = space.data;

  const projection = useMemo(
    () =>
      shapes
        ? geographyProjection(dataset.geography, shapes, new Set(s?.regions.map((r) => r.feature) ?? []))
        : null,
    [shapes, dataset.geography, s],
  );

  if (space.error || boundary.error) {
    return (
      <div role="alert" className="error">
        <p>{errorMessage(t, space.error ?? boundary.error)}</p>
        <button
          type="button"
          onClick={() => {
            space.retry();
            boundary.retry();
          }}
        >
          {t('clusters.retry')}
        </button>
      </div>
    );
  }
  if (!s || !shapes || !projection) return <p role="status">{t('space.loading')}</p>;

  const i = s.industries.findIndex((x) => x.code === industryCode);
  const ind = industry.data;
  const measure = query.measure;
  const gr = growth.data;
  const values =
    measure === 'cagr' || measure === 'change'
      ? (gr?.[measure] ?? null)
      : ind
        ? measure === 'lq'
          ? ind.lq
          : measure === 'value'
            ? ind.value
            : ind.density
        : null;
  const breaks = measure === 'lq' ? LQ_BREAKS : quantileBreaks(values ?? [], COLORS.length - 1);
  const drawn = new Set(
    shapes.map((f, k) => String(f.id ?? f.properties.NUTS_ID ?? f.properties.iso_3166_2 ?? k)),
  );
  const byFeature = new Map<string, number>();
  s.regions.forEach((r, k) => {
    if (r.feature !== null) byFeature.set(r.feature, k);
  });
  const fmt = (v: number | null | undefined, m: SpaceMeasure) =>
    v == null
      ? t('studio.noData')
      : m === 'value' || m === 'change'
        ? integer.format(v)
        : m === 'cagr'
          ? percent.format(v)
          : number.format(v);
  const industryLabel = i >= 0 ? named(s.industries[i]!) : '';
  const mapTitle = t(`space.mapTitle.${measure}`, {
    industry: industryLabel,
    year: year ? `, ${year}` : '',
    from: gr?.from ?? dataset.years[0],
    to: year,
  });
  const rows = ind
    ? s.regions
        .map((r, k) => ({
          code: r.code,
          name: r.name,
          value: ind.value[k] ?? null,
          lq: ind.lq[k] ?? null,
          present: ind.present[k] === 1,
          density: ind.density[k] ?? null,
          strong: ind.strong[k] === 1,
          stars: ind.stars[k] ?? 0,
        }))
        .sort((a, b) => (b.lq ?? -1) - (a.lq ?? -1))
    : [];
  const specialised = rows.filter((r) => r.present);
  const offMap = s.regions.filter((r) => r.feature === null || !drawn.has(r.feature));
  const ranked = s.regions.filter((r) => r.eci !== null).sort((a, b) => b.eci! - a.eci!);
  const regionIndex = s.regions.findIndex((r) => r.code === regionCode);
  const present = region.data
    ? (() => {
        const p = new Array<number>(s.industries.length).fill(0);
        for (const k of region.data.present) p[k] = 1;
        return p;
      })()
    : undefined;
  const unit = dataset.unit ? ` (${dataset.unit})` : '';
  const sortedIndustries = [...s.industries.keys()].sort((a, b) =>
    s.industries[a]!.label.localeCompare(s.industries[b]!.label, lang),
  );

  return (
    <>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        {dataset.years.length > 1 ? (
          <label>
            <span>{t('studio.year')}</span>
            <select value={year ?? ''} onChange={(e) => onQuery({ year: Number(e.target.value) })}>
              {[...dataset.years].reverse().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          <span>{t('space.industry')}</span>
          <select
            data-wide
            value={industryCode ?? ''}
            onChange={(e) => onQuery({ industry: e.target.value })}
          >
            {s.groups.length
              ? s.groups.map((g) => (
                  <optgroup key={g.id} label={g.label}>
                    {sortedIndustries
                      .filter((k) => s.industries[k]!.group === g.id)
                      .map((k) => (
                        <option key={s.industries[k]!.code} value={s.industries[k]!.code}>
                          {named(s.industries[k]!)}
                        </option>
                      ))}
                  </optgroup>
                ))
              : sortedIndustries.map((k) => (
                  <option key={s.industries[k]!.code} value={s.industries[k]!.code}>
                    {named(s.industries[k]!)}
                  </option>
                ))}
          </select>
        </label>
        <SearchPicker
          label={t('space.findIndustry')}
          placeholder={t('space.findPlaceholder')}
          options={s.industries}
          onPick={(code) => onQuery({ industry: code })}
        />
        <SearchPicker
          label={t('space.findRegion')}
          placeholder={t('space.findPlaceholder')}
          options={s.regions.map((r) => ({ code: r.code, label: r.name }))}
          onPick={(code) => onQuery({ region: code })}
        />
        <label>
          <span>{t('studio.measure')}</span>
          <select value={measure} onChange={(e) => onQuery({ measure: e.target.value as SpaceMeasure })}>
            <option value="lq">{t('space.measures.lq')}</option>
            <option value="value">{t('space.measures.value', { unit })}</option>
            <option value="density">{t('space.measures.density')}</option>
            {dataset.years.length > 1 ? (
              <>
                <option value="cagr">{t('space.measures.cagr', { from: dataset.years[0] })}</option>
                <option value="change">{t('space.measures.change', { from: dataset.years[0], unit })}</option>
              </>
            ) : null}
          </select>
        </label>
      </form>
      {s.notes.length || offMap.length ? (
        <ul className="muted" aria-label={t('space.notes')}>
          {offMap.length ? (
            <li>
              {t('space.offMap', {
                count: offMap.length,
                total: s.regions.length,
                names: offMap
                  .slice(0, 8)
                  .map((r) => r.name)
                  .join(', '),
              })}
            </li>
          ) : null}
          {s.notes.map((n) => (
            <li key={n} lang="en">
              {n}
            </li>
          ))}
        </ul>
      ) : null}

      <section aria-labelledby="map-title">
        <h2 id="map-title">{mapTitle}</h2>
        <div ref={mapRef} className="map">
          <RegionMap
            shapes={shapes}
            projection={projection}
            width={WIDTH}
            height={HEIGHT}
            label={mapTitle}
            testId="space-map"
            shade={(f, k) => {
              const id = String(f.id ?? f.properties.NUTS_ID ?? f.properties.iso_3166_2 ?? k);
              const r = byFeature.get(id);
              const v = r === undefined || !values ? null : (values[r] ?? null);
              const strong = r !== undefined && ind?.present[r] === 1 && measure !== 'lq';
              return {
                key: id,
                fill: v == null ? NO_DATA : COLORS[classOf(v, breaks)]!,
                stroke: strong ? '#111' : '#fff',
                strokeWidth: strong ? 1.5 : dataset.geography === 'us-counties' ? 0.2 : 0.6,
                title: `${r === undefined ? id : s.regions[r]!.name}: ${fmt(v, measure)}`,
                data: { 'data-region': r === undefined ? undefined : s.regions[r]!.code },
              };
            }}
            downloadLegend={
              <ChoroplethLegend
                x={16}
                y={HEIGHT + 14}
                breaks={breaks}
                colors={COLORS}
                format={(v) => fmt(v, measure)}
                noData={t('studio.noData')}
                step={118}
              />
            }
          />
          <ChoroplethKey
            breaks={breaks}
            colors={COLORS}
            format={(v) => fmt(v, measure)}
            noData={t('studio.noData')}
            label={t('studio.legendLabel')}
          />
        </div>
        <DownloadButtons
          name={`map-${dataset.id}-${industryCode}-${measure}`}
          label={t('studio.mapLabel')}
          chart={mapRef}
        />
      </section>

      <section aria-labelledby="regions-title">
        <h2 id="regions-title">{t('space.regionsTitle', { industry: industryLabel })}</h2>
        <p data-testid="specialised-count">
          {t('space.specialisedIn', { count: specialised.length, total: s.regions.length })}
          {ind?.pci != null ? ` ${t('space.pciIs', { pci: number.format(ind.pci) })}` : ''}
        </p>
        <DataTable
          name="regions"
          caption={t('space.regionsCaption')}
          columns={[
            { label: t('space.region') },
            { label: t('space.measures.value', { unit }) },
            { label: t('space.measures.lq') },
            { label: t('space.specialisedColumn') },
            { label: t('space.measures.density') },
            { label: t('space.strongColumn') },
          ]}
        >
          <tbody>
            {firstRows(rows, showAll).map((r) => (
              <tr key={r.code} className={r.present ? 'strong' : undefined}>
                <th scope="row">{r.name}</th>
                <td className="num">{fmt(r.value, 'value')}</td>
                <td className="num">{fmt(r.lq, 'lq')}</td>
                <td>{r.present ? t('studio.yes') : ''}</td>
                <td className="num">{fmt(r.density, 'density')}</td>
                <td>
                  {[
                    r.strong ? t('space.strongYes') : '',
                    r.stars ? t('region.starsOf', { count: r.stars }) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        {ind ? (
          <p className="muted" data-testid="strong-rule">
            {t('space.strongRule', {
              lq: number.format(Math.max(ind.strongRule.lq ?? 1, 1)),
              value: fmt(ind.strongRule.value, 'value'),
              count: rows.filter((r) => r.strong).length,
            })}
          </p>
        ) : null}
        <ShowAllButton count={rows.length} all={showAll} onToggle={() => setShowAll((v) => !v)} />
        <DownloadButtons
          name={`regions-${dataset.id}-${industryCode}`}
          label={t('space.regionsLabel')}
          csv={{
            columns: [
              'region',
              'name',
              'industry',
              'year',
              'value',
              'lq',
              'specialised',
              'density',
              'strong',
              'stars',
            ],
            rows: rows.map((r) => [
              r.code,
              r.name,
              industryCode,
              year,
              r.value,
              r.lq,
              r.present ? 1 : 0,
              r.density,
              r.strong ? 1 : 0,
              r.stars,
            ]),
          }}
        />
      </section>

      {gr && year !== null && gr.year === year ? (
        <IndustryGrowthTable datasetId={dataset.id} space={s} growth={gr} industryLabel={industryLabel} />
      ) : null}

      <DataDrivenClusters datasetId={dataset.id} year={year} space={s} />

      <section aria-labelledby="eci-title">
        <h2 id="eci-title">{t('space.eciTitle')}</h2>
        <p className="muted">{t('space.eciIntro')}</p>
        <ol className="eci-list">
          {ranked.slice(0, 10).map((r) => (
            <li key={r.code}>
              {r.name} <span className="muted">({number.format(r.eci!)})</span>
            </li>
          ))}
        </ol>
        <DownloadButtons
          name={`regions-eci-${dataset.id}`}
          label={t('space.eciLabel')}
          csv={{
            columns: ['region', 'name', 'total', 'diversity', 'eci'],
            rows: s.regions.map((r) => [r.code, r.name, r.total, r.diversity, r.eci]),
          }}
        />
      </section>

      <IndustryNetwork
        space={s}
        industry={i}
        present={present}
        regionName={regionIndex >= 0 ? s.regions[regionIndex]!.name : undefined}
        onIndustry={(code) => onQuery({ industry: code })}
      />

      <RegionOpportunities
        datasetId={dataset.id}
        year={s.year}
        space={s}
        regionCode={regionCode}
        region={region}
        ranked={ranked}
        onIndustry={(code) => onQuery({ industry: code })}
        onRegion={(code) => onQuery({ region: code })}
      />
    </>
  );
}
