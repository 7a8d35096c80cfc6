/** Service portfolio and member surveys of an organisation (issue 13 point 2; decision 085). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerServiceRoutes } from './services.routes';
import { registerSurveyAnswerRoutes } from './survey-answer.routes';
import { registerSurveyRoutes } from './surveys.routes';

export function registerServices(app: OpenAPIHono<AppEnv>): void {
  registerServiceRoutes(app);
  registerSurveyRoutes(app);
  registerSurveyAnswerRoutes(app);
}
