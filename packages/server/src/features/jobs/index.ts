/** Background jobs: the routes, and the handlers the worker runs by kind (decision 106). */
import type { JobHandlers } from '../../jobs/job-worker';
import type { PdfPrinter } from '../../reports/pdf-printer';
import { CLUSTER_IMPORT_JOB, clusterImportJob } from '../clusters/cluster-import-job';
import { REPORT_PRINT_JOB, reportPrintJob } from '../reports/report-print-job';

export { registerJobRoutes } from './jobs.routes';

/** Every kind of job the server runs, with what they need (the PDF reports' Chromium). */
export const jobHandlers = (deps: { pdf: Pick<PdfPrinter, 'print'> }): JobHandlers => ({
  [CLUSTER_IMPORT_JOB]: clusterImportJob,
  [REPORT_PRINT_JOB]: reportPrintJob(deps.pdf),
});
