/** The header's link to `/notifications`, with the signed-in user's unread count (issue 12 point 7). */
import { useTranslation } from 'react-i18next';
import type { GetAnswer } from '../api-client';
import { onLinkClick, useRoute } from '../navigation';
import { useFetched } from '../use-fetched';

export function NotificationBell() {
  const { t } = useTranslation();
  // Read again on every page change, so the count follows what was just read.
  const route = useRoute();
  const { data } = useFetched<GetAnswer<'/api/notifications'>>(
    '/api/notifications?unread=true&limit=1',
    route,
  );
  const unread = data?.unread ?? 0;
  return (
    <a
      className="notification-bell"
      href="/notifications"
      onClick={onLinkClick}
      data-testid="notification-bell"
    >
      {unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
    </a>
  );
}
