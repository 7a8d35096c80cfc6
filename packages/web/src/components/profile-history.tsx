/**
 * On a cluster's profile: its assessments over time (GET /api/clusters/{id}/assessments,
 * newest first) as a table — date, method, assessor, EEI, JAI, ICE, degree — with a chart
 * of ICE over time once there are two or more (one tick per year), and the key figures
 * once two years are known: firms and direct jobs in panels of their own, each with its own
 * scale (decision 099). Loaded lazily (Observable Plot).
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOf, api, type GetAnswer, type Schemas } from '../api-client';
import { DownloadButtons } from './download-buttons';
import { PlotFigure } from './plot-figure';
import { DataTable } from './data-table';
import { assessmentDate, KindBadge } from './assessment-kind';
import { YearPanel } from '../charts/year-panel';
import { numberTicks, yearLabel, yearStart, yearTicks } from '../charts/ticks';

type Cluster = Schemas['Cluster'];

type HistoryEntry = GetAnswer<'/api/clusters/{id}/assessments'>[number];

export default function ProfileHistory({ cluster }: { cluster: Cluster }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const iceChart = useRef<HTMLDivElement | null>(null);
  const number = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);

  useEffect(() => {
    const controller = new AbortController();
    answerOf(
      api.GET('/api/clusters/{id}/assessments', {
        params: { path: { id: cluster.id } },
        signal: controller.signal,
      }),
    ).then(setHistory, () => setHistory([]));
    return () => controller.abort();
  }, [cluster.id]);

  const f = (v: number | null) => (v == null ? '—' : number.format(v));
  const points = (history ?? [])
    .filter((h) => h.diagnosis.collectiveEfficiency.ice != null)
    .map((h) => ({
      date: new Date(h.assessment.assessedOn),
      label: assessmentDate(h.assessment, lang, 'medium'),
      ice: h.diagnosis.collectiveEfficiency.ice!,
    }));
  const figures = [...cluster.keyFigures].sort((a, b) => a.year - b.year);
  // Firms and jobs differ by orders of magnitude: each has its own panel and scale.
  const panels = [
    {
      key: 'firms',
      title: t('history.firmsByYear'),
      label: t('clusters.col.firms'),
      color: '#155e75',
      points: figures.flatMap((k) => (k.firms != null ? [{ year: k.year, value: k.firms }] : [])),
    },
    {
      key: 'jobs',
      title: t('history.jobsByYear'),
      label: t('clusters.col.jobs'),
      color: '#b45309',
      points: figures.flatMap((k) => (k.directJobs != null ? [{ year: k.year, value: k.directJobs }] : [])),
    },
  ].filter((panel) => panel.points.length >= 1);
  const figureYears = new Set(panels.flatMap((panel) => panel.points.map((p) => p.year)));

  return (
    <>
      {figureYears.size >= 2 ? (
        <section aria-labelledby="figures-chart-title">
          <h2 id="figures-chart-title">{t('history.figuresTitle')}</h2>
          <div className="chart-panels">
            {panels.map((panel) => (
              <YearPanel
                {...panel}
                key={panel.key}
                id={`figures-${panel.key}`}
                lang={lang}
                name={`${cluster.id}-${panel.key}`}
                deps={[cluster]}
              />
            ))}
          </div>
          <DownloadButtons
            name={`${cluster.id}-key-figures`}
            label={t('history.figuresTitle')}
            csv={{
              columns: [
                'year',
                'firms',
                'direct_jobs',
                'indirect_jobs',
                'turnover',
                'production',
                'exports',
                'currency',
                'unit',
              ],
              rows: figures.map((k) => [
                k.year,
                k.firms,
                k.directJobs,
                k.indirectJobs,
                k.turnover,
                k.production,
                k.exports,
                k.currency,
                k.unit,
              ]),
            }}
          />
        </section>
      ) : null}
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('history.title')}</h2>
        {!history ? (
          <p role="status">{t('profile.loading')}</p>
        ) : history.length === 0 ? (
          <p className="muted">{t('history.none')}</p>
        ) : (
          <>
            <DataTable
              name="history"
              columns={[
                { label: t('history.date') },
                { label: t('assessmentKind.kindColumn') },
                { label: t('history.assessor') },
                { label: 'EEI', className: 'num narrow-hide' },
                { label: 'JAI', className: 'num narrow-hide' },
                { label: 'ICE', className: 'num' },
                { label: t('history.degree') },
              ]}
            >
              <tbody>
                {history.map((h) => {
                  const ce = h.diagnosis.collectiveEfficiency;
                  return (
                    <tr key={h.assessment.id}>
                      <th scope="row">{assessmentDate(h.assessment, lang, 'medium')}</th>
                      <td>
                        <KindBadge kind={h.assessment.kind} />
                        <span className="narrow-hide"> · {t(`history.methods.${h.assessment.method}`)}</span>
                      </td>
                      <td>{h.assessment.assessor}</td>
                      <td className="num narrow-hide">{f(ce.eei)}</td>
                      <td className="num narrow-hide">{f(ce.jai)}</td>
                      <td className="num">{f(ce.ice)}</td>
                      <td>{ce.degree ? t(`profile.degree.${ce.degree}`) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
            {points.length >= 2 ? (
              <PlotFigure
                containerRef={iceChart}
                deps={[history, lang]}
                make={() =>
                  Plot.plot({
                    ariaLabel: `${t('history.iceChart')}: ${points
                      .map((p) => `${p.label}, ${number.format(p.ice)}`)
                      .join('; ')}`,
                    height: 240,
                    y: { domain: [0, 12], label: 'ICE', grid: true, tickFormat: numberTicks(lang) },
                    // One tick per year (1 January), written as the year, whatever the span.
                    x: {
                      label: null,
                      type: 'utc',
                      ticks: yearTicks(points.map((p) => p.date.getUTCFullYear())).map(yearStart),
                      tickFormat: yearLabel,
                    },
                    marks: [
                      Plot.ruleY([5, 9.5], { stroke: '#b45309', strokeDasharray: '4,4' }),
                      Plot.lineY(points, { x: 'date', y: 'ice', stroke: '#155e75', marker: 'circle' }),
                    ],
                  })
                }
              />
            ) : null}
            <DownloadButtons
              name={`${cluster.id}-assessments`}
              label={t('history.title')}
              {...(points.length >= 2 ? { chart: iceChart } : {})}
              csv={{
                columns: [
                  'assessed_on',
                  'date_precision',
                  'kind',
                  'method',
                  'assessor',
                  'eei',
                  'jai',
                  'ice',
                  'degree',
                ],
                rows: history.map((h) => [
                  h.assessment.assessedOn,
                  h.assessment.datePrecision,
                  h.assessment.kind,
                  h.assessment.method,
                  h.assessment.assessor,
                  h.diagnosis.collectiveEfficiency.eei,
                  h.diagnosis.collectiveEfficiency.jai,
                  h.diagnosis.collectiveEfficiency.ice,
                  h.diagnosis.collectiveEfficiency.degree,
                ]),
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
