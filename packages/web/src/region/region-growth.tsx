/**
 * A region's size and growth from its profile: the total and its rank, the compound annual
 * growth since the first year, and the change split by shift-share (national share,
 * industry mix, regional competitive effect; Dunn 1960) as a bar chart with its numbers as
 * text and the chart and data downloadable.
 */
import * as Plot from '@observablehq/plot';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api-client';
import { DownloadButtons } from '../components/download-buttons';
import { PlotFigure } from '../components/plot-figure';
import { useFormats } from '../management/formats';
import { unitLabel } from './unit-label';
import { numberTicks } from '../charts/ticks';

type Profile = Schemas['RegionProfile'];

export function RegionGrowth({ profile: p, fileName }: { profile: Profile; fileName: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const chart = useRef<HTMLDivElement | null>(null);
  const g = p.growth;
  const unit = unitLabel(t, p.dataset.unit);
  const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const parts = g
    ? [
        {
          key: 'nationalShare',
          label: t('region.nationalShare'),
          short: t('region.nationalShareShort'),
          value: g.nationalShare,
        },
        {
          key: 'industryMix',
          label: t('region.industryMix'),
          short: t('region.industryMixShort'),
          value: g.industryMix,
        },
        {
          key: 'competitive',
          label: t('region.competitive'),
          short: t('region.competitiveShort'),
          value: g.competitive,
        },
      ]
    : [];
  return (
    <section aria-labelledby="size-title">
      <h2 id="size-title">{t('region.sizeTitle')}</h2>
      <p data-testid="region-size">
        {t('region.size', {
          total: whole.format(p.size.total),
          unit,
          share: f.share(p.size.share),
          rank: p.size.rank?.rank ?? '—',
          of: p.size.rank?.of ?? '—',
          year: p.year,
        })}
      </p>
      {g ? (
        <>
          <p data-testid="region-growth">
            {t('region.growth', {
              from: g.from,
              to: g.to,
              start: whole.format(g.startTotal),
              change: g.change === null ? '—' : whole.format(g.change),
              cagr: f.share(g.cagr),
              unit,
            })}
          </p>
          <figure aria-labelledby="shift-share-title" data-testid="shift-share">
            <figcaption id="shift-share-title">
              <strong>{t('region.shiftShareTitle', { from: g.from, to: g.to })}</strong>
            </figcaption>
            <PlotFigure
              containerRef={chart}
              deps={[parts, i18n.language]}
              make={() =>
                Plot.plot({
                  ariaLabel: parts.map((b) => `${b.label}: ${f.number(b.value)}`).join('; '),
                  marginLeft: 110,
                  marginRight: 20,
                  width: 520,
                  height: 40 + parts.length * 30,
                  x: { label: unit, grid: true, tickFormat: numberTicks(i18n.language) },
                  y: { label: null, domain: parts.map((b) => b.short) },
                  marks: [
                    Plot.barX(parts, {
                      y: 'short',
                      x: 'value',
                      fill: (b: { value: number }) => (b.value >= 0 ? '#155e75' : '#b45309'),
                    }),
                    Plot.ruleX([0]),
                  ],
                })
              }
            />
            <ul className="plain">
              {parts.map((b) => (
                <li key={b.key}>
                  {b.label}: {whole.format(b.value)} {unit}
                </li>
              ))}
            </ul>
          </figure>
          <p className="muted">{t('region.shiftShareMethod', { count: g.comparable })}</p>
          <DownloadButtons
            name={fileName}
            label={t('region.shiftShareTitle', { from: g.from, to: g.to })}
            chart={chart}
            csv={{
              columns: [
                'region',
                'from',
                'to',
                'start',
                'change',
                'cagr',
                'national_share',
                'industry_mix',
                'competitive',
              ],
              rows: [
                [
                  p.code,
                  g.from,
                  g.to,
                  g.startTotal,
                  g.change,
                  g.cagr,
                  g.nationalShare,
                  g.industryMix,
                  g.competitive,
                ],
              ],
            }}
          />
        </>
      ) : (
        <p className="muted">{t('region.noGrowth')}</p>
      )}
    </section>
  );
}
