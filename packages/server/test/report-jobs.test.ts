/**
 * PDF reports printed as background jobs (decision 111), on PGlite and PostgreSQL: a POST to
 * a report's `.pdf` path builds it with the caller's access and answers 202 with the job; the
 * worker prints it with Chromium and keeps the PDF with the job; `GET /api/jobs/{id}/output`
 * gives it to who queued it and to admins only. A print that fails is tried again, no file
 * kept; anonymous callers and those who may not read the report are refused before a job.
 */
import { existsSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/features/jobs';
import { runNextJob } from '../src/jobs/job-worker';
import { PdfPrinter } from '../src/reports/pdf-printer';
import { administratorOf } from './partnering-fixtures';
import { pdfPageCount } from './pdf-pages';
import { send, storeFactories, suiteApp } from './test-app';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
const logger = pino({ level: 'silent' });
const CLUSTER = 'tm_medellin_textile';

interface JobBody {
  id: string;
  kind: string;
  state: string;
  attempts: number;
  result: unknown;
  lastError: string | null;
}

describe.each(storeFactories)('PDF reports as background jobs on $name', (factory) => {
  const t = suiteApp(factory, ['admin', 'analyst', 'viewer']);
  const printer = new PdfPrinter();
  afterAll(() => printer.close());
  const work = (pdf: Pick<PdfPrinter, 'print'> = printer) =>
    runNextJob({
      store: t.store,
      handlers: jobHandlers({ pdf }),
      logger,
      workerId: 'report-test',
      now: new Date(),
    });
  const queue = async (path: string, session = t.as.analyst) => {
    const res = await send(t.app, 'POST', path, undefined, session);
    expect(res.status).toBe(202);
    return ((await res.json()) as { job: JobBody }).job;
  };

  it.skipIf(!hasChromium)(
    'a brief queued in Spanish is printed by the worker; its creator and admins download the PDF, nobody else',
    async () => {
      const job = await queue(`/api/clusters/${CLUSTER}/brief.pdf?lang=es`);
      expect(job).toMatchObject({ kind: 'report-print', state: 'queued' });
      // no file before it is printed
      expect((await send(t.app, 'GET', `/api/jobs/${job.id}/output`, undefined, t.as.analyst)).status).toBe(
        404,
      );
      expect(await work()).toBe('done');
      const done = (await (
        await send(t.app, 'GET', `/api/jobs/${job.id}`, undefined, t.as.analyst)
      ).json()) as JobBody;
      expect(done.state).toBe('done');
      expect(done.result).toMatchObject({ file: `${CLUSTER}-brief-es.pdf` });
      for (const reader of [t.as.analyst, t.as.admin]) {
        const res = await send(t.app, 'GET', `/api/jobs/${job.id}/output`, undefined, reader);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${CLUSTER}-brief-es.pdf"`);
        const pdf = Buffer.from(await res.arrayBuffer());
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
        expect((done.result as { bytes: number }).bytes).toBe(pdf.byteLength);
      }
      // another signed-in user: as if there were no such job
      expect((await send(t.app, 'GET', `/api/jobs/${job.id}/output`, undefined, t.as.viewer)).status).toBe(
        404,
      );
      expect((await t.app.request(`/api/jobs/${job.id}/output`)).status).toBe(401);
    },
    120_000,
  );

  it('refused before any job: anonymous callers (401), those who may not read the report (404), a bad language (400)', async () => {
    const before = (await t.store.jobs.list({ limit: 500 })).length;
    expect((await t.app.request(`/api/clusters/${CLUSTER}/brief.pdf`, { method: 'POST' })).status).toBe(401);
    const { items } = (await (await t.app.request('/api/organisations?limit=2')).json()) as {
      items: Array<{ id: string }>;
    };
    const stranger = await administratorOf(t, items[1]!.id, 'report-jobs-other@polos.test');
    const other = await send(
      t.app,
      'POST',
      `/api/organisations/${items[0]!.id}/report.pdf`,
      undefined,
      stranger,
    );
    expect(other.status).toBe(404);
    const bad = await send(
      t.app,
      'POST',
      `/api/clusters/${CLUSTER}/brief.pdf?lang=xx`,
      undefined,
      t.as.analyst,
    );
    expect(bad.status).toBe(400);
    expect((await t.store.jobs.list({ limit: 500 })).length).toBe(before);
  });

  it('a print that fails is queued again with its error, and leaves no file', async () => {
    const job = await queue(`/api/clusters/${CLUSTER}/brief.pdf?lang=pt`);
    const broken = { print: () => Promise.reject(new Error('Chromium went away')) };
    expect(await work(broken)).toBe('retried');
    const after = (await (
      await send(t.app, 'GET', `/api/jobs/${job.id}`, undefined, t.as.analyst)
    ).json()) as JobBody;
    expect(after).toMatchObject({ state: 'queued', attempts: 1, lastError: 'Chromium went away' });
    expect((await send(t.app, 'GET', `/api/jobs/${job.id}/output`, undefined, t.as.analyst)).status).toBe(
      404,
    );
    expect(await t.store.jobs.output(job.id)).toBeNull();
  });
});
