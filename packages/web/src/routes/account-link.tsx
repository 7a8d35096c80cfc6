/**
 * The page the e-mails link to (`/account/link#<token>`; the token is in the fragment, so
 * it never reaches a server log or a Referer). It asks the API what the link is for: an
 * invitation or a password reset → a new password typed twice, then the person is signed in
 * and lands on her work; an e-mail change → one button that confirms the new address. An
 * invalid, used or expired link says so and offers a new one (decision 103).
 * API: POST /api/auth/links/inspect, /api/auth/links/password, /api/auth/links/email.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, sendJson, type Schemas } from '../api-client';
import { describeError } from '../api-errors';
import { FormProblems, problemLines } from '../components/api-form';
import { NewPasswordFields } from '../accounts/password-fields';
import { formatDateTime } from '../accounts/dates';
import { landingAfterSignIn } from '../accounts/landing';
import { navigate, onLinkClick } from '../navigation';
import { useSession } from '../session';

type User = Schemas['User'];

interface LinkInfo {
  purpose: 'invitation' | 'password_reset' | 'email_change';
  email: string;
  name: string;
  expiresAt: string;
}

export default function AccountLink() {
  const { t, i18n } = useTranslation();
  const [token] = useState(() => decodeURIComponent(location.hash.slice(1)));
  const [info, setInfo] = useState<LinkInfo | 'invalid' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${t(info && info !== 'invalid' ? `accounts.link.${info.purpose}` : 'accounts.me.title')} · polos`;
  }, [t, info]);
  useEffect(() => {
    if (!token) {
      setInfo('invalid');
      return;
    }
    sendJson<LinkInfo>('POST', '/api/auth/links/inspect', { token }).then(setInfo, (error: unknown) => {
      if (error instanceof ApiRequestError && (error.status === 404 || error.status === 400))
        setInfo('invalid');
      else setProblem(describeError(t, error).text);
    });
  }, [token, t]);

  return (
    <main id="main" tabIndex={-1} className="narrow">
      {info === 'invalid' ? (
        <InvalidLink />
      ) : info ? (
        <>
          <h1>{t(`accounts.link.${info.purpose}`)}</h1>
          <p className="intro">
            {t('accounts.link.for', {
              name: info.name,
              email: info.email,
              date: formatDateTime(i18n.language, info.expiresAt),
            })}
          </p>
          {info.purpose === 'email_change' ? (
            <ConfirmEmail token={token} onInvalid={() => setInfo('invalid')} />
          ) : (
            <SetPassword token={token} onInvalid={() => setInfo('invalid')} />
          )}
        </>
      ) : problem ? (
        <p role="alert">{problem}</p>
      ) : (
        <p role="status">{t('accounts.link.checking')}</p>
      )}
    </main>
  );
}

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <>
      <h1 data-testid="link-invalid">{t('accounts.link.invalid')}</h1>
      <p>
        <a href="/account/forgot" onClick={onLinkClick}>
          {t('accounts.link.askNew')}
        </a>
      </p>
    </>
  );
}

const isInvalidLink = (error: unknown) =>
  error instanceof ApiRequestError && error.body?.error.code === 'link_invalid';

function SetPassword({ token, onInvalid }: { token: string; onInvalid: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string[] | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== again) {
      setProblem([t('accounts.me.mismatch')]);
      return;
    }
    setBusy(true);
    try {
      // the signed-in user, with the new session's CSRF token (read again below)
      const answer = await sendJson<{ user: User } | User>('POST', '/api/auth/links/password', {
        token,
        password,
      });
      const user = 'user' in answer ? answer.user : answer;
      history.replaceState(null, '', location.pathname); // the used token leaves the address bar
      await session.refresh();
      navigate(landingAfterSignIn(user));
    } catch (error) {
      if (isInvalidLink(error)) onInvalid();
      else setProblem(problemLines(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <NewPasswordFields value={password} again={again} onValue={setPassword} onAgain={setAgain} />
      <FormProblems lines={problem} />
      <button type="submit" className="primary" disabled={busy || !password || !again}>
        {t('accounts.link.setPassword')}
      </button>
    </form>
  );
}

function ConfirmEmail({ token, onInvalid }: { token: string; onInvalid: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string[] | null>(null);
  if (done) return <p role="status">{t('accounts.link.emailConfirmed', { email: done })}</p>;
  return (
    <>
      <FormProblems lines={problem} />
      <button
        type="button"
        className="primary"
        onClick={() => {
          sendJson<{ email: string }>('POST', '/api/auth/links/email', { token }).then(
            async ({ email }) => {
              history.replaceState(null, '', location.pathname);
              setDone(email);
              await session.refresh();
            },
            (error: unknown) => (isInvalidLink(error) ? onInvalid() : setProblem(problemLines(t, error))),
          );
        }}
      >
        {t('accounts.link.confirmEmail')}
      </button>
    </>
  );
}
