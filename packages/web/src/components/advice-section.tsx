/**
 * The cluster profile's recommended policy mix, in the user's language: the advice is
 * fetched with `lang` = the interface language and fetched again when the user switches.
 * While the new language loads, the previous texts stay (marked busy) instead of flashing.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAdvice, type AdviceView } from '../api-client';
import { errorMessage } from '../api-errors';
import { AdviceList } from './advice-list';

type State =
  | { status: 'loading'; previous: AdviceView | undefined }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; advice: AdviceView };

export function AdviceSection({ clusterId }: { clusterId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [state, setState] = useState<State>({ status: 'loading', previous: undefined });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({
      status: 'loading',
      previous: s.status === 'ready' ? s.advice : s.status === 'loading' ? s.previous : undefined,
    }));
    getAdvice(clusterId, lang, controller.signal).then(
      (advice) => setState({ status: 'ready', advice }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [clusterId, lang, attempt]);

  const advice =
    state.status === 'ready' ? state.advice : state.status === 'loading' ? state.previous : undefined;
  return (
    <section aria-labelledby="advice-title" aria-busy={state.status === 'loading'}>
      <h2 id="advice-title">{t('profile.advice')}</h2>
      {state.status === 'error' ? (
        <div role="alert" className="error">
          <p>{t('advice.error', { message: errorMessage(t, state.error) })}</p>
          <button type="button" onClick={retry}>
            {t('advice.retry')}
          </button>
        </div>
      ) : null}
      {!advice && state.status === 'loading' ? <p aria-live="polite">{t('advice.loading')}</p> : null}
      {advice ? (
        <div lang={advice.language} data-testid="advice">
          <p className="muted">{t('profile.adviceIntro', { version: advice.rulesVersion })}</p>
          {advice.recommendations.length === 0 ? <p>{t('profile.noAdvice')}</p> : null}
          <AdviceList recommendations={advice.recommendations} />
        </div>
      ) : null}
    </section>
  );
}
