/**
 * The figures of a cluster's statistical evidence: for the dataset's last and first year
 * the value, LQ, share, ranks among regions, strong cluster and stars (in words, not only
 * symbols), then the growth between the two years and a sentence with the ranks.
 */
import { useTranslation } from 'react-i18next';
import type { ClusterStatisticsView } from '../api-client';
import { unitLabel } from '../region/unit-label';
import { DataTable } from './data-table';

type Figures = NonNullable<ClusterStatisticsView['last']>;

export function StatisticsFigures({ data }: { data: ClusterStatisticsView }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const fmt = (v: number | null | undefined) => (v == null ? '—' : number.format(v));
  const rank = (r: Figures['rankByLq']) => (r ? t('statistics.rankOf', { rank: r.rank, of: r.of }) : '—');
  const which = (f: Figures) => f.starsEarned.map((s) => t(`statistics.star.${s}`)).join(', ');
  const stars = (f: Figures) =>
    f.stars === 0 ? t('statistics.noStar') : t('statistics.stars', { count: f.stars, which: which(f) });
  const years = [data.last!, ...(data.first ? [data.first] : [])];
  const last = data.last!;
  const unit = unitLabel(t, data.dataset?.unit ?? '');
  return (
    <>
      {last.rankByLq && last.rankByValue ? (
        <p data-testid="rank-sentence">
          {t('statistics.rankSentence', {
            year: last.year,
            region: data.regionName ?? data.region?.code,
            lq: fmt(last.lq),
            byLq: last.rankByLq.rank,
            byValue: last.rankByValue.rank,
            of: last.rankByLq.of,
            unit,
          })}{' '}
          {last.strong ? t('statistics.strong') : t('statistics.notStrong')} {stars(last)}.
        </p>
      ) : null}
      <DataTable
        name="statistics"
        columns={[
          { label: t('statistics.year') },
          { label: t('statistics.value', { unit }), className: 'num' },
          { label: t('statistics.lq'), className: 'num' },
          { label: t('statistics.share'), className: 'num' },
          { label: t('statistics.rankByLq') },
          { label: t('statistics.rankByValue') },
          { label: t('statistics.strongColumn') },
          { label: t('statistics.starsColumn') },
        ]}
      >
        <tbody>
          {years.map((f) => (
            <tr key={f.year ?? 0}>
              <th scope="row">{f.year}</th>
              <td className="num">{fmt(f.value)}</td>
              <td className="num">{fmt(f.lq)}</td>
              <td className="num">{f.share == null ? '—' : percent.format(f.share)}</td>
              <td>{rank(f.rankByLq)}</td>
              <td>{rank(f.rankByValue)}</td>
              <td>{f.strong ? t('statistics.yes') : t('statistics.no')}</td>
              <td>
                {f.stars === 0
                  ? t('statistics.noStarCell')
                  : t('statistics.starsCell', { count: f.stars, which: which(f) })}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {data.growth ? (
        <p data-testid="growth">
          {t('statistics.growth', {
            from: data.growth.fromYear,
            to: data.growth.toYear,
            change: `${data.growth.change > 0 ? '+' : ''}${fmt(data.growth.change)}`,
            unit,
            cagr: data.growth.cagr == null ? '—' : percent.format(data.growth.cagr),
          })}
        </p>
      ) : null}
    </>
  );
}
