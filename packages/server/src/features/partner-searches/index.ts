/** Partner-search posts and what others do with them (issue 12 point 2; decision 077). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerPartnerSearchReplyRoutes } from './partner-search-replies.routes';
import { registerPartnerSearchRoutes } from './partner-searches.routes';

export function registerPartnerSearches(app: OpenAPIHono<AppEnv>): void {
  registerPartnerSearchRoutes(app);
  registerPartnerSearchReplyRoutes(app);
}
