/**
 * Smart-specialisation (RIS3) strategies through the typed client (issue 14 point 5;
 * decision 091): the list, one strategy with its checks, and the writes. Answers are the
 * contract's types, failures `ApiRequestError`.
 */
import { answerOf, api, type Schemas } from '../api-client';
import type { paths } from './schema.generated';

export type Ris3Strategy = Schemas['Ris3Strategy'];
export type Ris3View = Schemas['Ris3StrategyView'];
export type Ris3CodeCheck = Schemas['Ris3CodeCheck'];
export type Ris3PriorityCheck = NonNullable<Schemas['Ris3PriorityCheck']>;
export type Ris3StrategyInput = NonNullable<
  paths['/api/ris3']['post']['requestBody']
>['content']['application/json'];
export type Ris3PriorityInput = NonNullable<
  paths['/api/ris3/{id}/priorities']['post']['requestBody']
>['content']['application/json'];
export type Ris3IndicatorInput = NonNullable<
  paths['/api/ris3/{id}/priorities/{priorityId}/indicators']['post']['requestBody']
>['content']['application/json'];
export type MapDataset = Schemas['MapDataset'];

export const listRis3 = (signal?: AbortSignal) => answerOf(api.GET('/api/ris3', { signal }));

export const getRis3 = (
  id: string,
  query: { year?: number; lang?: 'en' | 'es' | 'pt' },
  signal?: AbortSignal,
) => answerOf(api.GET('/api/ris3/{id}', { params: { path: { id }, query }, signal }));

export const createRis3 = (body: Ris3StrategyInput) => answerOf(api.POST('/api/ris3', { body }));

export const deleteRis3 = (id: string) =>
  answerOf(api.DELETE('/api/ris3/{id}', { params: { path: { id } } }));

export const addRis3Priority = (id: string, body: Ris3PriorityInput) =>
  answerOf(api.POST('/api/ris3/{id}/priorities', { params: { path: { id } }, body }));

export const removeRis3Priority = (id: string, priorityId: string) =>
  answerOf(api.DELETE('/api/ris3/{id}/priorities/{priorityId}', { params: { path: { id, priorityId } } }));

export const addRis3Indicator = (id: string, priorityId: string, body: Ris3IndicatorInput) =>
  answerOf(
    api.POST('/api/ris3/{id}/priorities/{priorityId}/indicators', {
      params: { path: { id, priorityId } },
      body,
    }),
  );

export const putRis3Value = (
  ref: { id: string; priorityId: string; indicatorId: string },
  year: number,
  value: number,
) =>
  answerOf(
    api.PUT('/api/ris3/{id}/priorities/{priorityId}/indicators/{indicatorId}/values/{year}', {
      params: { path: { ...ref, year } },
      body: { value },
    }),
  );

/** The map studio's industry datasets (the ones a strategy is checked against). */
export const industryDatasets = async (signal?: AbortSignal) =>
  (await answerOf(api.GET('/api/map/datasets', { signal }))).filter((d) => d.kind === 'industries');
