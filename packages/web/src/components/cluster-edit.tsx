/**
 * On a cluster's profile, for those who may update it: edit the overview (description,
 * place, life-cycle stage, public or not) and add or replace one year of key figures
 * (PATCH /api/clusters/{id}; the API validates: money figures need a currency, a year
 * appears once) and set its statistical codes. Field errors from the API are shown in the form; nothing is half saved.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lifeCycleStages } from '@polos/core/vocabulary-lists';
import { sendJson, type Schemas } from '../api-client';
import { ApiForm } from './api-form';
import { readNumbers } from './form-input-error';
import { StatisticalCodesForm } from './statistical-codes-form';

type Cluster = Schemas['Cluster'];
type KeyFigures = Schemas['KeyFigures'];

/** A folding form that PATCHes the cluster and hands the updated cluster back. */
function EditForm(props: {
  clusterId: string;
  title: string;
  testId: string;
  patch: () => Record<string, unknown>;
  onSaved: (cluster: Cluster) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ApiForm
      title={props.title}
      testId={props.testId}
      submitLabel={t('edit.save')}
      savedText={t('edit.saved')}
      send={() =>
        sendJson<Cluster>('PATCH', `/api/clusters/${encodeURIComponent(props.clusterId)}`, props.patch())
      }
      onDone={props.onSaved}
    >
      {props.children}
    </ApiForm>
  );
}

export function ClusterEdit({ cluster, onSaved }: { cluster: Cluster; onSaved: (cluster: Cluster) => void }) {
  const { t, i18n } = useTranslation();
  const [description, setDescription] = useState(cluster.description ?? '');
  const [location, setLocation] = useState(cluster.location ?? '');
  const [stage, setStage] = useState<string>(cluster.lifeCycleStage ?? '');
  const [isPublic, setIsPublic] = useState(cluster.isPublic);
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [firms, setFirms] = useState('');
  const [jobs, setJobs] = useState('');
  const [turnover, setTurnover] = useState('');
  const [production, setProduction] = useState('');
  const [exports, setExports] = useState('');
  const [currency, setCurrency] = useState('');
  const [source, setSource] = useState('');

  return (
    <section aria-labelledby="edit-title" className="edit">
      <h2 id="edit-title">{t('edit.title')}</h2>
      <EditForm
        clusterId={cluster.id}
        title={t('edit.overview')}
        testId="edit-overview"
        onSaved={onSaved}
        patch={() => ({
          description: description.trim() || null,
          location: location.trim() || null,
          lifeCycleStage: stage || null,
          isPublic,
        })}
      >
        <label>
          <span>{t('edit.description')}</span>
          <textarea rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <label>
          <span>{t('edit.location')}</span>
          <input value={location} onChange={(e) => setLocation(e.target.value)} />
        </label>
        <label>
          <span>{t('edit.stage')}</span>
          <select value={stage} onChange={(e) => setStage(e.target.value)}>
            <option value="">{t('parts.unknown')}</option>
            {lifeCycleStages.map((s) => (
              <option key={s} value={s}>
                {t(`lifeCycle.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} />{' '}
          {t('edit.public')}
        </label>
      </EditForm>
      <EditForm
        clusterId={cluster.id}
        title={t('edit.figures')}
        testId="edit-figures"
        onSaved={onSaved}
        patch={() => {
          const y = Number(year);
          // read in the user's language: "12,500" in English, "12.500" in Spanish (decision 094)
          const n = readNumbers(t, i18n.language, {
            firms: { label: t('clusters.col.firms'), text: firms, whole: true },
            directJobs: { label: t('clusters.col.jobs'), text: jobs, whole: true },
            turnover: { label: t('edit.turnover'), text: turnover },
            production: { label: t('forms.production'), text: production },
            exports: { label: t('forms.exports'), text: exports },
          });
          const entry: Partial<KeyFigures> & { year: number } = {
            year: y,
            ...n,
            currency: currency.trim().toUpperCase() || null,
            unit: 'million',
            source: source.trim() || null,
          };
          return { keyFigures: [...cluster.keyFigures.filter((k) => k.year !== y), entry] };
        }}
      >
        <label>
          <span>{t('profile.year')}</span>
          <input
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value.replace(/\D/g, ''))}
          />
        </label>
        <label>
          <span>{t('clusters.col.firms')}</span>
          <input inputMode="decimal" value={firms} onChange={(e) => setFirms(e.target.value)} />
        </label>
        <label>
          <span>{t('clusters.col.jobs')}</span>
          <input inputMode="decimal" value={jobs} onChange={(e) => setJobs(e.target.value)} />
        </label>
        <label>
          <span>{t('edit.turnover')}</span>
          <input inputMode="decimal" value={turnover} onChange={(e) => setTurnover(e.target.value)} />
        </label>
        <label>
          <span>{t('forms.production')}</span>
          <input inputMode="decimal" value={production} onChange={(e) => setProduction(e.target.value)} />
        </label>
        <label>
          <span>{t('forms.exports')}</span>
          <input inputMode="decimal" value={exports} onChange={(e) => setExports(e.target.value)} />
        </label>
        <label>
          <span>{t('edit.currency')}</span>
          <input value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value)} />
        </label>
        <label>
          <span>{t('edit.source')}</span>
          <input value={source} onChange={(e) => setSource(e.target.value)} />
        </label>
      </EditForm>
      <StatisticalCodesForm cluster={cluster} onSaved={onSaved} />
    </section>
  );
}
