/** `/ris3`: every RIS3 strategy recorded (public), and a new one for analysts and admins. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { listRis3 } from '../api/ris3';
import { errorMessage } from '../api-errors';
import { DataTable } from '../components/data-table';
import { useLoaded } from '../management/use-loaded';
import { navigate, onLinkClick } from '../navigation';
import { StrategyForm } from '../ris3/strategy-form';
import { useSession } from '../session';

export default function Ris3List() {
  const { t } = useTranslation();
  const session = useSession();
  const list = useLoaded((signal) => listRis3(signal), []);
  useEffect(() => {
    document.title = `${t('ris3.title')} · polos`;
  }, [t]);
  const items = list.data?.items ?? [];
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('ris3.title')}</h1>
      <p className="intro">{t('ris3.intro')}</p>
      {session.user && session.can.createRis3(session.user) ? (
        <StrategyForm onDone={(s) => navigate(`/ris3/${s.id}`)} />
      ) : null}
      {list.error ? <p role="alert">{errorMessage(t, list.error)}</p> : null}
      <h2 id="ris3-list-title">{t('ris3.count', { count: items.length })}</h2>
      <DataTable
        name="ris3-list"
        columns={[
          { label: t('ris3.name') },
          { label: t('ris3.regionCode') },
          { label: t('ris3.dataset') },
          { label: t('ris3.period') },
          { label: t('ris3.phase') },
          { label: t('ris3.priorities'), className: 'num' },
        ]}
      >
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <a href={`/ris3/${s.id}`} onClick={onLinkClick}>
                  {s.name}
                </a>
              </th>
              <td>{s.region}</td>
              <td>{s.dataset}</td>
              <td>
                {s.startYear}–{s.endYear}
              </td>
              <td>{t(`ris3.phases.${s.phase}`)}</td>
              <td className="num">{s.priorities.length}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </main>
  );
}
