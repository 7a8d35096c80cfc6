/** Eligibility, management-excellence self-assessment, shared value (issue 13 points 4–5; decision 086). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerExcellenceRoutes } from './excellence.routes';

export function registerExcellence(app: OpenAPIHono<AppEnv>): void {
  registerExcellenceRoutes(app);
}
