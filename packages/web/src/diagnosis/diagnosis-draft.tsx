/** The diagnosis form's draft (its shape, checked when read back) and the notice of a restored one. */
import { useTranslation } from 'react-i18next';
import type { AssessmentKind } from '@polos/core/vocabulary-lists';
import { useDraft } from './draft';

type Answers = Record<string, number | null | undefined>;
export interface DiagnosisDraft {
  mode: 'expert' | 'survey';
  respondents: Array<{
    name: string;
    sheet: { externalEconomies: Answers; jointAction: Answers; upgrading: Answers };
  }>;
  step: number;
  assessedOn: string;
  chosenKind: AssessmentKind | '';
  governance: Record<string, number>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A draft written by this version of the form (anything else is dropped). */
export function isDiagnosisDraft(d: unknown): d is DiagnosisDraft {
  if (!isObject(d)) return false;
  const sheetOk = (s: unknown) =>
    isObject(s) && ['externalEconomies', 'jointAction', 'upgrading'].every((g) => isObject(s[g]));
  return (
    (d.mode === 'expert' || d.mode === 'survey') &&
    Array.isArray(d.respondents) &&
    d.respondents.length > 0 &&
    d.respondents.every((r) => isObject(r) && typeof r.name === 'string' && sheetOk(r.sheet)) &&
    typeof d.step === 'number' &&
    typeof d.assessedOn === 'string' &&
    typeof d.chosenKind === 'string' &&
    isObject(d.governance)
  );
}

/** Nothing typed yet (no answer, no respondent's name): nothing worth keeping. */
export const isEmptyDiagnosisDraft = (d: DiagnosisDraft): boolean =>
  !d.respondents.some(
    (r) => r.name || Object.values(r.sheet).some((answers) => Object.keys(answers).length > 0),
  );

/** The diagnosis form's draft under `key` (null while the user is not known). */
export const useDiagnosisDraft = (
  key: string | null,
  snapshot: DiagnosisDraft,
  restore: (draft: DiagnosisDraft) => void,
) => useDraft({ key, snapshot, restore, isValid: isDiagnosisDraft, isEmpty: isEmptyDiagnosisDraft });

/** "Your unsaved answers of <when> were restored." with a button to discard them. */
export function DraftNotice({ savedAt, onDiscard }: { savedAt: string | null; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  if (!savedAt) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(savedAt),
  );
  return (
    <p className="notice" role="status" data-testid="draft-restored">
      {t('diagnose.draftRestored', { when })}{' '}
      <button type="button" onClick={onDiscard}>
        {t('diagnose.discardDraft')}
      </button>
    </p>
  );
}
