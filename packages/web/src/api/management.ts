/**
 * A cluster organisation's management records through the typed client (issue 13): funding by
 * year, the exit path and the sustainability computed from them (decision 083), the strategic
 * plan, indicators and the dashboard (decision 084). Answers are the contract's types,
 * failures `ApiRequestError`.
 */
import { answerOf, api, type GetAnswer, type Schemas } from '../api-client';
import type { paths } from './schema.generated';

export type Sustainability = Schemas['Sustainability'];
export type FundingYear = Schemas['FundingYear'];
export type FundingInput = NonNullable<
  paths['/api/organisations/{id}/funding/{year}']['put']['requestBody']
>['content']['application/json'];
export type FundingSource = keyof FundingInput['sources'];
export type ExitTarget = NonNullable<
  paths['/api/organisations/{id}/exit-path']['put']['requestBody']
>['content']['application/json']['targets'][number];
export type StrategicPlan = Schemas['StrategicPlan'];
export type StrategicPlanInput = NonNullable<
  paths['/api/organisations/{id}/strategic-plan']['put']['requestBody']
>['content']['application/json'];
export type Indicators = GetAnswer<'/api/organisations/{id}/indicators'>;
export type IndicatorInput = NonNullable<
  paths['/api/organisations/{id}/indicators']['post']['requestBody']
>['content']['application/json'];
export type Dashboard = Schemas['PlanDashboard'];

const path = (id: string) => ({ params: { path: { id } } });

export function getSustainability(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations/{id}/sustainability', { ...path(id), signal }));
}

export function putFunding(id: string, year: number, body: FundingInput) {
  return answerOf(
    api.PUT('/api/organisations/{id}/funding/{year}', { params: { path: { id, year } }, body }),
  );
}

export function deleteFunding(id: string, year: number) {
  return answerOf(api.DELETE('/api/organisations/{id}/funding/{year}', { params: { path: { id, year } } }));
}

export function putExitPath(id: string, targets: ExitTarget[]) {
  return answerOf(api.PUT('/api/organisations/{id}/exit-path', { ...path(id), body: { targets } }));
}

export function putSustainabilityPublication(id: string, published: boolean) {
  return answerOf(
    api.PUT('/api/organisations/{id}/sustainability/publication', { ...path(id), body: { published } }),
  );
}

/** `null` when the organisation has no strategic plan yet (404). */
export async function getStrategicPlan(id: string, signal?: AbortSignal): Promise<StrategicPlan | null> {
  const { data, response } = await api.GET('/api/organisations/{id}/strategic-plan', { ...path(id), signal });
  if (response.status === 404) return null;
  return answerOf(Promise.resolve({ data, response }));
}

export function putStrategicPlan(id: string, body: StrategicPlanInput) {
  return answerOf(api.PUT('/api/organisations/{id}/strategic-plan', { ...path(id), body }));
}

export function getIndicators(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations/{id}/indicators', { ...path(id), signal }));
}

export function addIndicator(id: string, body: IndicatorInput) {
  return answerOf(api.POST('/api/organisations/{id}/indicators', { ...path(id), body }));
}

export function putIndicatorValue(
  id: string,
  indicatorId: string,
  period: string,
  body: { target?: number | null; actual?: number | null },
) {
  return answerOf(
    api.PUT('/api/organisations/{id}/indicators/{indicatorId}/values/{period}', {
      params: { path: { id, indicatorId, period } },
      body,
    }),
  );
}

export function getDashboard(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations/{id}/dashboard', { ...path(id), signal }));
}

export type ActionPlan = Schemas['ActionPlan'];
export type ActionPlanInput = NonNullable<
  paths['/api/organisations/{id}/action-plans']['post']['requestBody']
>['content']['application/json'];

export function getActionPlans(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations/{id}/action-plans', { ...path(id), signal }));
}

export function addActionPlan(id: string, body: ActionPlanInput) {
  return answerOf(api.POST('/api/organisations/{id}/action-plans', { ...path(id), body }));
}
