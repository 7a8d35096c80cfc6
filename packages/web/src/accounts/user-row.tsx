/**
 * One user on the Accounts page, changed in place: role, granted clusters (a cluster
 * manager's), status with "Send again" for an invitation and Deactivate (asks first) /
 * Reactivate. A refusal (the last administrator, oneself) is said in the row.
 * API: PATCH /api/users/{id} {role?, grants?, active?}, POST /api/users/{id}/invitation.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '@polos/core/vocabulary-lists';
import { sendJson, type Schemas } from '../api-client';
import { describeError } from '../api-errors';
import { ClusterGrantsPicker } from './cluster-grants-picker';
import { ConfirmButton } from './confirm-button';
import { formatDateTime } from './dates';

/** A user as the Accounts page shows it (`status` since decision 103's API). */
export type AdminUser = Schemas['User'] & { status?: 'invited' | 'active' | 'deactivated' };

export function UserRow({
  user,
  self,
  clusters,
  onChanged,
}: {
  user: AdminUser;
  /** The administrator's own row: no Deactivate (the API refuses it too). */
  self: boolean;
  clusters: readonly Schemas['Cluster'][];
  onChanged: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [editing, setEditing] = useState<string[] | null>(null);
  const path = `/api/users/${encodeURIComponent(user.id)}`;
  const clusterName = (id: string) => clusters.find((c) => c.id === id)?.name ?? id;

  async function act<T>(send: () => Promise<T>, done?: (answer: T) => string): Promise<void> {
    try {
      const answer = await send();
      setError(null);
      setNote(done ? done(answer) : null);
      await onChanged();
    } catch (err) {
      setNote(null);
      setError(describeError(t, err).text);
    }
  }
  const status = user.status ?? 'active';

  return (
    <tr>
      <th scope="row">{user.name}</th>
      <td>{user.email}</td>
      <td>
        <select
          aria-label={t('admin.roleOf', { name: user.name })}
          value={user.role}
          onChange={(e) => void act(() => sendJson('PATCH', path, { role: e.target.value }))}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`account.role.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {editing ? (
          <div className="grants-edit">
            <ClusterGrantsPicker
              clusters={clusters}
              grants={editing}
              onChange={setEditing}
              legend={t('accounts.admin.grantsOf', { name: user.name })}
              testId={`grants-${user.id}`}
            />
            <button
              type="button"
              className="primary"
              onClick={() =>
                void act(
                  () => sendJson('PATCH', path, { grants: editing }),
                  () => t('accounts.admin.saved'),
                ).then(() => setEditing(null))
              }
            >
              {t('accounts.admin.save')}
            </button>{' '}
            <button type="button" onClick={() => setEditing(null)}>
              {t('accounts.confirm.cancel')}
            </button>
          </div>
        ) : (
          <>
            {user.grants.map(clusterName).join('; ') || '—'}{' '}
            {user.role === 'cluster_manager' ? (
              <button
                type="button"
                aria-label={t('accounts.admin.editGrantsOf', { name: user.name })}
                onClick={() => setEditing([...user.grants])}
              >
                {t('accounts.admin.editGrants')}
              </button>
            ) : null}
          </>
        )}
      </td>
      <td data-testid="status">{t(`accounts.admin.state.${status}`)}</td>
      <td>
        {status === 'invited' ? (
          <button
            type="button"
            aria-label={t('accounts.admin.sendAgainTo', { name: user.name })}
            onClick={() =>
              void act(
                () => sendJson<{ expiresAt: string }>('POST', `${path}/invitation`),
                (sent) =>
                  t('accounts.admin.sentAgain', { date: formatDateTime(i18n.language, sent.expiresAt) }),
              )
            }
          >
            {t('accounts.admin.sendAgain')}
          </button>
        ) : null}{' '}
        {status === 'deactivated' ? (
          <button
            type="button"
            aria-label={t('accounts.admin.reactivateOf', { name: user.name })}
            onClick={() => void act(() => sendJson('PATCH', path, { active: true }))}
          >
            {t('accounts.admin.reactivate')}
          </button>
        ) : self ? null : (
          <ConfirmButton
            label={t('accounts.admin.deactivate')}
            ariaLabel={t('accounts.admin.deactivateOf', { name: user.name })}
            question={t('accounts.admin.confirmDeactivate', { name: user.name })}
            onConfirm={() => act(() => sendJson('PATCH', path, { active: false }))}
          />
        )}
        {error ? <p role="alert">{error}</p> : null}
        {note ? <p role="status">{note}</p> : null}
      </td>
    </tr>
  );
}
