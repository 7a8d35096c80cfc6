/** "Add or import clusters", shown to those who may (admins and analysts). */
import { useTranslation } from 'react-i18next';
import { onLinkClick } from '../navigation';
import { useSession } from '../session';

export function NewClustersLink() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.can.importClusters(session.user ?? null)) return null;
  return (
    <p className="page-actions">
      <a href="/clusters/new" onClick={onLinkClick} className="button">
        {t('newClusters.addLink')}
      </a>
    </p>
  );
}
