/**
 * Collective shared value (issue 13 point 5; decision 086; docs/methods/shared-value.md, after
 * Grimbert, Wilson, Amores Bravo & Pezzi and Ramirez): the societal challenges the cluster
 * takes on, the collective capabilities it builds, its economic, social and environmental
 * impacts over time (with their direction), and what it did in each of the five roles of a
 * knowledge intermediary.
 */
import { useTranslation } from 'react-i18next';
import { getSharedValue, roleKeys } from '../api/excellence';
import { DataTable } from '../components/data-table';
import { useFormats } from './formats';
import { SectionStatus } from './section-status';
import { ExcellencePublication } from './excellence-publication';
import { SharedValueForm } from './shared-value-form';
import { useLoaded } from './use-loaded';

const kinds = ['economic', 'social', 'environmental'] as const;

export function SharedValueSection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const f = useFormats();
  const loaded = useLoaded((signal) => getSharedValue(orgId, signal), [orgId]);
  const v = loaded.data;
  const rows = v ? kinds.flatMap((kind) => v.impactsByKind[kind].map((i) => ({ kind, ...i }))) : [];
  return (
    <section aria-labelledby="shared-value-title" className="management-section">
      <h2 id="shared-value-title">{t('excellence.shared.title')}</h2>
      <p className="intro">{t('excellence.shared.intro')}</p>
      <SectionStatus loading={loaded.loading} error={loaded.error} retry={loaded.reload} />
      {v ? (
        <>
          <h3>{t('excellence.shared.challenges')}</h3>
          {v.challenges.length ? (
            <ul data-testid="shared-challenges">
              {v.challenges.map((c) => (
                <li key={c.challenge}>{c.challenge}</li>
              ))}
            </ul>
          ) : (
            <p>—</p>
          )}
          <h3>{t('excellence.shared.capabilities')}</h3>
          {v.capabilities.length ? (
            <ul>
              {v.capabilities.map((c) => (
                <li key={c.capability}>{c.capability}</li>
              ))}
            </ul>
          ) : (
            <p>—</p>
          )}
          <h3 id="shared-impacts-title">{t('excellence.shared.impacts')}</h3>
          {rows.length ? (
            <DataTable
              name="shared-impacts"
              columns={[
                { label: t('excellence.shared.kind') },
                { label: t('excellence.shared.indicator') },
                { label: t('excellence.shared.values') },
                { label: t('excellence.shared.direction') },
              ]}
            >
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.kind}-${r.indicator}`}>
                    <td>{t(`excellence.shared.kinds.${r.kind}`)}</td>
                    <th scope="row">
                      {r.indicator} <span className="muted">({r.unit})</span>
                    </th>
                    <td>{r.values.map((x) => `${x.year}: ${f.number(x.value)}`).join(' · ')}</td>
                    <td>{r.direction ? t(`excellence.shared.directions.${r.direction}`) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : (
            <p>—</p>
          )}
          <h3>{t('excellence.shared.roles')}</h3>
          <dl className="roles" data-testid="shared-roles">
            {roleKeys.map((k) => (
              <div key={k}>
                <dt>{t(`excellence.shared.role.${k}`)}</dt>
                <dd>{v.roles[k] ?? '—'}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">{v.sources.join(' · ')}</p>
        </>
      ) : null}
      {canEdit ? (
        <div className="actions">
          {v ? (
            <SharedValueForm key={JSON.stringify(v.roles)} orgId={orgId} current={v} onDone={loaded.reload} />
          ) : null}
          <ExcellencePublication orgId={orgId} />
        </div>
      ) : null}
    </section>
  );
}
