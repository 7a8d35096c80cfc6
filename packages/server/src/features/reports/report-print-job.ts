/**
 * A PDF report printed as a background job (decision 111): `POST /api/organisations/{id}/report.pdf`
 * or `POST /api/clusters/{id}/brief.pdf` builds the report's HTML in the request — with the
 * caller's access, exactly as the GET routes do — and queues it; the worker prints it with
 * the server's one Chromium (progress: `printing`) and keeps the PDF with the job, read at
 * `GET /api/jobs/{id}/output`. A full print queue or a Chromium that will not start is
 * tried again with the worker's back-off.
 */
import { z } from 'zod';
import type { PdfPrinter } from '../../reports/pdf-printer';
import type { JobHandler } from '../../jobs/job-worker';

export const REPORT_PRINT_JOB = 'report-print';
/** Attempts before a print is dead (Chromium away or the queue full each time). */
export const REPORT_PRINT_ATTEMPTS = 3;

export const reportPrintPayloadSchema = z.object({
  /** The report's document, built when it was asked for. */
  html: z.string(),
  footerTemplate: z.string(),
  /** The file's name without `.pdf` (e.g. `clu-hegan-report-es`). */
  file: z.string(),
});
export type ReportPrintPayload = z.infer<typeof reportPrintPayloadSchema>;

/** The handler, printing with `pdf` (the server's PdfPrinter). */
export const reportPrintJob =
  (pdf: Pick<PdfPrinter, 'print'>): JobHandler =>
  async (run) => {
    const { html, footerTemplate, file } = reportPrintPayloadSchema.parse(run.job.payload);
    await run.progress({ phase: 'printing', done: 0, total: null });
    const bytes = await pdf.print(html, { footerTemplate });
    const name = `${file}.pdf`;
    return run.complete(
      async () => ({ file: name, bytes: bytes.byteLength }),
      () => ({ name, type: 'application/pdf', bytes }),
    );
  };
