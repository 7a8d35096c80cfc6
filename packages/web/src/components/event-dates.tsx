/** An event's first and last day, its time zone and its status, as one line. */
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api-client';
import { formatDay } from '../collaboration/zoned-time';

export function EventDates({ event: e }: { event: Schemas['Event'] }) {
  const { t, i18n } = useTranslation();
  return (
    <p>
      {t('events.when', {
        start: formatDay(e.startDate, i18n.language),
        end: formatDay(e.endDate, i18n.language),
        zone: e.timeZone,
      })}{' '}
      <span className="status-badge" data-testid="event-status">
        {t(`events.status.${e.status}`)}
      </span>
    </p>
  );
}
