/**
 * Sign in (`/sign-in?next=/path`): e-mail and password against POST /api/auth/login; on
 * success, back to where the person came from (a cluster manager without such a page: "My
 * work"); a link to `/account/forgot`. Wrong credentials, too many attempts (with
 * the wait from Retry-After) and other failures are said in the user's language.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/field';
import { EmailField } from '../components/email-field';
import { ApiRequestError } from '../api-client';
import { errorMessage } from '../api-errors';
import { navigate, onLinkClick } from '../navigation';
import { useSession } from '../session';
import { landingAfterSignIn } from '../accounts/landing';

/** Only paths of this site: never an absolute URL from the query string (open redirect). */
export function safeNext(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

export function SignIn() {
  const { t } = useTranslation();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    document.title = `${t('account.title')} · polos`;
  }, [t]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await session.signIn(email.trim(), password);
      navigate(landingAfterSignIn(user, safeNext(location.search)));
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 429) {
        setError(t('account.tooMany', { minutes: Math.max(1, Math.ceil((e.retryAfter ?? 60) / 60)) }));
      } else {
        setError(errorMessage(t, e));
      }
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" tabIndex={-1} className="narrow">
      <h1>{t('account.title')}</h1>
      {session.user ? (
        <p>{t('account.already', { name: session.user.name })}</p>
      ) : (
        <>
          <p className="intro">{t('account.intro')}</p>
          <form className="form" onSubmit={(e) => void submit(e)} noValidate>
            <EmailField value={email} onValue={setEmail} />
            <Field
              label={t('account.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onValue={setPassword}
            />
            {error ? (
              <p className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
                {error}
              </p>
            ) : null}
            <button type="submit" className="primary" disabled={busy || !email || !password}>
              {busy ? t('account.signingIn') : t('account.submit')}
            </button>
          </form>
          <p>
            <a href="/account/forgot" onClick={onLinkClick}>
              {t('accounts.forgot.link')}
            </a>
          </p>
          <p className="muted">{t('account.noAccount')}</p>
        </>
      )}
    </main>
  );
}
