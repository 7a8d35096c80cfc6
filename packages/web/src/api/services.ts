/**
 * An organisation's service portfolio and member surveys through the typed client (issue 13
 * point 2; decision 085): the year's services with their analysis, the surveys with their
 * aggregated results, and the public answer form reached by a single-use code.
 */
import { answerOf, api, type Schemas } from '../api-client';
import type { paths } from './schema.generated';

export type ServiceAnalysis = Schemas['ServiceAnalysis'];
export type ServicePortfolio = Schemas['ServicePortfolio'];
export type OfferedService = ServicePortfolio['services'][number];
export type ServiceSurvey = Schemas['ServiceSurvey'];
export type SurveyResults = Schemas['ServiceSurveyResults'];
export type SurveyForm = Schemas['ServiceSurveyForm'];
export type SurveyRatings = NonNullable<
  paths['/api/surveys/{code}']['post']['requestBody']
>['content']['application/json']['ratings'];

export function getServices(id: string, year: number, signal?: AbortSignal) {
  return answerOf(
    api.GET('/api/organisations/{id}/services/{year}', { params: { path: { id, year } }, signal }),
  );
}

export function putServices(id: string, year: number, body: Omit<ServicePortfolio, 'year'>) {
  return answerOf(
    api.PUT('/api/organisations/{id}/services/{year}', { params: { path: { id, year } }, body }),
  );
}

export function listSurveys(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations/{id}/surveys', { params: { path: { id } }, signal }));
}

export function createSurvey(id: string, year: number, members: number) {
  return answerOf(
    api.POST('/api/organisations/{id}/surveys', { params: { path: { id } }, body: { year, members } }),
  );
}

export function getSurveyResults(id: string, surveyId: string, signal?: AbortSignal) {
  return answerOf(
    api.GET('/api/organisations/{id}/surveys/{surveyId}/results', {
      params: { path: { id, surveyId } },
      signal,
    }),
  );
}

export function closeSurvey(id: string, surveyId: string) {
  return answerOf(
    api.POST('/api/organisations/{id}/surveys/{surveyId}/close', { params: { path: { id, surveyId } } }),
  );
}

export function getSurveyForm(code: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/surveys/{code}', { params: { path: { code } }, signal }));
}

export function answerSurvey(code: string, ratings: SurveyRatings) {
  return answerOf(api.POST('/api/surveys/{code}', { params: { path: { code } }, body: { ratings } }));
}
