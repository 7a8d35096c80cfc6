/**
 * Choose the clusters granted to a cluster manager: find by name or place, tick, and read
 * back what is granted (the invitation form and the change of grants on the Accounts page).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api-client';

type Cluster = Schemas['Cluster'];

export function ClusterGrantsPicker({
  clusters,
  grants,
  onChange,
  legend,
  testId,
}: {
  clusters: readonly Cluster[];
  grants: readonly string[];
  onChange: (grants: string[]) => void;
  legend: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const matches = useMemo(() => {
    const q = search.trim().toLocaleLowerCase(i18n.language);
    if (!q) return [];
    return clusters
      .filter((c) => `${c.name} ${c.location ?? ''}`.toLocaleLowerCase(i18n.language).includes(q))
      .slice(0, 8);
  }, [search, clusters, i18n.language]);
  // the granted ones stay in view, to untick them
  const shown = [...clusters.filter((c) => grants.includes(c.id) && !matches.includes(c)), ...matches];
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label>
        <span>{t('admin.findCluster')}</span>
        <input value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      {shown.map((c) => (
        <label key={c.id} className="check">
          <input
            type="checkbox"
            checked={grants.includes(c.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...grants, c.id] : grants.filter((x) => x !== c.id))
            }
          />{' '}
          {c.name}
        </label>
      ))}
      <p className="muted" data-testid={testId}>
        {grants.length
          ? t('admin.granted', {
              clusters: grants.map((g) => clusters.find((c) => c.id === g)?.name ?? g).join('; '),
            })
          : t('admin.noGrants')}
      </p>
    </fieldset>
  );
}
