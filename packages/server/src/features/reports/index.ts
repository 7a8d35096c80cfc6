/** PDF reports: the organisation report and the cluster brief (issue 13 point 6; decision 087). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerReportRoutes } from './reports.routes';

export function registerReports(app: OpenAPIHono<AppEnv>): void {
  registerReportRoutes(app);
}
