/**
 * Gathers what a report shows, through the same access rules and pipelines as the JSON routes:
 * the organisation report reads as GET sustainability does (`fundingReadableBy`) and adds the
 * plans only for who may read them (`plansReadableBy`), the latest year's services (funding's
 * rule, as GET …/services/{year}) and eligibility, self-assessment and shared value only for who
 * may read the excellence records (`excellenceReadableBy`); the cluster brief reads as GET
 * diagnosis and GET advice do (`visibleCluster`, `latestDiagnosis`, `adviceOf`).
 */
import type { Organisation } from '@polos/core';
import { latestSelfAssessment, sharedValue } from '@polos/core/excellence';
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
import { eligibilityOf, excellenceReadableBy } from '../excellence/excellence-access';
import { fundingReadableBy } from '../funding/funding-access';
import { plansOf, plansReadableBy } from '../plans/plan-access';
import { serviceAnalysis } from '../services/service-analysis';

/** Whether `check` (an access function of the JSON routes) lets the caller read: no error, a boolean. */
async function mayRead(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) return false;
    throw error;
  }
}

/** Eligibility (when something was entered), the latest self-assessment and shared value, as their routes answer. */
async function excellenceOf(store: AppEnv['Variables']['deps']['store'], org: Organisation) {
  const [checked, assessments, stored] = await Promise.all([
    eligibilityOf(store, org, new Date().getUTCFullYear()),
    store.excellence.selfAssessments(org.id),
    store.excellence.sharedValue(org.id),
  ]);
  return {
    eligibility: checked.entered ? checked.answer : null,
    selfAssessment: latestSelfAssessment(assessments) ?? null,
    sharedValue: stored ? sharedValue(stored) : null,
  };
}

/** The organisation report's data; 404 (as GET sustainability) when the caller may not read it. */
export async function organisationReportData(
  c: Context<AppEnv>,
  id: string,
): Promise<OrganisationReportData> {
  const { org } = await fundingReadableBy(c, id);
  const { store } = c.get('deps');
  const [years, exitPath, plansVisible, excellenceVisible, serviceYear, cluster] = await Promise.all([
    store.funding.years(id),
    store.funding.exitPath(id),
    mayRead(() => plansReadableBy(c, id)),
    mayRead(() => excellenceReadableBy(c, id)),
    store.services.latestServiceYear(id),
    org.clusterId ? store.getCluster(org.clusterId) : undefined,
  ]);
  const clusterVisible = cluster && (cluster.isPublic || permissions.readPrivate(c.get('user')));
  return {
    organisation: org,
    cluster: clusterVisible ? { id: cluster.id, name: cluster.name } : null,
    sustainability: sustainability(years, exitPath),
    plans: plansVisible ? await plansOf(store.plans, id) : null,
    services:
      serviceYear === undefined ? null : ((await serviceAnalysis(store.services, id, serviceYear)) ?? null),
    ...(excellenceVisible ? await excellenceOf(store, org) : {}),
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
