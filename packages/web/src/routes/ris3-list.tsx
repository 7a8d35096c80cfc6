/** `/ris3`: every RIS3 strategy recorded (public, downloadable as CSV), and a new one for analysts and admins. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api-errors';
import { listRis3, type Ris3Strategy } from '../api/ris3';
import { DataTable } from '../components/data-table';
import { ListDownload, type ListColumn } from '../components/list-download';
import { useLoaded } from '../management/use-loaded';
import { navigate, onLinkClick } from '../navigation';
import { StrategyForm } from '../ris3/strategy-form';
import { useSession } from '../session';

/** The CSV of the strategies: the region's code in its dataset, the priorities' industry codes joined by "; ". */
const RIS3_CSV: ListColumn<Ris3Strategy>[] = [
  { name: 'id', value: (s) => s.id },
  { name: 'name', value: (s) => s.name },
  { name: 'dataset', value: (s) => s.dataset },
  { name: 'region', value: (s) => s.region },
  { name: 'start_year', value: (s) => s.startYear },
  { name: 'end_year', value: (s) => s.endYear },
  { name: 'phase', value: (s) => s.phase },
  { name: 'priorities', value: (s) => s.priorities.length },
  { name: 'priority_titles', value: (s) => s.priorities.map((p) => p.title).join('; ') },
  {
    name: 'industry_codes',
    value: (s) => [...new Set(s.priorities.flatMap((p) => p.industryCodes))].join('; '),
  },
  { name: 'created_at', value: (s) => s.createdAt },
  { name: 'updated_at', value: (s) => s.updatedAt },
];

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
      {items.length ? <ListDownload name="ris3-strategies" columns={RIS3_CSV} rows={items} /> : null}
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
