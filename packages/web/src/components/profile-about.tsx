/**
 * Under a cluster profile's title: its description, the organisation that manages it (a link
 * to its page, its website as a link, the year founded) and the record's source line
 * ("Source: …"). The Basque cluster associations are seeded with their source line and their
 * association (data/eu-lac-clusters, data/eu-lac-collaboration); any cluster with these
 * fields shows them.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api-client';
import { listOrganisations, type Organisation } from '../api/organisations';
import { onLinkClick } from '../navigation';

export function ProfileAbout({ cluster }: { cluster: Schemas['Cluster'] }) {
  const { t } = useTranslation();
  const [managers, setManagers] = useState<Organisation[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    listOrganisations({ cluster_id: cluster.id, limit: 5 }, controller.signal)
      .then((page) => setManagers(page.items))
      // the profile stands without its managing organisation: nothing to show then
      .catch(() => setManagers([]));
    return () => controller.abort();
  }, [cluster.id]);

  return (
    <div className="profile-about" data-testid="profile-about">
      {cluster.description ? <p className="intro">{cluster.description}</p> : null}
      {managers.map((o) => (
        <p key={o.id} data-testid="managed-by">
          {t('about.managedBy')}{' '}
          <a href={`/organisations/${encodeURIComponent(o.id)}`} onClick={onLinkClick}>
            {o.name}
          </a>
          {o.founded ? ` · ${t('about.founded', { year: o.founded })}` : ''}
          {o.website ? (
            <>
              {' · '}
              <a href={o.website} target="_blank" rel="noopener noreferrer" data-testid="website">
                {t('about.website')}
              </a>
            </>
          ) : null}
        </p>
      ))}
      {cluster.source ? (
        <p className="muted" data-testid="source-line">
          {t('about.source', { source: cluster.source })}
        </p>
      ) : null}
    </div>
  );
}
