/**
 * Member surveys of a year's services (issue 13 point 2; decision 085): create one with a
 * single-use link per member (shown this once), see each survey's answers, its results only
 * aggregated (withheld below 3 answers), and close it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  closeSurvey,
  createSurvey,
  getSurveyResults,
  listSurveys,
  type SurveyResults,
} from '../api/services';
import { ApiForm } from '../components/api-form';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { useFormats } from './formats';
import { useLoaded } from './use-loaded';

export function SurveySection({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const [members, setMembers] = useState('');
  const [links, setLinks] = useState<string[] | null>(null);
  const surveys = useLoaded((signal) => listSurveys(orgId, signal), [orgId]);
  const ofYear = (surveys.data ?? []).filter((s) => s.year === year);
  return (
    <div className="survey" data-testid="survey-section">
      <h3>{t('services.survey.title')}</h3>
      <p className="muted">{t('services.survey.intro')}</p>
      <ApiForm
        title={t('services.survey.create')}
        testId="survey-form"
        submitLabel={t('services.survey.createButton')}
        send={() => createSurvey(orgId, year, Number(members))}
        onDone={(created) => {
          setLinks(created.codes.map((code) => `${location.origin}/survey/${code}`));
          surveys.reload();
        }}
      >
        <Field
          label={t('services.survey.members')}
          type="number"
          min={1}
          max={1000}
          value={members}
          onValue={setMembers}
        />
      </ApiForm>
      {links ? (
        <div role="status">
          <p>{t('services.survey.created')}</p>
          <textarea
            readOnly
            rows={Math.min(links.length, 8)}
            value={links.join('\n')}
            aria-label={t('services.survey.created')}
            data-testid="survey-links"
          />
        </div>
      ) : null}
      {ofYear.map((s) => (
        <div key={s.id}>
          <h4 id={`survey-results-${s.id}-title`}>
            {t('services.survey.list')} {s.year} (
            {s.open ? t('services.survey.open') : t('services.survey.closed')}):{' '}
            {t('services.survey.answers', { answers: s.answers, codes: s.codes })}
          </h4>
          <Results orgId={orgId} surveyId={s.id} version={s.answers} />
          {s.open ? (
            <ApiForm
              title={t('services.survey.close')}
              testId="survey-close"
              submitLabel={t('services.survey.closeButton')}
              send={() => closeSurvey(orgId, s.id)}
              onDone={surveys.reload}
            >
              <span />
            </ApiForm>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function Results({ orgId, surveyId, version }: { orgId: string; surveyId: string; version: number }) {
  const { t } = useTranslation();
  const f = useFormats();
  const loaded = useLoaded((signal) => getSurveyResults(orgId, surveyId, signal), [orgId, surveyId, version]);
  const r: SurveyResults | null = loaded.data;
  if (!r) return null;
  if (r.withheld) return <p data-testid="survey-results">{t('services.survey.withheld')}</p>;
  const name = (key: string) => (key.startsWith('own:') ? key.slice(4) : t(`services.names.${key}`));
  return (
    <DataTable
      name={`survey-results-${surveyId}`}
      columns={[
        { label: t('services.service') },
        { label: t('services.survey.rated'), className: 'num' },
        { label: t('services.survey.mean'), className: 'num' },
        { label: t('services.survey.notUsed'), className: 'num' },
        { label: t('services.survey.wtp') },
      ]}
    >
      <tbody>
        {r.services
          .filter((s) => s !== null)
          .map((s) => (
            <tr key={s.key}>
              <th scope="row">{name(s.key)}</th>
              {s.withheld ? (
                <td colSpan={4}>{t('services.survey.withheld')}</td>
              ) : (
                <>
                  <td className="num">{f.number(s.rated)}</td>
                  <td className="num">{f.number(s.mean)}</td>
                  <td className="num">{f.number(s.notUsed)}</td>
                  <td>
                    {s.willingnessToPay
                      ? (['none', 'low', 'medium', 'high'] as const)
                          .map((w) => `${t(`services.answer.wtpLevel.${w}`)}: ${s.willingnessToPay![w]}`)
                          .join(' · ')
                      : '—'}
                  </td>
                </>
              )}
            </tr>
          ))}
      </tbody>
    </DataTable>
  );
}
