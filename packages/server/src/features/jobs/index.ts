/** Background jobs: the routes, and the handlers the worker runs by kind (decision 106). */
import type { JobHandlers } from '../../jobs/job-worker';
import { CLUSTER_IMPORT_JOB, clusterImportJob } from '../clusters/cluster-import-job';

export { registerJobRoutes } from './jobs.routes';

/** Every kind of job the server runs. */
export const jobHandlers: JobHandlers = {
  [CLUSTER_IMPORT_JOB]: clusterImportJob,
};
