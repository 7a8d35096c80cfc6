/** Accounts: sign-in and sessions, API tokens, users. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerAuthRoutes } from './auth.routes';
import { registerUserRoutes } from './users.routes';

/** Sign-in, sessions and API tokens, then users (the order of the OpenAPI document). */
export function registerAccounts(app: OpenAPIHono<AppEnv>): void {
  registerAuthRoutes(app);
  registerUserRoutes(app);
}
