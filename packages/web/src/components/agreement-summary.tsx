/**
 * The summary of the agreements register the EU–LAC report asks for (GET
 * /api/agreements/summary): agreements by country pair (a table), by sector relation, by
 * instrument and by start year (bar charts, Observable Plot, each with its numbers as text).
 */
import * as Plot from '@observablehq/plot';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api-client';
import { DataTable } from './data-table';
import { PlotFigure } from './plot-figure';
import { countTicks, numberTicks } from '../charts/ticks';

type Summary = Schemas['AgreementSummary'];
interface Bar {
  label: string;
  count: number;
}

function Bars({ id, title, bars }: { id: string; title: string; bars: Bar[] }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <figure aria-labelledby={id} data-testid={id}>
      <figcaption id={id}>
        <strong>{title}</strong>
      </figcaption>
      <PlotFigure
        deps={[bars, lang]}
        make={() =>
          Plot.plot({
            ariaLabel: `${title}: ${bars.map((b) => `${b.label} ${b.count}`).join('; ')}`,
            marginLeft: 170,
            width: 360,
            height: 30 + bars.length * 26,
            x: {
              label: null,
              grid: true,
              ticks: countTicks(Math.max(0, ...bars.map((b) => b.count))),
              tickFormat: numberTicks(lang),
            },
            y: { label: null, domain: bars.map((b) => b.label) },
            marks: [
              Plot.barX(bars, { y: 'label', x: 'count', fill: '#155e75' }),
              Plot.text(bars, {
                y: 'label',
                x: 'count',
                text: (b: Bar) => String(b.count),
                dx: 8,
                textAnchor: 'start',
              }),
              Plot.ruleX([0]),
            ],
          })
        }
      />
    </figure>
  );
}

export default function AgreementSummary({ summary }: { summary: Summary }) {
  const { t, i18n } = useTranslation();
  const countries = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const country = (c: string) => (c === 'EU' ? t('agreements.eu') : (countries.of(c) ?? c));
  const label = (prefix: string) => (r: { key: string; count: number }) => ({
    label: t(`agreements.${prefix}.${r.key}`),
    count: r.count,
  });
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">{t('agreements.summary', { count: summary.total })}</h2>
      <div className="summary-grid">
        <div>
          <h3 id="country-pairs-title">{t('agreements.byCountryPair')}</h3>
          <DataTable
            name="country-pairs"
            columns={[
              { label: t('agreements.col.countries') },
              { label: t('agreements.col.count'), className: 'num' },
            ]}
          >
            <tbody>
              {summary.byCountryPair.map((p) => (
                <tr key={p.countries.join('-')}>
                  <th scope="row">
                    {p.countries[0] === p.countries[1]
                      ? t('agreements.within', { country: country(p.countries[0]!) })
                      : p.countries.map(country).join(' – ')}
                  </th>
                  <td className="num">{p.count}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
        <Bars
          id="by-relation"
          title={t('agreements.byRelation')}
          bars={summary.bySectorRelation.map(label('relation'))}
        />
        <Bars
          id="by-instrument"
          title={t('agreements.byInstrument')}
          bars={summary.byInstrument.map(label('instrument'))}
        />
        <Bars
          id="by-year"
          title={t('agreements.byYear')}
          bars={summary.byYear.map((y) => ({
            label: y.year === null ? t('agreements.noYear') : String(y.year),
            count: y.count,
          }))}
        />
      </div>
    </section>
  );
}
