/**
 * A member answers the survey of a cluster organisation's services (`/survey/<code>`; issue 13
 * point 2, decision 085) without an account: each service rated 1–5 with what they would pay,
 * or "not used". The code in the link answers once; the answer is stored without it (the
 * server's `Referrer-Policy: no-referrer` keeps the code out of other sites' logs). The page says
 * plainly when the link was used or is unknown.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api-client';
import { answerSurvey, getSurveyForm, type SurveyRatings } from '../api/services';
import { FormProblems, problemLines } from '../components/api-form';
import { useLoaded } from '../management/use-loaded';

type Choice = { value: string; wtp: string; notUsed: boolean };
const levels = ['none', 'low', 'medium', 'high'] as const;

export default function SurveyAnswer({ code }: { code: string }) {
  const { t } = useTranslation();
  const form = useLoaded((signal) => getSurveyForm(code, signal), [code]);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [problem, setProblem] = useState<string[] | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = `${t('services.survey.title')} · polos`;
  }, [t]);
  const choice = (key: string): Choice => choices[key] ?? { value: '', wtp: 'medium', notUsed: false };
  const set = (key: string, patch: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [key]: { ...choice(key), ...patch } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form.data) return;
    setBusy(true);
    const ratings: SurveyRatings = {};
    for (const s of form.data.services) {
      const c = choice(s.key);
      ratings[s.key] = c.notUsed
        ? 'notUsed'
        : { value: Number(c.value), willingnessToPay: c.wtp as (typeof levels)[number] };
    }
    try {
      await answerSurvey(code, ratings);
      setSent(true);
    } catch (error) {
      setProblem(problemLines(t, error));
    } finally {
      setBusy(false);
    }
  }

  const status = form.error instanceof ApiRequestError ? form.error.status : null;
  return (
    <main id="main" tabIndex={-1} className="survey-answer">
      <h1>
        {form.data
          ? t('services.answer.title', { organisation: form.data.organisation.name })
          : t('services.survey.title')}
      </h1>
      {form.loading ? <p role="status">{t('management.loading')}</p> : null}
      {status === 409 ? <p role="alert">{t('services.answer.used')}</p> : null}
      {status === 404 || status === 400 ? <p role="alert">{t('services.answer.unknown')}</p> : null}
      {form.error && status !== 404 && status !== 400 && status !== 409 ? (
        <FormProblems lines={problemLines(t, form.error)} />
      ) : null}
      {sent ? (
        <p role="status" data-testid="survey-thanks">
          {t('services.answer.thanks')}
        </p>
      ) : form.data ? (
        <form className="form" onSubmit={(e) => void submit(e)}>
          <p className="intro">{t('services.answer.intro', { year: form.data.year })}</p>
          {form.data.services.map((s) => {
            const c = choice(s.key);
            const name = s.key.startsWith('own:') ? (s.name ?? s.key.slice(4)) : t(`services.names.${s.key}`);
            return (
              <fieldset key={s.key} className="inline-fields" data-service={s.key}>
                <legend>{name}</legend>
                <label>
                  <span>{t('services.answer.value')}</span>
                  <select
                    value={c.value}
                    disabled={c.notUsed}
                    required={!c.notUsed}
                    onChange={(e) => set(s.key, { value: e.target.value })}
                  >
                    <option value="">—</option>
                    {[1, 2, 3, 4, 5].map((v) => (
                      <option key={v} value={v}>
                        {v}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  <span>{t('services.answer.wtp')}</span>
                  <select
                    value={c.wtp}
                    disabled={c.notUsed}
                    onChange={(e) => set(s.key, { wtp: e.target.value })}
                  >
                    {levels.map((w) => (
                      <option key={w} value={w}>
                        {t(`services.answer.wtpLevel.${w}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={c.notUsed}
                    onChange={(e) => set(s.key, { notUsed: e.target.checked })}
                  />{' '}
                  {t('services.answer.notUsed')}
                </label>
              </fieldset>
            );
          })}
          <FormProblems lines={problem} />
          <button type="submit" className="primary" disabled={busy}>
            {t('services.answer.send')}
          </button>
        </form>
      ) : null}
    </main>
  );
}
