/** Cooperation programmes and their calls (issue 12 point 6; decision 077). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerCallRoutes } from './calls.routes';
import { registerProgrammeRoutes } from './programmes.routes';

export function registerProgrammes(app: OpenAPIHono<AppEnv>): void {
  registerProgrammeRoutes(app);
  registerCallRoutes(app);
}
