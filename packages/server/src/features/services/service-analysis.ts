/**
 * A year's services analysed, with the year's latest member survey merged (decision 085): what
 * `GET /api/organisations/{id}/services/{year}` answers and the organisation report shows.
 * Only the survey's aggregate leaves here, never an individual answer.
 */
import { aggregateSurvey, analysePortfolio } from '@polos/core/services';
import type { Services } from '@polos/store';

/** The analysis of the year's portfolio, or undefined when none was recorded. */
export async function serviceAnalysis(services: Services, id: string, year: number) {
  const portfolio = await services.portfolio(id, year);
  if (!portfolio) return undefined;
  const survey = await services.latestSurvey(id, year);
  const aggregate = survey
    ? aggregateSurvey(
        survey.services.map((s) => s.key),
        survey.answers,
        await services.ratings(survey.id),
      )
    : null;
  return {
    year,
    ...analysePortfolio(portfolio, aggregate),
    survey:
      survey && aggregate
        ? { id: survey.id, answers: survey.answers, withheld: aggregate.withheld, open: survey.open }
        : null,
  };
}

export type ServiceYearAnalysis = NonNullable<Awaited<ReturnType<typeof serviceAnalysis>>>;
