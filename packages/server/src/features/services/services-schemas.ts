/** The shapes of the service portfolio and member survey routes (issue 13 point 2; decision 085). */
import { portfolioSchema, willingnessLevels } from '@polos/core/services';
import { z } from 'zod';
import { idParam } from '../../openapi/resource-routes';
import { fundingYearParam } from '../funding/funding-schemas';

export { fundingYearParam as serviceYearParam };

export const surveyParam = idParam.extend({ surveyId: z.string().min(1).max(100) });

/** A survey code: 128 random bits, base64url (22 characters). */
export const codeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22}$/, 'a survey code: 22 letters, digits, "-" or "_"')
    .describe('The member’s single-use survey code.'),
});

export const portfolioAnswerSchema = portfolioSchema
  .extend({ year: z.number().int() })
  .meta({ id: 'ServicePortfolio' });

const count = z.number().int().nullable();
const reference = z.object({
  key: z.string(),
  row: z.number().int().describe('The row of data/eu-lac-clusters/cluster_services.csv.'),
  name: z.string(),
  extension: z.string(),
  contribution: z.string(),
  evaluation: z.string(),
});

export const serviceAggregateSchema = z
  .object({
    key: z.string(),
    withheld: z.boolean().describe('Fewer than 3 members rated it (or answered the survey): no figures.'),
    rated: count,
    notUsed: count,
    mean: z.number().nullable(),
    distribution: z.array(z.number().int()).length(5).nullable().describe('Ratings 1, 2, 3, 4, 5.'),
    willingnessToPay: z
      .object(Object.fromEntries(willingnessLevels.map((w) => [w, z.number().int()])))
      .nullable(),
  })
  .meta({ id: 'ServiceSurveyAggregate' });

export const surveySchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    year: z.number().int(),
    services: z.array(z.object({ key: z.string(), name: z.string().nullable() })),
    codes: z.number().int().describe('Codes issued: members asked.'),
    answers: z.number().int().describe('Codes used: answers received.'),
    open: z.boolean(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'ServiceSurvey' });

export const surveyResultsSchema = z
  .object({
    survey: surveySchema,
    answers: z.number().int(),
    minimumAnswers: z.number().int(),
    withheld: z.boolean().describe('Fewer answers than minimumAnswers: every service is withheld.'),
    services: z.array(serviceAggregateSchema),
  })
  .meta({ id: 'ServiceSurveyResults' });

export const newSurveySchema = z.strictObject({
  year: z.number().int().min(1900).max(2100).describe('The portfolio year whose services the members rate.'),
  members: z.number().int().min(1).max(1000).describe('Members asked: one single-use code each.'),
});

export const createdSurveySchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    services: z.array(z.object({ key: z.string(), name: z.string().nullable() })),
    codes: z.array(z.string()).describe('The codes, shown this once (only their hashes are kept).'),
    answerPath: z.literal('/survey/<code>').describe('The page a member opens, <code> replaced by one code.'),
  })
  .meta({ id: 'CreatedServiceSurvey' });

export const serviceAnalysisSchema = z
  .object({
    year: z.number().int(),
    currency: z.string(),
    services: z.array(
      z.object({
        key: z.string(),
        reference: z.string().nullable(),
        name: z.string(),
        revenue: z.number(),
        cost: z.number(),
        membersServed: z.number().int(),
        net: z.number().describe('revenue − cost'),
        costRecovery: z.number().nullable().describe('revenue / cost; null when the cost is 0.'),
        paysItsWay: z.boolean(),
        valuation: z.object({
          value: z.number().nullable(),
          source: z.enum(['survey', 'manager']).nullable(),
        }),
        valuedButUnpaid: z.boolean(),
        referenceFacts: reference.nullable(),
        survey: serviceAggregateSchema.nullable(),
      }),
    ),
    totals: z.object({
      revenue: z.number(),
      cost: z.number(),
      net: z.number(),
      costRecovery: z.number().nullable(),
    }),
    paysItsWay: z.array(z.string()),
    valuedButUnpaid: z.array(z.string()),
    missingCommon: z.array(reference),
    rules: z.object({ paysItsWay: z.string(), valuedButUnpaid: z.string(), missingCommon: z.string() }),
    source: z.string(),
    survey: z
      .object({ id: z.string(), answers: z.number().int(), withheld: z.boolean(), open: z.boolean() })
      .nullable()
      .describe('The latest survey of the year, when there is one.'),
    published: z.boolean(),
  })
  .meta({ id: 'ServiceAnalysis' });

export const surveyFormSchema = z
  .object({
    organisation: z.object({ name: z.string() }),
    year: z.number().int(),
    services: z.array(
      z.object({
        key: z.string().describe('A reference service key (translated by the page) or own:<name>.'),
        name: z.string().nullable().describe('An own service’s name; null for a reference service.'),
      }),
    ),
    scale: z.object({ min: z.literal(1), max: z.literal(5) }),
    willingnessToPay: z.array(z.enum(willingnessLevels)),
  })
  .meta({ id: 'ServiceSurveyForm' });

export const answerReceivedSchema = z
  .object({ received: z.literal(true) })
  .meta({ id: 'ServiceSurveyAnswerReceived' });
