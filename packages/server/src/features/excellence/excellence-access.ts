/**
 * Who reads an organisation's excellence records (decision 086) and the eligibility as
 * `GET …/eligibility` answers it; shared by the excellence routes and the organisation report.
 */
import type { Organisation } from '@polos/core';
import { eligibility, eligibilityInputsSchema } from '@polos/core/excellence';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { publishableReadableBy } from '../funding/funding-access';

type Store = AppEnv['Variables']['deps']['store'];

/** Funding's rule (decision 083) with these records' own publication flag; 404 when not readable. */
export const excellenceReadableBy = (c: Context<AppEnv>, id: string) =>
  publishableReadableBy(c, id, {
    name: 'organisation excellence records',
    isPublished: (store) => store.excellence.published(id),
  });

/**
 * Both eligibility checks for `year` over what the organisation entered (defaults when nothing
 * yet) and its profile and plans on record; `entered` says whether it entered anything.
 */
export async function eligibilityOf(store: Store, org: Organisation, year: number) {
  const [inputs, strategicPlan, actionPlans] = await Promise.all([
    store.excellence.eligibilityInputs(org.id),
    store.plans.strategicPlan(org.id),
    store.plans.actionPlans(org.id),
  ]);
  const context = { profile: org, strategicPlan, actionPlanYears: actionPlans.map((p) => p.year), year };
  return {
    entered: inputs !== undefined && inputs !== null,
    answer: { year, ...eligibility(inputs ?? eligibilityInputsSchema.parse({}), context) },
  };
}
