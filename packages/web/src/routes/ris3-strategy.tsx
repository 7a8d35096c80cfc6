/**
 * `/ris3/<id>`: a RIS3 strategy — each priority checked against the region's statistics in
 * words, with its quadrant (Balland et al. 2019) and meaning; the candidates (strong clusters,
 * diversification opportunities) with "add as priority"; the indicators with their values by
 * year and status. The creator and admins add priorities, indicators and values.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getRis3, removeRis3Priority, type Ris3View } from '../api/ris3';
import { errorMessage } from '../api-errors';
import { isLanguage } from '../i18n';
import { useFormats } from '../management/formats';
import { useLoaded } from '../management/use-loaded';
import { onLinkClick, regionProfileHref } from '../navigation';
import { Candidates } from '../ris3/candidates';
import { PriorityCheck } from '../ris3/priority-check';
import { PriorityForm } from '../ris3/priority-form';
import { PriorityIndicators } from '../ris3/priority-indicators';
import { useSession } from '../session';
import type { MapDatasetView } from '../api-client';
import { useFetched } from '../use-fetched';

export default function Ris3Strategy({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormats();
  const session = useSession();
  const lang = isLanguage(i18n.language) ? i18n.language : 'en';
  const view = useLoaded((signal) => getRis3(id, { lang }, signal), [id, lang]);
  const [prefill, setPrefill] = useState<{ title: string; codes: string } | null>(null);
  // A new, empty priority form after each priority added.
  const [added, setAdded] = useState(0);
  const datasets = useFetched<MapDatasetView[]>('/api/map/datasets');
  const s: Ris3View | null = view.data;
  useEffect(() => {
    document.title = `${s?.name ?? t('ris3.title')} · polos`;
  }, [s?.name, t]);
  if (view.error) return <main id="main">{errorMessage(t, view.error)}</main>;
  if (!s) return <main id="main" aria-busy="true" />;
  const canEdit = !!session.user && session.can.editRis3(session.user, s.createdBy);
  return (
    <main id="main" tabIndex={-1}>
      <p>
        <a href="/ris3" onClick={onLinkClick}>
          {t('ris3.back')}
        </a>
      </p>
      <h1>{s.name}</h1>
      <p className="intro">
        {t('ris3.summary', {
          region: s.regionName ? `${s.regionName} (${s.region})` : s.region,
          dataset: datasets.data?.find((d) => d.id === s.dataset)?.label ?? s.dataset,
          start: s.startYear,
          end: s.endYear,
          phase: t(`ris3.phases.${s.phase}`),
        })}{' '}
        {s.year !== null ? t('ris3.statisticsOf', { year: s.year }) : null}{' '}
        {s.regionName ? (
          <a href={regionProfileHref(s.dataset, s.region, s.year)} onClick={onLinkClick}>
            {t('ris3.regionProfile')}
          </a>
        ) : null}
      </p>
      {s.thresholds ? (
        <p className="muted">
          {t('ris3.thresholds', {
            density: f.number(s.thresholds.densityMedian),
            pci: f.number(s.thresholds.pciMedian),
          })}
        </p>
      ) : null}
      {s.notes.map((n) => (
        <p key={n} className="muted" role="note">
          {n}
        </p>
      ))}
      <h2>{t('ris3.priorities')}</h2>
      {s.priorities.length === 0 ? <p>{t('ris3.noPriorities')}</p> : null}
      {s.priorities.map((p) => (
        <section key={p.id} className="card" data-testid="ris3-priority" aria-labelledby={`p-${p.id}`}>
          <h3 id={`p-${p.id}`}>{p.title}</h3>
          <p className="muted">
            {[
              p.domain && t('ris3.domainIs', { domain: p.domain }),
              t('ris3.codesAre', { codes: p.industryCodes.join(', ') }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {p.description ? <p>{p.description}</p> : null}
          {p.check ? <PriorityCheck check={p.check} /> : null}
          <PriorityIndicators strategyId={s.id} priority={p} canEdit={canEdit} onChange={view.reload} />
          {canEdit ? (
            <button
              type="button"
              className="secondary"
              onClick={() => void removeRis3Priority(s.id, p.id).then(view.reload)}
            >
              {t('ris3.removePriority')}
            </button>
          ) : null}
        </section>
      ))}
      {canEdit ? (
        <PriorityForm
          key={`${prefill ? prefill.codes : 'blank'}-${added}`}
          strategyId={s.id}
          {...(prefill ? { initial: prefill } : {})}
          onDone={() => {
            setPrefill(null);
            setAdded((n) => n + 1);
            view.reload();
          }}
        />
      ) : null}
      {s.candidates ? (
        <Candidates candidates={s.candidates} {...(canEdit ? { onAdd: setPrefill } : {})} />
      ) : null}
    </main>
  );
}
