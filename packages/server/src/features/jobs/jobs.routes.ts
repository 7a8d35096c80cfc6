/**
 * Background jobs over HTTP (decision 106): `GET /api/jobs/{id}` for whoever asked for the
 * job and the admins (404 for everyone else: a job's existence is not disclosed), `GET
 * /api/jobs` (admins; `state=dead` is the dead-letter list) and `POST /api/jobs/{id}/retry`
 * (admins: a dead job queued again). `GET /api/jobs/{id}/output`: the file a done job left
 * (a printed report, decision 111), for the same readers as the job.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { permissions } from '@polos/core/permissions';
import { z } from 'zod';
import { requireUser } from '../../auth/require-user';
import type { AppEnv } from '../../context';
import { ApiError, forbidden, notFound } from '../../errors';
import { errorsOf, json, secured } from '../../openapi/responses';
import { jobSchema, jobStateSchema, jobView } from './job.schema';

const idParam = z.object({ id: z.string().max(100) });

export function registerJobRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/jobs/{id}',
      tags: ['jobs'],
      summary: 'A background job: its state, progress and result',
      description: 'Whoever queued the job, and admins; 404 for anyone else.',
      security: secured,
      request: { params: idParam },
      responses: { 200: json(jobSchema, 'The job'), ...errorsOf(401, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const job = await c.get('deps').store.jobs.get(id);
      if (!job || !permissions.readJob(user, job.createdBy)) throw notFound('job', id);
      return c.json(jobView(job), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/jobs/{id}/output',
      tags: ['jobs'],
      summary: 'The file a done job left (a PDF report printed in the background)',
      description:
        'Whoever queued the job, and admins; 404 for anyone else, and while the job has no file (not done yet).',
      security: secured,
      request: { params: idParam },
      responses: {
        200: {
          description: 'The file, with its media type and name (Content-Disposition)',
          content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...errorsOf(401, 404),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const { store } = c.get('deps');
      const job = await store.jobs.get(id);
      if (!job || !permissions.readJob(user, job.createdBy)) throw notFound('job', id);
      const output = await store.jobs.output(id);
      if (!output) throw new ApiError(404, 'not_found', `job ${id} has no file (yet): it is ${job.state}`);
      return c.body(output.bytes.slice().buffer, 200, {
        'Content-Type': output.type,
        'Content-Disposition': `attachment; filename="${output.name.replace(/[^\w.-]/g, '_')}"`,
        'Cache-Control': 'private, no-store',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/jobs',
      tags: ['jobs'],
      summary: 'Background jobs, newest first (admins); state=dead is the dead-letter list',
      security: secured,
      request: {
        query: z.object({
          state: jobStateSchema.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
      responses: { 200: json(z.object({ items: z.array(jobSchema) }), 'Jobs'), ...errorsOf(400, 401, 403) },
    }),
    async (c) => {
      const user = requireUser(c);
      if (!permissions.manageJobs(user)) throw forbidden('only admins list the background jobs');
      const { state, limit } = c.req.valid('query');
      const jobs = await c.get('deps').store.jobs.list({ ...(state ? { state } : {}), limit });
      return c.json({ items: jobs.map(jobView) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/jobs/{id}/retry',
      tags: ['jobs'],
      summary: 'Queue a dead job again, its attempts counted from zero (admins)',
      security: secured,
      request: { params: idParam },
      responses: { 200: json(jobSchema, 'Queued again'), ...errorsOf(401, 403, 404, 409) },
    }),
    async (c) => {
      const user = requireUser(c);
      if (!permissions.manageJobs(user)) throw forbidden('only admins retry background jobs');
      const { id } = c.req.valid('param');
      const { store, jobs } = c.get('deps');
      const job = await store.jobs.retry(id, new Date());
      if (!job) {
        const existing = await store.jobs.get(id);
        if (!existing) throw notFound('job', id);
        throw new ApiError(
          409,
          'conflict',
          `job ${id} is ${existing.state}, not dead: only a dead job is retried`,
        );
      }
      jobs.wake();
      return c.json(jobView(job), 200);
    },
  );
}
