/**
 * Eligibility, the management-excellence self-assessment and collective shared value of a
 * cluster organisation through the typed client (issue 13 points 4–5; decision 086).
 */
import { answerOf, api, type Schemas } from '../api-client';

export type EligibilityInputs = Schemas['EligibilityInputs'];
export type Eligibility = Schemas['Eligibility'];
export type Criterion = Eligibility['basque']['criteria'][number];
export type SelfAssessmentChecklist = Schemas['SelfAssessmentChecklist'];
export type SelfAssessmentInput = Schemas['SelfAssessmentInput'];
export type LatestSelfAssessment = Schemas['LatestSelfAssessment'];
export type SharedValue = Schemas['SharedValue'];
export type SharedValueInput = Schemas['SharedValueInput'];
export type Impact = SharedValueInput['impacts'][number];
export type RoleKey = keyof SharedValueInput['roles'];
/** Ramirez's five roles of a knowledge intermediary, in the order the pages show them. */
export const roleKeys: readonly RoleKey[] = [
  'transfer_and_diffusion',
  'joint_investment',
  'network_building',
  'inclusion_of_small_firms',
  'agenda_setting',
];

const path = (id: string) => ({ params: { path: { id } } });

export function getEligibilityInputs(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations/{id}/eligibility-inputs', { ...path(id), signal }));
}

export function putEligibilityInputs(id: string, body: EligibilityInputs) {
  return answerOf(api.PUT('/api/organisations/{id}/eligibility-inputs', { ...path(id), body }));
}

/** The checks for `year` (the plans must cover it); the current year when not given. */
export function getEligibility(id: string, year: number | undefined, signal?: AbortSignal) {
  return answerOf(
    api.GET('/api/organisations/{id}/eligibility', {
      params: { path: { id }, query: year === undefined ? {} : { year } },
      signal,
    }),
  );
}

export function getChecklist(signal?: AbortSignal) {
  return answerOf(api.GET('/api/self-assessment/checklist', { signal }));
}

export function addSelfAssessment(id: string, body: SelfAssessmentInput) {
  return answerOf(api.POST('/api/organisations/{id}/self-assessments', { ...path(id), body }));
}

/** `null` when the organisation has not assessed itself yet (404). */
export async function getLatestSelfAssessment(
  id: string,
  signal?: AbortSignal,
): Promise<LatestSelfAssessment | null> {
  const { data, response } = await api.GET('/api/organisations/{id}/self-assessments/latest', {
    ...path(id),
    signal,
  });
  if (response.status === 404) return null;
  return answerOf(Promise.resolve({ data, response }));
}

export function getSharedValue(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations/{id}/shared-value', { ...path(id), signal }));
}

export function putSharedValue(id: string, body: SharedValueInput) {
  return answerOf(api.PUT('/api/organisations/{id}/shared-value', { ...path(id), body }));
}

export function putExcellencePublication(id: string, published: boolean) {
  return answerOf(
    api.PUT('/api/organisations/{id}/excellence/publication', { ...path(id), body: { published } }),
  );
}

export function getExcellencePublication(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations/{id}/excellence/publication', { ...path(id), signal }));
}
