/**
 * Administration of accounts (`/admin/users`, administrators only): the users with their
 * role and granted clusters, an invitation form (name, e-mail, role, initial password,
 * clusters for a cluster manager) and, per user, a change of role and grants.
 * API: GET/POST /api/users, PATCH /api/users/{id} (docs/api.md, docs/security.md).
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '@polos/core/vocabulary-lists';
import { answerOf, api, listClusters, sendJson, type Schemas } from '../api-client';
import { describeError } from '../api-errors';
import { FormProblems, problemLines } from '../components/api-form';
import { useSession } from '../session';
import { DataTable } from '../components/data-table';

type Cluster = Schemas['Cluster'];
type User = Schemas['User'];

export default function AdminUsers() {
  const { t } = useTranslation();
  const session = useSession();
  const [users, setUsers] = useState<User[] | null>(null);
  const [clusters, setClusters] = useState<Cluster[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const allowed = session.user ? session.can.manageUsers(session.user) : false;

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
    if (allowed) void load();
  }, [allowed, load]);

  if (session.user === undefined)
    return (
      <main id="main" tabIndex={-1}>
        <p role="status">{t('profile.loading')}</p>
      </main>
    );
  if (!allowed)
    return (
      <main id="main" tabIndex={-1}>
        <h1>{t('admin.title')}</h1>
        <p role="alert">{t('admin.onlyAdmins')}</p>
      </main>
    );
  const clusterName = new Map(clusters.map((c) => [c.id, c.name]));
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('admin.title')}</h1>
      <p className="intro">{t('admin.intro')}</p>
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
          ]}
        >
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.email}</td>
                <td>
                  <RoleSelect user={u} onChanged={load} />
                </td>
                <td>{u.grants.map((g) => clusterName.get(g) ?? g).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </main>
  );
}

function RoleSelect({ user, onChanged }: { user: User; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <select
        aria-label={t('admin.roleOf', { name: user.name })}
        value={user.role}
        onChange={(e) => {
          sendJson('PATCH', `/api/users/${encodeURIComponent(user.id)}`, { role: e.target.value }).then(
            () => {
              setError(null);
              return onChanged();
            },
            (err: unknown) => setError(describeError(t, err).text),
          );
        }}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`account.role.${r}`)}
          </option>
        ))}
      </select>
      {error ? <span role="alert"> {error}</span> : null}
    </>
  );
}

function InviteForm({ clusters, onInvited }: { clusters: Cluster[]; onInvited: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('cluster_manager');
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [problem, setProblem] = useState<string[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const matches = useMemo(() => {
    const q = search.trim().toLocaleLowerCase(i18n.language);
    if (!q) return [];
    return clusters
      .filter((c) => `${c.name} ${c.location ?? ''}`.toLocaleLowerCase(i18n.language).includes(q))
      .slice(0, 8);
  }, [search, clusters, i18n.language]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await sendJson('POST', '/api/users', {
        name: name.trim(),
        email: email.trim(),
        role,
        password,
        grants: role === 'cluster_manager' ? grants : [],
      });
      setProblem(null);
      setDone(t('admin.invited', { name: name.trim() }));
      setName('');
      setEmail('');
      setPassword('');
      setGrants([]);
      await onInvited();
    } catch (error) {
      setDone(null);
      setProblem(problemLines(t, error));
    }
  }

  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t('admin.invite')}</h2>
      <form className="form narrow-form" onSubmit={(e) => void submit(e)}>
        <label>
          <span>{t('admin.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          <span>{t('admin.email')}</span>
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          <span>{t('admin.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`account.role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('admin.password')}</span>
          <input
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          <small className="muted">{t('admin.passwordHelp')}</small>
        </label>
        {role === 'cluster_manager' ? (
          <fieldset>
            <legend>{t('admin.grantsLegend')}</legend>
            <label>
              <span>{t('admin.findCluster')}</span>
              <input value={search} onChange={(e) => setSearch(e.target.value)} />
            </label>
            {matches.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  checked={grants.includes(c.id)}
                  onChange={(e) =>
                    setGrants((g) => (e.target.checked ? [...g, c.id] : g.filter((x) => x !== c.id)))
                  }
                />{' '}
                {c.name}
              </label>
            ))}
            <p className="muted" data-testid="grants">
              {grants.length
                ? t('admin.granted', {
                    clusters: grants.map((g) => clusters.find((c) => c.id === g)?.name ?? g).join('; '),
                  })
                : t('admin.noGrants')}
            </p>
          </fieldset>
        ) : null}
        <FormProblems lines={problem} />
        {done ? <p role="status">{done}</p> : null}
        <button type="submit" className="primary">
          {t('admin.inviteButton')}
        </button>
      </form>
    </section>
  );
}
