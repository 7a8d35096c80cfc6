/**
 * "Whose scores" on the diagnosis form (decision 100): the kinds this user may record —
 * a cluster's manager a self-assessment (her default) or a survey; an analyst any kind
 * (default expert, or survey for a survey) — with a line on what each means.
 */
import { assessmentKinds, type AssessmentKind } from '@polos/core/vocabulary-lists';
import { permissions, type Principal } from '@polos/core/permissions';
import { useTranslation } from 'react-i18next';
import { kindLabel } from './assessment-kind';

/** The kind a form records: the one chosen if the user may record it, else the user's default. */
export function effectiveKind(
  chosen: AssessmentKind | '',
  user: Principal | null,
  clusterId: string,
  method: 'expert' | 'survey',
): AssessmentKind {
  return chosen && permissions.recordAssessmentKind(user, clusterId, chosen)
    ? chosen
    : permissions.defaultAssessmentKind(user, method);
}

export function AssessmentKindField({
  value,
  onChange,
  user,
  clusterId,
}: {
  value: AssessmentKind;
  onChange: (kind: AssessmentKind) => void;
  user: Principal | null;
  clusterId: string;
}) {
  const { t } = useTranslation();
  const allowed = assessmentKinds.filter((k) => permissions.recordAssessmentKind(user, clusterId, k));
  const staff = allowed.includes('expert');
  return (
    <label>
      <span>{t('assessmentKind.field')}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value as AssessmentKind)}
        aria-describedby="assessment-kind-hint"
        data-testid="assessment-kind-field"
      >
        {allowed.map((k) => (
          <option key={k} value={k}>
            {kindLabel(t, k)}
          </option>
        ))}
      </select>
      <small id="assessment-kind-hint" className="muted">
        {t(staff ? 'assessmentKind.fieldHintStaff' : 'assessmentKind.fieldHintManager')}
      </small>
    </label>
  );
}
