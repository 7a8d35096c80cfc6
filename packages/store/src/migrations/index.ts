/** Every migration, in order, statically imported so the bundle carries them. */
import type { Migration } from 'kysely';
import * as initial from './001-initial';
import * as membersValueChains from './002-members-value-chains';
import * as mapDatasets from './003-map-datasets';
import * as sessionHardening from './004-session-hardening';
import * as assessmentRespondentCount from './005-assessment-respondent-count';
import * as assessmentIndices from './006-assessment-indices';
import * as organisationAdmins from './007-organisation-admins';
import * as organisationDirectory from './008-organisation-directory';
import * as partnering from './009-partnering';
import * as events from './010-events';
import * as notifications from './011-notifications';
import * as funding from './012-funding';
import * as plans from './013-plans';
import * as services from './014-services';
import * as excellence from './015-excellence';
import * as clusterStatisticalCodes from './016-cluster-statistical-codes';
import * as ris3 from './017-ris3';
import * as mapDatasetSharing from './018-map-dataset-sharing';
import * as signInThrottle from './021-sign-in-throttle';
import * as assessmentKinds from './022-assessment-kinds';
import * as accountLinks from './023-account-links';
import * as jobs from './024-jobs';
import * as dataVersion from './025-data-version';
import * as addressRequests from './026-address-requests';
import * as dataEpoch from './027-data-epoch';
import * as jobOutput from './028-job-output';

export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-members-value-chains': membersValueChains,
  '003-map-datasets': mapDatasets,
  '004-session-hardening': sessionHardening,
  '005-assessment-respondent-count': assessmentRespondentCount,
  '006-assessment-indices': assessmentIndices,
  '007-organisation-admins': organisationAdmins,
  '008-organisation-directory': organisationDirectory,
  '009-partnering': partnering,
  '010-events': events,
  '011-notifications': notifications,
  '012-funding': funding,
  '013-plans': plans,
  '014-services': services,
  '015-excellence': excellence,
  '016-cluster-statistical-codes': clusterStatisticalCodes,
  '017-ris3': ris3,
  '018-map-dataset-sharing': mapDatasetSharing,
  '021-sign-in-throttle': signInThrottle,
  '022-assessment-kinds': assessmentKinds,
  '023-account-links': accountLinks,
  '024-jobs': jobs,
  '025-data-version': dataVersion,
  '026-address-requests': addressRequests,
  '027-data-epoch': dataEpoch,
  '028-job-output': jobOutput,
};
