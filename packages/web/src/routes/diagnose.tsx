/**
 * Diagnose a cluster (`/clusters/<id>/diagnose`): a guided form, step by step — external
 * economies, joint action, upgrading, the value chains served — each score level explained
 * in the user's language (the IDB study's scale: 0 absent, 1 low, 2 medium, 3 high, or
 * unknown). Expert mode records one set of scores; survey mode collects several
 * respondents and shows their medians (as the API aggregates them) before saving. Saving
 * creates a dated assessment (POST /api/clusters/{id}/assessments) and shows at once its
 * indices and the recommended policy mix. Only for those who may assess this cluster.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AdviceList } from '../components/advice-list';
import { getCluster, sendJson, type Schemas } from '../api-client';
import type { paths } from '../api/schema.generated';
import { FormProblems, problemLines } from '../components/api-form';
import { onLinkClick } from '../navigation';
import { useSession } from '../session';
import type { AssessmentKind } from '@polos/core/vocabulary-lists';
import { AssessmentKindField, effectiveKind } from '../components/assessment-kind-field';
import { assessmentDate, KindBadge } from '../components/assessment-kind';
import { DraftNotice, useDiagnosisDraft } from '../diagnosis/diagnosis-draft';

type Cluster = Schemas['Cluster'];

export const GROUPS = {
  externalEconomies: [
    'specialisedLabourMarket',
    'availabilityOfInputs',
    'easyAccessToInformation',
    'marketAccess',
  ],
  jointAction: [
    'backwardVerticalLinkages',
    'forwardVerticalLinkages',
    'horizontalBilateralLinkages',
    'horizontalMultilateralLinkages',
  ],
  upgrading: ['process', 'product', 'functional', 'intersectoral'],
} as const;
type Group = keyof typeof GROUPS;
const GROUP_KEYS = Object.keys(GROUPS) as Group[];
const GOVERNANCE = ['market', 'network', 'quasi_hierarchy', 'hierarchy'] as const;
const LEVELS = [0, 1, 2, 3] as const;

/** A score: 0–3, null = unknown, undefined = not answered yet. */
type Answer = number | null | undefined;
type Sheet = Record<Group, Record<string, Answer>>;
interface Respondent {
  name: string;
  sheet: Sheet;
}

const emptySheet = (): Sheet => ({ externalEconomies: {}, jointAction: {}, upgrading: {} });

/** Median of the known answers per item (the API's default aggregation); null when none. */
export function medianSheet(sheets: readonly Sheet[]): Record<Group, Record<string, number | null>> {
  const out = { externalEconomies: {}, jointAction: {}, upgrading: {} } as Record<
    Group,
    Record<string, number | null>
  >;
  for (const group of GROUP_KEYS) {
    for (const item of GROUPS[group]) {
      const values = sheets
        .map((s) => s[group][item])
        .filter((v): v is number => typeof v === 'number')
        .sort((a, b) => a - b);
      const h = Math.floor(values.length / 2);
      out[group][item] = values.length
        ? values.length % 2
          ? values[h]!
          : (values[h - 1]! + values[h]!) / 2
        : null;
    }
  }
  return out;
}

/** The answer of POST /api/clusters/{id}/assessments: the assessment, its diagnosis and advice. */
type Saved = paths['/api/clusters/{id}/assessments']['post']['responses'][201]['content']['application/json'];

const STEPS = ['externalEconomies', 'jointAction', 'upgrading', 'details'] as const;

