/** Strategic and action plans, indicators and the dashboard (issue 13 point 3; decision 084). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerIndicatorRoutes } from './indicators.routes';
import { registerPlanRoutes } from './plans.routes';

export function registerPlans(app: OpenAPIHono<AppEnv>): void {
  registerPlanRoutes(app);
  registerIndicatorRoutes(app);
}
