/**
 * "My account" (`/account`, any signed-in user): change one's password (the current one,
 * then the new one twice), change one's e-mail (confirmed by a link sent to the new
 * address), one's API tokens, and sign out everywhere (decision 103).
 * API: POST /api/auth/password, POST /api/auth/email, /api/auth/tokens, POST /api/auth/logout-all.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../api-client';
import { describeError } from '../api-errors';
import { FormProblems, problemLines } from '../components/api-form';
import { CurrentPasswordField } from '../accounts/current-password-field';
import { ApiTokens } from '../accounts/api-tokens';
import { ConfirmButton } from '../accounts/confirm-button';
import { EmailChange } from '../accounts/email-change';
import { NewPasswordFields } from '../accounts/password-fields';
import { navigate } from '../navigation';
import { useSession } from '../session';

export default function MyAccount() {
  const { t } = useTranslation();
  const session = useSession();
  useEffect(() => {
    document.title = `${t('accounts.me.title')} · polos`;
  }, [t]);
  useEffect(() => {
    if (session.user === null) navigate(`/sign-in?next=${encodeURIComponent('/account')}`);
  }, [session.user]);
  if (!session.user)
    return (
      <main id="main" tabIndex={-1}>
        <p role="status">{t('profile.loading')}</p>
      </main>
    );
  return (
    <main id="main" tabIndex={-1} className="narrow">
      <h1>{t('accounts.me.title')}</h1>
      <p className="intro">
        {t('accounts.me.intro', { name: session.user.name, email: session.user.email })}
      </p>
      <PasswordChange />
      <EmailChange />
      <ApiTokens />
      <SignOutEverywhere />
    </main>
  );
}

function PasswordChange() {
  const { t } = useTranslation();
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string[] | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (next !== again) {
      setProblem([t('accounts.me.mismatch')]);
      return;
    }
    try {
      await sendJson('POST', '/api/auth/password', { currentPassword: current, newPassword: next });
      // this session was renewed (new cookie and CSRF token): read it again
      await session.refresh();
      setProblem(null);
      setDone(true);
      setCurrent('');
      setNext('');
      setAgain('');
    } catch (error) {
      setProblem(problemLines(t, error));
    }
  }

  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title">{t('accounts.me.passwordTitle')}</h2>
      <form className="form narrow-form" onSubmit={(e) => void submit(e)}>
        <CurrentPasswordField name="current-password" value={current} onValue={setCurrent} />
        <NewPasswordFields value={next} again={again} onValue={setNext} onAgain={setAgain} />
        <FormProblems lines={problem} />
        {done ? <p role="status">{t('accounts.me.passwordChanged')}</p> : null}
        <button type="submit" className="primary">
          {t('accounts.me.changePassword')}
        </button>
      </form>
    </section>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation();
  const session = useSession();
  const [tokens, setTokens] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section aria-labelledby="everywhere-title">
      <h2 id="everywhere-title">{t('accounts.me.everywhereTitle')}</h2>
      <p className="muted">{t('accounts.me.everywhereIntro')}</p>
      <p>
        <label className="check">
          <input type="checkbox" checked={tokens} onChange={(e) => setTokens(e.target.checked)} />{' '}
          {t('accounts.me.alsoTokens')}
        </label>
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      <ConfirmButton
        label={t('accounts.me.everywhere')}
        question={t('accounts.me.confirmEverywhere')}
        onConfirm={async () => {
          try {
            await sendJson('POST', '/api/auth/logout-all', { tokens });
            await session.refresh();
            navigate('/');
          } catch (error) {
            setProblem(describeError(t, error).text);
          }
        }}
      />
    </section>
  );
}
