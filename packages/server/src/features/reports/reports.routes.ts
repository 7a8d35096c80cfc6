/**
 * The reports (issue 13 point 6; decision 087): `GET /api/organisations/{id}/report.pdf|html`
 * and `GET /api/clusters/{id}/brief.pdf|html`, `?lang=en|es|pt` (default en). The HTML is the
 * document the PDF is printed from (preview, tests). Who may read: as GET sustainability (the
 * report) and as GET diagnosis (the brief); others 404. `POST` to the `.pdf` paths prints in
 * the background (decision 111): 202 with the job, the PDF then at `GET /api/jobs/{id}/output`.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { requireUser } from '../../auth/require-user';
import { ApiError, errorBodySchema } from '../../errors';
import { idParam } from '../../openapi/resource-routes';
import { errorsOf, json, secured } from '../../openapi/responses';
import { jobSchema, jobView } from '../jobs/job.schema';
import { clusterBrief } from '../../reports/cluster-brief';
import { footerTemplate, type BuiltReport } from '../../reports/document';
import { reportLanguageSchema, type ReportLanguage } from '../../reports/language';
import { organisationReport } from '../../reports/organisation-report';
import { PdfUnavailableError } from '../../reports/pdf-printer';
import { QueueFullError } from '../../reports/semaphore';
import { clusterBriefData, organisationReportData } from './report-data';
import { REPORT_PRINT_ATTEMPTS, REPORT_PRINT_JOB, type ReportPrintPayload } from './report-print-job';

const query = z.object({ lang: reportLanguageSchema });

const formats = {
  html: {
    type: 'text/html; charset=utf-8',
    response: {
      description: 'The report as one HTML document (inline CSS and SVG, no script)',
      content: { 'text/html': { schema: z.string() } },
    },
  },
  pdf: {
    type: 'application/pdf',
    response: {
      description: 'The report as PDF (A4, numbered pages)',
      content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
    },
  },
} as const;

type Format = keyof typeof formats;

/** The answer in `format`: the HTML as is, or printed by the app's one Chromium (503 when it cannot start). */
async function answer(c: Context<AppEnv>, format: Format, report: BuiltReport, file: string) {
  const headers = { 'Content-Type': formats[format].type, 'Cache-Control': 'private, no-store' };
  if (format === 'html') return c.body(report.html, 200, headers);
  try {
    const pdf = await c.get('deps').pdf.print(report.html, { footerTemplate: footerTemplate(report) });
    return c.body(new Uint8Array(pdf), 200, {
      ...headers,
      'Content-Disposition': `inline; filename="${file}.pdf"`,
    });
  } catch (error) {
    if (error instanceof QueueFullError) {
      c.header('Retry-After', '5');
      throw new ApiError(
        503,
        'pdf_busy',
        'too many PDF reports are being printed; try again in a few seconds',
      );
    }
    if (!(error instanceof PdfUnavailableError)) throw error;
    c.get('deps').logger.error({ err: error, id: c.get('requestId') }, 'reports: Chromium could not start');
    throw new ApiError(
      503,
      'pdf_unavailable',
      'PDF reports are unavailable: Chromium could not start; the HTML report still works',
    );
  }
}

function reportRoute(
  app: OpenAPIHono<AppEnv>,
  path: string,
  format: Format,
  summary: string,
  build: (
    c: Context<AppEnv>,
    id: string,
    language: ReportLanguage,
  ) => Promise<BuiltReport & { file: string }>,
) {
  app.openapi(
    createRoute({
      method: 'get',
      path,
      tags: ['reports'],
      summary,
      request: { params: idParam, query },
      responses: {
        200: formats[format].response,
        ...errorsOf(400, 404),
        ...(format === 'pdf'
          ? {
              503: {
                description:
                  'Chromium could not start (`pdf_unavailable`; the HTML route still answers), or too many ' +
                  'prints wait (`pdf_busy`, with Retry-After)',
                content: { 'application/json': { schema: errorBodySchema } },
              },
            }
          : {}),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      const report = await build(c, id, lang);
      return answer(c, format, report, report.file);
    },
  );
  if (format !== 'pdf') return;
  app.openapi(
    createRoute({
      method: 'post',
      path,
      tags: ['reports', 'jobs'],
      summary: `${summary}, printed in the background`,
      description:
        'Signed-in callers who may read the report. The report is built now, with what the caller may read, ' +
        'and printed by a background job: 202 `{ job }`; follow it at `GET /api/jobs/{id}` and download the ' +
        'PDF at `GET /api/jobs/{id}/output` once it is done.',
      security: secured,
      request: { params: idParam, query },
      responses: {
        202: json(z.object({ job: jobSchema }), 'Queued as a background job'),
        ...errorsOf(400, 401, 404),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      const report = await build(c, id, lang);
      const { store, jobs } = c.get('deps');
      const payload: ReportPrintPayload = {
        html: report.html,
        footerTemplate: footerTemplate(report),
        file: report.file,
      };
      const job = await store.jobs.enqueue({
        kind: REPORT_PRINT_JOB,
        payload,
        createdBy: user.id,
        maxAttempts: REPORT_PRINT_ATTEMPTS,
      });
      jobs.wake();
      c.header('Location', `/api/jobs/${job.id}`);
      return c.json({ job: jobView(job) }, 202);
    },
  );
}

export function registerReportRoutes(app: OpenAPIHono<AppEnv>): void {
  for (const format of ['pdf', 'html'] as const) {
    reportRoute(
      app,
      `/api/organisations/{id}/report.${format}`,
      format,
      `The organisation report (${format.toUpperCase()}): profile, funding mix and sustainability, plan and dashboard`,
      async (c, id, language) => ({
        ...organisationReport(await organisationReportData(c, id), language, new Date()),
        file: `${id}-report-${language}`,
      }),
    );
    reportRoute(
      app,
      `/api/clusters/{id}/brief.${format}`,
      format,
      `The cluster brief (${format.toUpperCase()}): profile, diagnosis against the sector group, the sourced policy mix`,
      async (c, id, language) => ({
        ...clusterBrief(await clusterBriefData(c, id, language), language, new Date()),
        file: `${id}-brief-${language}`,
      }),
    );
  }
}
