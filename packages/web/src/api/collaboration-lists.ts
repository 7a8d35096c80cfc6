/**
 * The collaboration lists through the typed client (issue 15, lists as CSV; decision 105):
 * one page of agreements, programmes, calls or events with a list page's filters — what
 * "Download CSV" reads page by page — and the meeting requests awaiting the signed-in
 * user's organisations ("My work"). Answers are the contract's types, failures
 * `ApiRequestError`.
 */
import { answerOf, api, type GetAnswer, type Schemas } from '../api-client';
import type { paths } from './schema.generated';

type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

export type AgreementFilters = QueryOf<'/api/agreements'>;
export type ProgrammeFilters = QueryOf<'/api/programmes'>;
export type CallFilters = QueryOf<'/api/calls'>;
export type EventFilters = QueryOf<'/api/events'>;
export type Agreement = Schemas['AgreementRecord'];
export type Programme = Schemas['Programme'];
export type ProgrammeCall = Schemas['ProgrammeCall'];
export type MatchmakingEvent = Schemas['Event'];
export type ReceivedMeetingRequests = GetAnswer<'/api/me/meeting-requests'>;

/** The largest page GET /api/events answers (its `limit` is 1–200). */
export const EVENT_PAGE_LIMIT = 200;

export const listAgreements = (query: AgreementFilters, signal?: AbortSignal) =>
  answerOf(api.GET('/api/agreements', { params: { query }, signal }));

export const listProgrammes = (query: ProgrammeFilters, signal?: AbortSignal) =>
  answerOf(api.GET('/api/programmes', { params: { query }, signal }));

export const listCalls = (query: CallFilters, signal?: AbortSignal) =>
  answerOf(api.GET('/api/calls', { params: { query }, signal }));

export const listEvents = (query: EventFilters, signal?: AbortSignal) =>
  answerOf(api.GET('/api/events', { params: { query }, signal }));

/** The pending meeting requests addressed to the organisations the signed-in user acts for. */
export const getMyMeetingRequests = (signal?: AbortSignal) =>
  answerOf(api.GET('/api/me/meeting-requests', { params: { query: { status: 'pending' } }, signal }));
