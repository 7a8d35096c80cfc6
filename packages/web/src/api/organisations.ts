/**
 * The organisation directory and partner searches through the typed client (issue 12):
 * lists with filters, one organisation with its ECCP checklist, administrators and
 * explained matches, and the partner-search posts with their replies. Answers are the
 * contract's types (`GetAnswer`), failures `ApiRequestError`.
 */
import { answerOf, api, type GetAnswer, type Schemas } from '../api-client';
import type { paths } from './schema.generated';

export type Organisation = Schemas['Organisation'];
export type OrganisationPage = GetAnswer<'/api/organisations'>;
export type OrganisationFilters = NonNullable<paths['/api/organisations']['get']['parameters']['query']>;
export type Checklist = Schemas['EccpChecklist'];
export type Match = Schemas['OrganisationMatch'];
export type OrganisationAdmin = Schemas['OrganisationAdmin'];
export type MyOrganisations = GetAnswer<'/api/me/organisations'>;
export type PartnerSearch = Schemas['PartnerSearchPost'];
export type PartnerSearchPage = GetAnswer<'/api/partner-searches'>;
export type PartnerSearchFilters = NonNullable<paths['/api/partner-searches']['get']['parameters']['query']>;
export type PartnerSearchMessage = Schemas['PartnerSearchMessage'];
/** A language the API writes explanations in. */
export type ApiLanguage = 'en' | 'es' | 'pt';

export function apiLanguage(language: string): ApiLanguage {
  return language === 'es' || language === 'pt' ? language : 'en';
}

export function listOrganisations(query: OrganisationFilters, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations', { params: { query }, signal }));
}

export function getOrganisation(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations/{id}', { params: { path: { id } }, signal }));
}

export function getChecklist(id: string, lang: ApiLanguage, signal?: AbortSignal) {
  return answerOf(
    api.GET('/api/organisations/{id}/checklist', { params: { path: { id }, query: { lang } }, signal }),
  );
}

export function getMatches(id: string, lang: ApiLanguage, signal?: AbortSignal) {
  return answerOf(
    api.GET('/api/organisations/{id}/matches', {
      params: { path: { id }, query: { limit: 10, lang } },
      signal,
    }),
  );
}

export function getAdmins(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/organisations/{id}/admins', { params: { path: { id } }, signal }));
}

export function getMyOrganisations(signal?: AbortSignal) {
  return answerOf(api.GET('/api/me/organisations', { signal }));
}

export function listPartnerSearches(query: PartnerSearchFilters, signal?: AbortSignal) {
  return answerOf(api.GET('/api/partner-searches', { params: { query }, signal }));
}

export function getPartnerSearch(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/partner-searches/{id}', { params: { path: { id } }, signal }));
}

export function getInterests(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/partner-searches/{id}/interests', { params: { path: { id } }, signal }));
}

export function getComments(id: string, signal?: AbortSignal) {
  return answerOf(api.GET('/api/partner-searches/{id}/comments', { params: { path: { id } }, signal }));
}