export default function Diagnose({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [cluster, setCluster] = useState<Cluster | null | undefined>(undefined);
  const [mode, setMode] = useState<'expert' | 'survey'>('expert');
  const [respondents, setRespondents] = useState<Respondent[]>([{ name: '', sheet: emptySheet() }]);
  const [current, setCurrent] = useState(0);
  const [step, setStep] = useState(0);
  const [assessedOn, setAssessedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [assessor, setAssessor] = useState('');
  const [chosenKind, setChosenKind] = useState<AssessmentKind | ''>('');
  const [governance, setGovernance] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Unsaved answers survive a reload (per user and cluster, in this browser only).
  const key = session.user ? `polos.diagnosisDraft.${session.user.id}.${id}` : null;
  const draft = useDiagnosisDraft(
    key,
    { mode, respondents, step, assessedOn, chosenKind, governance },
    (d) => {
      setMode(d.mode);
      setRespondents(d.respondents);
      setCurrent(0);
      setStep(d.step);
      setAssessedOn(d.assessedOn);
      setChosenKind(d.chosenKind);
      setGovernance(d.governance);
    },
  );
  const lang = i18n.language;
  const number = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);

  useEffect(() => {
    const controller = new AbortController();
    getCluster(id, controller.signal).then(setCluster, () => {
      if (!controller.signal.aborted) setCluster(null);
    });
    return () => controller.abort();
  }, [id]);
  useEffect(() => {
    if (session.user && !assessor) setAssessor(session.user.name);
  }, [session.user, assessor]);
  useEffect(() => {
    document.title = `${t('diagnose.title')} · polos`;
  }, [t]);
  useEffect(() => {
    headingRef.current?.focus();
  }, [step, saved]);

  const back = (
    <a href={`/clusters/${encodeURIComponent(id)}`} onClick={onLinkClick} className="back-link">
      ← {t('diagnose.backToProfile')}
    </a>
  );
  if (session.user === undefined || cluster === undefined)
    return (
      <main id="main" tabIndex={-1}>
        <p role="status">{t('profile.loading')}</p>
      </main>
    );
  if (cluster === null)
    return (
      <main id="main" tabIndex={-1}>
        <p role="alert">{t('profile.notFound', { id })}</p>
      </main>
    );
  if (!session.can.writeAssessment(session.user, id))
    return (
      <main id="main" tabIndex={-1}>
        {back}
        <h1>{t('diagnose.title')}</h1>
        <p role="alert">
          {session.user ? t('diagnose.notAllowed') : t('diagnose.signInFirst')}{' '}
          {!session.user ? (
            <a href={`/sign-in?next=${encodeURIComponent(location.pathname)}`} onClick={onLinkClick}>
              {t('account.signIn')}
            </a>
          ) : null}
        </p>
      </main>
    );

  const sheet = respondents[current]!.sheet;
  const setAnswer = (group: Group, item: string, value: Answer) =>
    setRespondents((rs) =>
      rs.map((r, k) =>
        k === current ? { ...r, sheet: { ...r.sheet, [group]: { ...r.sheet[group], [item]: value } } } : r,
      ),
    );
  const unanswered = (s: Sheet) =>
    GROUP_KEYS.flatMap((g) =>
      GROUPS[g].filter((item) => s[g][item] === undefined).map((item) => t(`diagnose.item.${item}.name`)),
    );

  async function save(event: FormEvent) {
    event.preventDefault();
    const missing = respondents.flatMap((r, k) =>
      unanswered(r.sheet).map((name) =>
        mode === 'survey'
          ? t('diagnose.missingFor', { item: name, who: r.name || t('diagnose.respondentN', { n: k + 1 }) })
          : name,
      ),
    );
    if (mode === 'survey' && respondents.some((r) => !r.name.trim()))
      missing.push(t('diagnose.respondentNames'));
    if (missing.length) {
      setProblem([t('diagnose.unanswered'), ...missing]);
      return;
    }
    const toScores = (s: Sheet) =>
      Object.fromEntries(
        GROUP_KEYS.map((g) => [g, Object.fromEntries(GROUPS[g].map((item) => [item, s[g][item] ?? null]))]),
      );
    const body = {
      assessedOn,
      assessor: assessor.trim(),
      method: mode,
      kind: effectiveKind(chosenKind, session.user ?? null, id, mode),
      ...(mode === 'expert'
        ? { scores: toScores(respondents[0]!.sheet) }
        : {
            respondents: respondents.map((r) => ({ respondent: r.name.trim(), scores: toScores(r.sheet) })),
          }),
      governance: GOVERNANCE.filter((g) => governance[g]).map((g) => ({
        governanceType: g,
        code: governance[g],
      })),
    };
    setSaving(true);
    setProblem(null);
    try {
      // The body is not checked against the contract's AssessmentInput: the document
      // publishes defaulted fields (aggregation) as required (decision 070).
      const result = await sendJson<Saved>(
        'POST',
        `/api/clusters/${encodeURIComponent(id)}/assessments?lang=${lang}`,
        body,
      );
      setSaved(result);
      draft.clear();
    } catch (error) {
      setProblem(problemLines(t, error));
    } finally {
      setSaving(false);
    }
  }

  if (saved) {
    const ce = saved.diagnosis.collectiveEfficiency;
    const f = (v: number | null) => (v == null ? '—' : number.format(v));
    return (
      <main id="main" tabIndex={-1}>
        {back}
        <h1 ref={headingRef} tabIndex={-1}>
          {t('diagnose.savedTitle', { name: cluster.name })}
        </h1>
        <p role="status" data-testid="saved">
          {t('diagnose.saved', { date: assessmentDate(saved.assessment, lang) })}{' '}
          <KindBadge kind={saved.assessment.kind} />
        </p>
        <dl className="indices" data-testid="result">
          <div>
            <dt>{t('profile.eei')}</dt>
            <dd>{f(ce.eei)}</dd>
          </div>
          <div>
            <dt>{t('profile.jai')}</dt>
            <dd>{f(ce.jai)}</dd>
          </div>
          <div>
            <dt>{t('profile.ice')}</dt>
            <dd>
              {f(ce.ice)}{' '}
              <span className={`degree degree-${ce.degree}`}>
                {ce.degree ? t(`profile.degree.${ce.degree}`) : '—'}
              </span>
            </dd>
          </div>
        </dl>
        <h2>{t('profile.advice')}</h2>
        <div lang={saved.advice.language} data-testid="advice">
          <AdviceList recommendations={saved.advice.recommendations} />
        </div>
        <p>
          <a href={`/clusters/${encodeURIComponent(id)}`} onClick={onLinkClick}>
            {t('diagnose.openProfile')}
          </a>
        </p>
      </main>
    );
  }

  const stepName = STEPS[step]!;
  const medians = mode === 'survey' ? medianSheet(respondents.map((r) => r.sheet)) : null;
  return (
    <main id="main" tabIndex={-1}>
      {back}
      <h1>{t('diagnose.titleFor', { name: cluster.name })}</h1>
      <p className="intro">{t('diagnose.intro')}</p>
      <fieldset className="mode">
        <legend>{t('diagnose.mode')}</legend>
        {(['expert', 'survey'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="mode"
              value={m}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                setCurrent(0);
                if (m === 'expert') setRespondents((rs) => rs.slice(0, 1));
              }}
            />{' '}
            {t(`diagnose.modes.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'survey' ? (
        <div className="respondents" role="group" aria-label={t('diagnose.respondents')}>
          {respondents.map((r, k) => (
            <button
              type="button"
              key={k}
              aria-pressed={k === current}
              className={k === current ? 'tab current' : 'tab'}
              onClick={() => setCurrent(k)}
            >
              {r.name || t('diagnose.respondentN', { n: k + 1 })}
            </button>
          ))}
          <button
            type="button"
            onClick={() => {
              setRespondents((rs) => [...rs, { name: '', sheet: emptySheet() }]);
              setCurrent(respondents.length);
            }}
          >
            + {t('diagnose.addRespondent')}
          </button>
          <label className="inline">
            <span>{t('diagnose.respondentName')}</span>
            <input
              value={respondents[current]!.name}
              onChange={(e) =>
                setRespondents((rs) => rs.map((r, k) => (k === current ? { ...r, name: e.target.value } : r)))
              }
            />
          </label>
        </div>
      ) : null}
      <DraftNotice savedAt={draft.restoredAt} onDiscard={draft.discard} />
      <p className="steps" aria-live="polite">
        {t('diagnose.stepOf', { step: step + 1, total: STEPS.length, name: t(`diagnose.steps.${stepName}`) })}
      </p>
      <form className="form diagnose" onSubmit={(e) => void save(e)} noValidate>
        <h2 ref={headingRef} tabIndex={-1}>
          {t(`diagnose.steps.${stepName}`)}
        </h2>
        {stepName !== 'details' ? (
          <>
            <p className="muted">{t(`diagnose.groupIntro.${stepName}`)}</p>
            {GROUPS[stepName].map((item) => (
              <fieldset key={item} className="item">
                <legend>
                  {t(`diagnose.item.${item}.name`)}
                  {medians ? (
                    <span className="muted" data-testid={`median-${item}`}>
                      {' · '}
                      {t('diagnose.median', {
                        value:
                          medians[stepName][item] == null ? '—' : number.format(medians[stepName][item]!),
                      })}
                    </span>
                  ) : null}
                </legend>
                <p className="item-help">{t(`diagnose.item.${item}.help`)}</p>
                <div className="levels">
                  {[...LEVELS, null].map((level) => (
                    <label key={String(level)} className="level">
                      <input
                        type="radio"
                        name={`${current}-${item}`}
                        checked={sheet[stepName][item] === level}
                        onChange={() => setAnswer(stepName, item, level)}
                      />
                      <span>
                        <strong>
                          {level === null
                            ? t('diagnose.level.unknown')
                            : `${level} · ${t(`diagnose.level.${level}`)}`}
                        </strong>
                        <br />
                        <small>{t(`diagnose.levelHelp.${level === null ? 'unknown' : level}`)}</small>
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </>
        ) : (
          <>
            <p className="muted">{t('diagnose.governanceIntro')}</p>
            {GOVERNANCE.map((g) => (
              <label key={g}>
                <span>
                  {t(`governance.${g}`)} — <small>{t(`diagnose.governanceHelp.${g}`)}</small>
                </span>
                <select
                  value={governance[g] ?? 0}
                  onChange={(e) => setGovernance((x) => ({ ...x, [g]: Number(e.target.value) }))}
                >
                  {[0, 1, 2, 3].map((code) => (
                    <option key={code} value={code}>
                      {t(`diagnose.chainCode.${code}`)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <label>
              <span>{t('diagnose.date')}</span>
              <input
                type="date"
                value={assessedOn}
                onChange={(e) => setAssessedOn(e.target.value)}
                required
              />
            </label>
            <label>
              <span>{t('diagnose.assessor')}</span>
              <input value={assessor} onChange={(e) => setAssessor(e.target.value)} required />
            </label>
            <AssessmentKindField
              value={effectiveKind(chosenKind, session.user ?? null, id, mode)}
              onChange={setChosenKind}
              user={session.user ?? null}
              clusterId={id}
            />
          </>
        )}
        <FormProblems lines={problem} />
        <div className="step-buttons">
          {step > 0 ? (
            <button type="button" onClick={() => setStep((s) => s - 1)}>
              {t('diagnose.previous')}
            </button>
          ) : null}
          {step < STEPS.length - 1 ? (
            // Distinct keys: React must not turn this very button into the submit button while
            // its click is still being handled (the browser would then submit the form).
            <button key="next" type="button" className="primary" onClick={() => setStep((s) => s + 1)}>
              {t('diagnose.next')}
            </button>
          ) : (
            <button key="save" type="submit" className="primary" disabled={saving}>
              {saving ? t('diagnose.saving') : t('diagnose.save')}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
