/**
 * A table of a region's industries from its profile (specialisations, strong clusters,
 * stars, opportunities): label and code, value, LQ, share, stars in words, growth; each
 * downloadable as CSV. Stars are written as text ("3 of 3"), never as symbols alone.
 */
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api-client';
import { DataTable } from '../components/data-table';
import { DownloadButtons } from '../components/download-buttons';
import { useFormats } from '../management/formats';
import { unitLabel } from './unit-label';

type Cell = Schemas['RegionProfile']['specialisations'][number] & {
  density?: number;
  complexity?: number;
  score?: number;
};

export function IndustryCellsTable({
  name,
  title,
  cells,
  unit,
  empty,
  fileName,
  opportunities = false,
}: {
  /** The table's name: `#<name>-title` heads it, `data-testid` is `name`. */
  name: string;
  title: string;
  cells: readonly Cell[];
  unit: string;
  empty: string;
  fileName: string;
  opportunities?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  const starsText = (n: number) => t('region.starsOf', { count: n });
  return (
    <section aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`}>{title}</h2>
      {cells.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <DataTable
            name={name}
            columns={[
              { label: t('region.industry') },
              { label: `${t('region.value')} (${unitLabel(t, unit)})`, className: 'num' },
              { label: t('region.lq'), className: 'num' },
              { label: t('region.share'), className: 'num' },
              ...(opportunities
                ? [
                    { label: t('region.density'), className: 'num' },
                    { label: t('region.pci'), className: 'num' },
                  ]
                : [{ label: t('region.stars') }, { label: t('region.cagr'), className: 'num' }]),
            ]}
          >
            <tbody>
              {cells.map((c) => (
                <tr key={c.code}>
                  <th scope="row">{c.label === c.code ? c.code : `${c.label} (${c.code})`}</th>
                  <td className="num">{f.number(c.value)}</td>
                  <td className="num">{f.number(c.lq)}</td>
                  <td className="num">{f.share(c.share)}</td>
                  {opportunities ? (
                    <>
                      <td className="num">{f.number(c.density)}</td>
                      <td className="num">{f.number(c.complexity)}</td>
                    </>
                  ) : (
                    <>
                      <td>
                        {starsText(c.stars)}
                        {c.strong ? ` · ${t('region.strong')}` : ''}
                      </td>
                      <td className="num">{f.share(c.cagr)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </DataTable>
          <DownloadButtons
            name={fileName}
            label={title}
            csv={{
              columns: [
                'code',
                'label',
                'value',
                'lq',
                'share',
                'strong',
                'stars',
                'cagr',
                'change',
                ...(opportunities ? ['density', 'pci', 'score'] : []),
              ],
              rows: cells.map((c) => [
                c.code,
                c.label,
                c.value,
                c.lq,
                c.share,
                c.strong ? 1 : 0,
                c.stars,
                c.cagr,
                c.change,
                ...(opportunities ? [c.density, c.complexity, c.score] : []),
              ]),
            }}
          />
        </>
      )}
    </section>
  );
}
