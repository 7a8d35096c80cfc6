/**
 * Under a cluster's diagnosis (decision 100): which assessment the profile shows, the latest
 * of each kind the cluster has (kind, date, assessor, ICE and degree), and which kinds the
 * sector-group averages use.
 */
import { useTranslation } from 'react-i18next';
import type { DiagnosisView } from '../api-client';
import { DataTable } from './data-table';
import { assessmentDate, kindLabel, kindsPhrase } from './assessment-kind';

export function AssessmentKindsSummary({
  diagnosis,
  fmt,
}: {
  diagnosis: DiagnosisView;
  fmt: (v: number | null | undefined) => string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { assessment, latestByKind, groupKinds } = diagnosis;
  return (
    <>
      <p className="muted" data-testid="assessment-shown">
        {t('assessmentKind.shows', {
          kind: kindLabel(t, assessment.kind),
          date: assessmentDate(assessment, lang),
        })}{' '}
        {t('assessmentKind.groupUses', { kinds: kindsPhrase(t, groupKinds, lang) })}
      </p>
      {latestByKind.length > 1 ? (
        <>
          <h3 id="assessments-by-kind-title">{t('assessmentKind.byKind')}</h3>
          <DataTable
            name="assessments-by-kind"
            columns={[
              { label: t('assessmentKind.kindColumn') },
              { label: t('assessmentKind.dateColumn') },
              { label: t('assessmentKind.assessorColumn') },
              { label: t('profile.ice'), className: 'num' },
            ]}
          >
            <tbody>
              {latestByKind.map(({ assessment: a, diagnosis: d }) => (
                <tr key={a.id}>
                  <th scope="row">{kindLabel(t, a.kind)}</th>
                  <td>{assessmentDate(a, lang)}</td>
                  <td>{a.assessor}</td>
                  <td className="num">
                    {fmt(d.collectiveEfficiency.ice)}{' '}
                    {d.collectiveEfficiency.degree
                      ? t(`profile.degree.${d.collectiveEfficiency.degree}`)
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      ) : null}
    </>
  );
}
