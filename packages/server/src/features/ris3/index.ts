/** Smart-specialisation (RIS3) strategies (issue 14 point 5; decision 091). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerRis3PriorityRoutes } from './ris3-priorities.routes';
import { registerRis3StrategyRoutes } from './ris3.routes';

export function registerRis3(app: OpenAPIHono<AppEnv>): void {
  registerRis3StrategyRoutes(app);
  registerRis3PriorityRoutes(app);
}
