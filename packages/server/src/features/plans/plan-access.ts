/**
 * Who reads an organisation's plans and indicators (issue 13 point 7; decision 084): who acts
 * for it (its administrators, the managers of its cluster) and staff. They are private: to
 * anyone else the organisation's plans do not exist (404), so their existence is not told.
 */
import { dashboard, type Organisation, type User } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { Store } from '@polos/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { requireUser } from '../../auth/require-user';
import { notFound } from '../../errors';

/** The organisation `id` if the signed-in caller may read its plans; 404 otherwise. */
export async function plansReadableBy(c: Context<AppEnv>, id: string): Promise<Organisation> {
  const user: User = requireUser(c);
  const { store } = c.get('deps');
  const org = await store.getOrganisation(id, { includePrivate: true });
  if (!org) throw notFound('organisation', id);
  const isAdministrator = await store.organisationAdmins.isAdmin(id, user.id);
  if (!permissions.actForOrganisation(user, org.clusterId, isAdministrator))
    throw notFound('organisation', id);
  return org;
}

/**
 * An organisation's plans, indicators and their dashboard (core `dashboard`, actions of the
 * action plan of `year`, default the latest): GET dashboard and the organisation report.
 */
export async function plansOf(plans: Store['plans'], id: string, year?: number) {
  const [strategicPlan, actionPlans, indicators] = await Promise.all([
    plans.strategicPlan(id),
    plans.actionPlans(id),
    plans.indicators(id),
  ]);
  return {
    strategicPlan: strategicPlan ?? null,
    actionPlans,
    indicators,
    dashboard: dashboard({
      organisationId: id,
      strategicPlan: strategicPlan ?? null,
      actionPlans,
      indicators,
      ...(year !== undefined ? { year } : {}),
    }),
  };
}
