/**
 * Publishing or withdrawing the eligibility, self-assessment and shared value (decision 086):
 * private by default; once published, whoever sees the organisation reads them.
 */
import { useTranslation } from 'react-i18next';
import { getExcellencePublication, putExcellencePublication } from '../api/excellence';
import { ApiForm } from '../components/api-form';
import { useLoaded } from './use-loaded';

export function ExcellencePublication({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const loaded = useLoaded((signal) => getExcellencePublication(orgId, signal), [orgId]);
  const published = loaded.data?.published;
  if (published === undefined) return null;
  return (
    <ApiForm
      title={t(published ? 'excellence.withdraw' : 'excellence.publish')}
      testId="excellence-publication"
      submitLabel={published ? t('management.withdrawButton') : t('management.publishButton')}
      send={() => putExcellencePublication(orgId, !published)}
      onDone={loaded.reload}
    >
      <p>{t('management.publicationHelp')}</p>
    </ApiForm>
  );
}
