/**
 * Gathers what a report shows, through the same access rules and pipelines as the JSON routes:
 * the organisation report reads as GET sustainability does (`fundingReadableBy`) and adds the
 * plans only for who may read them (`plansReadableBy`); the cluster brief reads as GET
 * diagnosis and GET advice do (`visibleCluster`, `latestDiagnosis`, `adviceOf`).
 */
import { sustainability } from '@polos/core/funding';
import { permissions } from '@polos/core/permissions';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { ApiError } from '../../errors';
import type { ClusterBriefData } from '../../reports/cluster-data';
import type { ReportLanguage } from '../../reports/language';
import type { OrganisationReportData } from '../../reports/organisation-data';
import { visibleCluster } from '../clusters/clusters.service';
import { adviceOf, latestDiagnosis, plain } from '../diagnosis/diagnosis.service';
import { fundingReadableBy } from '../funding/funding-access';
import { plansOf, plansReadableBy } from '../plans/plan-access';

/** Whether the caller may read the organisation's plans (they are private): no error, a boolean. */
async function mayReadPlans(c: Context<AppEnv>, id: string): Promise<boolean> {
  try {
    await plansReadableBy(c, id);
    return true;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) return false;
    throw error;
  }
}

/** The organisation report's data; 404 (as GET sustainability) when the caller may not read it. */
export async function organisationReportData(
  c: Context<AppEnv>,
  id: string,
): Promise<OrganisationReportData> {
  const { org } = await fundingReadableBy(c, id);
  const { store } = c.get('deps');
  const [years, exitPath, plansVisible, cluster] = await Promise.all([
    store.funding.years(id),
    store.funding.exitPath(id),
    mayReadPlans(c, id),
    org.clusterId ? store.getCluster(org.clusterId) : undefined,
  ]);
  const clusterVisible = cluster && (cluster.isPublic || permissions.readPrivate(c.get('user')));
  return {
    organisation: org,
    cluster: clusterVisible ? { id: cluster.id, name: cluster.name } : null,
    sustainability: sustainability(years, exitPath),
    plans: plansVisible ? await plansOf(store.plans, id) : null,
  };
}

/** The cluster brief's data; 404 (as GET diagnosis) when the caller may not read the cluster. */
export async function clusterBriefData(
  c: Context<AppEnv>,
  id: string,
  language: ReportLanguage,
): Promise<ClusterBriefData> {
  const cluster = await visibleCluster(c, id);
  const { store, config } = c.get('deps');
  const latest = await latestDiagnosis(store, cluster, c.get('user'), 'zero');
  if (!latest) return { cluster, latest: null, advice: null };
  const { advice } = adviceOf(cluster, latest.assessment, {
    unknown: 'zero',
    language,
    dataPath: config.dataPath,
  });
  return { cluster, latest: plain(latest), advice: plain(advice) };
}
