/** Funding mix and sustainability of an organisation (issue 13 point 1; decision 083). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerFundingRoutes } from './funding.routes';

export function registerFunding(app: OpenAPIHono<AppEnv>): void {
  registerFundingRoutes(app);
}
