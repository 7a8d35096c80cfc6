/**
 * The signed-in user's API tokens on `/account`: the list (never the secrets), a form that
 * creates one and shows its secret once with a copy button, and Revoke (asks first).
 * API: GET/POST /api/auth/tokens, DELETE /api/auth/tokens/{id} (docs/security.md).
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOf, api, sendJson, type Schemas } from '../api-client';
import { describeError } from '../api-errors';
import { FormProblems, problemLines } from '../components/api-form';
import { DataTable } from '../components/data-table';
import { Field } from '../components/field';
import { ConfirmButton } from './confirm-button';
import { formatDateTime } from './dates';

type TokenInfo = Schemas['ApiTokenInfo'];
type NewToken = Schemas['ApiToken'];

function tokenState(token: TokenInfo): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  return Date.parse(token.expiresAt) <= Date.now() ? 'expired' : 'active';
}

export function ApiTokens() {
  const { t, i18n } = useTranslation();
  const [tokens, setTokens] = useState<TokenInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setTokens(await answerOf(api.GET('/api/auth/tokens')));
    } catch (error) {
      setProblem(describeError(t, error).text);
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);
  const when = (iso: string | null) =>
    iso ? formatDateTime(i18n.language, iso) : t('accounts.tokens.never');

  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('accounts.tokens.title')}</h2>
      <p className="muted">{t('accounts.tokens.intro')}</p>
      <NewTokenForm onCreated={load} />
      {problem ? <p role="alert">{problem}</p> : null}
      {!tokens ? (
        <p role="status">{t('profile.loading')}</p>
      ) : tokens.length === 0 ? (
        <p>{t('accounts.tokens.none')}</p>
      ) : (
        <DataTable
          name="tokens"
          columns={[
            { label: t('admin.name') },
            { label: t('accounts.tokens.created_at') },
            { label: t('accounts.tokens.expires') },
            { label: t('accounts.tokens.lastUsed') },
            { label: t('accounts.tokens.status') },
            { label: t('accounts.admin.actions') },
          ]}
        >
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{when(token.createdAt)}</td>
                <td>{when(token.expiresAt)}</td>
                <td>{when(token.lastUsedAt)}</td>
                <td>{t(`accounts.tokens.${tokenState(token)}`)}</td>
                <td>
                  {tokenState(token) === 'active' ? (
                    <ConfirmButton
                      label={t('accounts.tokens.revoke')}
                      ariaLabel={t('accounts.tokens.revokeOf', { name: token.name })}
                      question={t('accounts.tokens.confirmRevoke', { name: token.name })}
                      onConfirm={() =>
                        sendJson('DELETE', `/api/auth/tokens/${encodeURIComponent(token.id)}`).then(
                          load,
                          (error: unknown) => setProblem(describeError(t, error).text),
                        )
                      }
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

function NewTokenForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [created, setCreated] = useState<NewToken | null>(null);
  const [copied, setCopied] = useState(false);
  const [problem, setProblem] = useState<string[] | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const token = await sendJson<NewToken>('POST', '/api/auth/tokens', {
        name: name.trim(),
        expiresInDays: Number(days),
      });
      setProblem(null);
      setCopied(false);
      setCreated(token);
      setName('');
      await onCreated();
    } catch (error) {
      setProblem(problemLines(t, error));
    }
  }

  return (
    <form className="form narrow-form" onSubmit={(e) => void submit(e)}>
      <Field label={t('accounts.tokens.name')} value={name} onValue={setName} required maxLength={100} />
      <Field
        label={t('accounts.tokens.days')}
        type="number"
        min={1}
        step={1}
        value={days}
        onValue={setDays}
        required
      />
      <FormProblems lines={problem} />
      {created ? (
        <div className="token-secret" role="status">
          <p>
            {t('accounts.tokens.created', {
              name: created.name,
              date: formatDateTime(i18n.language, created.expiresAt),
            })}
          </p>
          <label>
            <span>{t('accounts.tokens.secret')}</span>
            <input
              readOnly
              value={created.token}
              data-testid="token-secret"
              onFocus={(e) => e.target.select()}
            />
          </label>{' '}
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(created.token).then(() => setCopied(true));
            }}
          >
            {copied ? t('accounts.tokens.copied') : t('accounts.tokens.copy')}
          </button>
        </div>
      ) : null}
      <button type="submit" className="primary">
        {t('accounts.tokens.create')}
      </button>
    </form>
  );
}
