/** Diagnosis and advice: a cluster's assessments, diagnosis, history, advice and the portfolio. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerAssessmentRoutes } from './assessment.routes';
import { registerDiagnosisRoutes } from './diagnosis.routes';

/** Diagnosis, advice and portfolio, then one assessment (the order of the OpenAPI document). */
export function registerDiagnosis(app: OpenAPIHono<AppEnv>): void {
  registerDiagnosisRoutes(app);
  registerAssessmentRoutes(app);
}
