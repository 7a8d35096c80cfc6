/**
 * The management-excellence self-assessment (issue 13 point 4; decision 086;
 * docs/methods/self-assessment.md): polos's open checklist in ESCA's six areas (not ESCA's
 * own indicators), each statement scored 0–4; the latest assessment's score by area and
 * overall, its improvement areas (items scored at or below the threshold) and what changed
 * since the previous one (resolved, persisting, new).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addSelfAssessment,
  getChecklist,
  getLatestSelfAssessment,
  type SelfAssessmentChecklist,
  type SelfAssessmentInput,
} from '../api/excellence';
import { apiLanguage } from '../api/organisations';
import { ApiForm } from '../components/api-form';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { useFormats } from './formats';
import { SectionStatus } from './section-status';
import { useLoaded } from './use-loaded';

export function SelfAssessmentSection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = apiLanguage(i18n.language);
  const f = useFormats();
  const loaded = useLoaded(
    (signal) => Promise.all([getChecklist(signal), getLatestSelfAssessment(orgId, signal)]),
    [orgId],
  );
  const [checklist, latest] = loaded.data ?? [null, null];
  const area = (key: string) => checklist?.areas.find((a) => a.key === key)?.label[lang] ?? key;
  const item = (key: string) => checklist?.items.find((i) => i.key === key)?.text[lang] ?? key;
  const items = (keys: string[], testId: string, title: string) =>
    keys.length > 0 ? (
      <div data-testid={testId}>
        <h4>{title}</h4>
        <ul>
          {keys.map((k) => (
            <li key={k}>{item(k)}</li>
          ))}
        </ul>
      </div>
    ) : null;
  const a = latest?.assessment;
  const changes = new Map(latest?.comparison?.areaChanges.map((c) => [c.area, c.change]));
  return (
    <section aria-labelledby="self-assessment-title" className="management-section">
      <h2 id="self-assessment-title">{t('excellence.self.title')}</h2>
      <p className="intro">{t('excellence.self.intro')}</p>
      <SectionStatus loading={loaded.loading} error={loaded.error} retry={loaded.reload} />
      {a ? (
        <>
          <p data-testid="self-assessment-overall">
            {t('excellence.self.overall', {
              date: f.date(a.assessedOn),
              percent: f.share(a.score.overall.percent / 100),
            })}
            {latest.comparison
              ? ` (${t('excellence.self.change', { points: f.number(latest.comparison.overallChange) })})`
              : ''}
          </p>
          <DataTable
            name="self-assessment"
            columns={[
              { label: t('excellence.self.area') },
              { label: t('excellence.self.score'), className: 'num' },
              { label: t('excellence.self.sincePrevious'), className: 'num' },
            ]}
          >
            <tbody>
              {a.score.areas.map((s) => (
                <tr key={s.area}>
                  <th scope="row">{area(s.area)}</th>
                  <td className="num">{f.share(s.percent / 100)}</td>
                  <td className="num">{changes.has(s.area) ? f.number(changes.get(s.area)) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {latest.comparison ? (
            <>
              {items(latest.comparison.resolved, 'improvement-resolved', t('excellence.self.resolved'))}
              {items(latest.comparison.persisting, 'improvement-persisting', t('excellence.self.persisting'))}
              {items(latest.comparison.new, 'improvement-new', t('excellence.self.new'))}
            </>
          ) : (
            items(a.score.improvementAreas, 'improvement-areas', t('excellence.self.improvement'))
          )}
        </>
      ) : loaded.data ? (
        <p>{t('excellence.self.none')}</p>
      ) : null}
      {canEdit && checklist ? (
        <AssessmentForm orgId={orgId} checklist={checklist} onDone={loaded.reload} />
      ) : null}
    </section>
  );
}

function AssessmentForm({
  orgId,
  checklist,
  onDone,
}: {
  orgId: string;
  checklist: SelfAssessmentChecklist;
  onDone(): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = apiLanguage(i18n.language);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [scores, setScores] = useState<Record<string, string>>({});
  return (
    <ApiForm
      title={t('excellence.self.run')}
      testId="self-assessment-form"
      submitLabel={t('management.save')}
      savedText={t('management.saved')}
      send={() =>
        addSelfAssessment(orgId, {
          assessedOn: date,
          scores: Object.fromEntries(
            checklist.items.map((i) => [i.key, Number(scores[i.key] ?? 0)]),
          ) as SelfAssessmentInput['scores'],
          note: null,
        })
      }
      onDone={onDone}
    >
      <Field label={t('excellence.self.date')} type="date" value={date} onValue={setDate} />
      {checklist.areas.map((area) => (
        <fieldset key={area.key}>
          <legend>{area.label[lang]}</legend>
          {checklist.items
            .filter((i) => i.area === area.key)
            .map((i) => (
              <label key={i.key} data-item={i.key}>
                <span>{i.text[lang]}</span>
                <select
                  value={scores[i.key] ?? '0'}
                  onChange={(e) => setScores((s) => ({ ...s, [i.key]: e.target.value }))}
                >
                  {checklist.maturity.map((m, level) => (
                    <option key={level} value={level}>
                      {level} — {m[lang]}
                    </option>
                  ))}
                </select>
              </label>
            ))}
        </fieldset>
      ))}
    </ApiForm>
  );
}
