/**
 * Administration of accounts (`/admin/users`, administrators only): the users with their
 * role, granted clusters and status, each changed in place (accounts/user-row.tsx), and the
 * invitation form (accounts/invite-form.tsx). Says when e-mails only go to the server log.
 * API: GET/POST /api/users, PATCH /api/users/{id}, GET /api/mail/delivery (docs/api.md).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerOf, api, getJson, listClusters, type Schemas } from '../api-client';
import { describeError } from '../api-errors';
import { useSession } from '../session';
import { DataTable } from '../components/data-table';
import { AdminPage, useIsAdmin } from '../accounts/admin-nav';
import { InviteForm } from '../accounts/invite-form';
import { UserRow, type AdminUser } from '../accounts/user-row';

export default function AdminUsers() {
  const { t } = useTranslation();
  const session = useSession();
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [clusters, setClusters] = useState<Schemas['Cluster'][]>([]);
  const [delivery, setDelivery] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const allowed = useIsAdmin();

  const load = useCallback(async () => {
    try {
      const [list, page] = await Promise.all([answerOf(api.GET('/api/users')), listClusters({ limit: 500 })]);
      setUsers(list);
      setClusters(page.items);
    } catch (error) {
      setProblem(describeError(t, error).text);
    }
  }, [t]);
  useEffect(() => {
    document.title = `${t('admin.title')} · polos`;
  }, [t]);
  useEffect(() => {
    if (!allowed) return;
    void load();
    getJson<{ delivery: string }>('/api/mail/delivery').then(
      (d) => setDelivery(d.delivery),
      () => setDelivery(null),
    );
  }, [allowed, load]);

  return (
    <AdminPage current="users" title={t('admin.title')}>
      <p className="intro">{t('admin.intro')}</p>
      {delivery === 'log' ? (
        <p className="notice" data-testid="mail-delivery">
          {t('accounts.admin.noSmtp')}
        </p>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <InviteForm clusters={clusters} onInvited={load} />
      <h2 id="users-title">{t('admin.users')}</h2>
      {!users ? (
        <p role="status">{t('profile.loading')}</p>
      ) : (
        <DataTable
          name="users"
          columns={[
            { label: t('admin.name') },
            { label: t('admin.email') },
            { label: t('admin.role') },
            { label: t('admin.grants') },
            { label: t('accounts.admin.status') },
            { label: t('accounts.admin.actions') },
          ]}
        >
          <tbody>
            {users.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                self={u.id === session.user?.id}
                clusters={clusters}
                onChanged={load}
              />
            ))}
          </tbody>
        </DataTable>
      )}
    </AdminPage>
  );
}
