/** A priority's indicators: baseline, target, values by year, status and trend (the plans' bands); forms for the editors. */
import { useTranslation } from 'react-i18next';
import type { Ris3View } from '../api/ris3';
import { DataTable } from '../components/data-table';
import { useFormats } from '../management/formats';
import { IndicatorForm } from './indicator-form';
import { ValueForm } from './value-form';

type Priority = Ris3View['priorities'][number];

export function PriorityIndicators({
  strategyId,
  priority,
  canEdit,
  onChange,
}: {
  strategyId: string;
  priority: Priority;
  canEdit: boolean;
  onChange(): void;
}) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <>
      {priority.indicators.length > 0 ? (
        <DataTable
          name={`ris3-indicators-${priority.id}`}
          columns={[
            { label: t('ris3.indicatorName') },
            { label: t('ris3.baseline') },
            { label: t('ris3.target') },
            { label: t('ris3.values') },
            { label: t('ris3.status') },
          ]}
        >
          <tbody>
            {priority.indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  {i.name} {i.unit ? <span className="muted">({i.unit})</span> : null}
                </th>
                <td>{`${f.number(i.baseline.value)} (${i.baseline.year})`}</td>
                <td>{`${f.number(i.target.value)} (${i.target.year})`}</td>
                <td>{i.values.map((v) => `${v.year}: ${f.number(v.value)}`).join(' · ') || '—'}</td>
                <td>
                  <span className={`badge status-${i.monitoring.status}`}>
                    {t(`management.status.${i.monitoring.status}`)}
                  </span>
                  {i.monitoring.progress !== null ? ` ${f.share(i.monitoring.progress)}` : null}
                  {i.monitoring.trend ? ` · ${t(`ris3.trend.${i.monitoring.trend}`)}` : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {canEdit ? (
        <>
          <IndicatorForm strategyId={strategyId} priorityId={priority.id} onDone={onChange} />
          {priority.indicators.map((i) => (
            <ValueForm
              key={i.id}
              indicator={{ id: strategyId, priorityId: priority.id, indicatorId: i.id, name: i.name }}
              onDone={onChange}
            />
          ))}
        </>
      ) : null}
    </>
  );
}
