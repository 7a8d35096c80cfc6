/**
 * Map studio, industry view: one industry's growth across the regions between two years
 * (GET /api/map/datasets/{id}/industries/{code}/growth): start and end values, the change
 * (job creation for employment), the compound annual growth and the shift-share of the
 * change (national share, industry mix, regional competitive effect; Dunn 1960), largest
 * change first, downloadable.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas, SpaceView } from '../api-client';
import { useFormats } from '../management/formats';
import { DataTable } from './data-table';
import { firstRows, ShowAllButton } from './show-all';
import { DownloadButtons } from './download-buttons';

export function IndustryGrowthTable({
  datasetId,
  space,
  growth: g,
  industryLabel,
}: {
  datasetId: string;
  space: SpaceView;
  growth: Schemas['IndustryGrowth'];
  industryLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const [showAll, setShowAll] = useState(false);
  const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const n = (v: number | null | undefined) => (v == null ? '—' : whole.format(v));
  const rows = g.regions
    .map((code, k) => ({
      code,
      name: space.regions[k]?.name ?? code,
      start: g.start[k] ?? null,
      end: g.end[k] ?? null,
      change: g.change[k] ?? null,
      cagr: g.cagr[k] ?? null,
      ns: g.nationalShare[k] ?? null,
      im: g.industryMix[k] ?? null,
      ce: g.competitive[k] ?? null,
    }))
    .filter((r) => r.change !== null)
    .sort((a, b) => b.change! - a.change!);
  return (
    <section aria-labelledby="growth-title">
      <h2 id="growth-title">
        {t('space.growthTitle', { industry: industryLabel, from: g.from, to: g.year })}
      </h2>
      <p className="muted">
        {t('space.growthIntro', { growth: f.share(g.industryGrowth), from: g.from, to: g.year })}
      </p>
      <DataTable
        name="industry-growth"
        columns={[
          { label: t('space.region') },
          { label: String(g.from), className: 'num' },
          { label: String(g.year), className: 'num' },
          { label: t('space.growthChange'), className: 'num' },
          { label: t('space.growthCagr'), className: 'num' },
          { label: t('region.nationalShareShort'), className: 'num' },
          { label: t('region.industryMixShort'), className: 'num' },
          { label: t('region.competitiveShort'), className: 'num' },
        ]}
      >
        <tbody>
          {firstRows(rows, showAll).map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.name}</th>
              <td className="num">{n(r.start)}</td>
              <td className="num">{n(r.end)}</td>
              <td className="num">{n(r.change)}</td>
              <td className="num">{f.share(r.cagr)}</td>
              <td className="num">{n(r.ns)}</td>
              <td className="num">{n(r.im)}</td>
              <td className="num">{n(r.ce)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <ShowAllButton count={rows.length} all={showAll} onToggle={() => setShowAll((v) => !v)} />
      <DownloadButtons
        name={`growth-${datasetId}-${g.code}-${g.from}-${g.year}`}
        label={t('space.growthLabel')}
        csv={{
          columns: [
            'region',
            'name',
            'industry',
            'from',
            'to',
            'start',
            'end',
            'change',
            'cagr',
            'national_share',
            'industry_mix',
            'competitive',
          ],
          rows: rows.map((r) => [
            r.code,
            r.name,
            g.code,
            g.from,
            g.year,
            r.start,
            r.end,
            r.change,
            r.cagr,
            r.ns,
            r.im,
            r.ce,
          ]),
        }}
      />
      <p className="muted">{t('region.shiftShareMethod', { count: rows.length })}</p>
    </section>
  );
}
