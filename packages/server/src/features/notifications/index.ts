/** Notifications in the app and by e-mail (issue 12 point 7; decision 081). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerNotificationRoutes } from './notifications.routes';
import { registerPreferenceRoutes } from './preferences.routes';

export { startNotificationWork } from './notification-work';

export function registerNotifications(app: OpenAPIHono<AppEnv>): void {
  registerPreferenceRoutes(app);
  registerNotificationRoutes(app);
}
