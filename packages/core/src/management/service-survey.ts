/**
 * The member survey of an organisation's services (issue 13 point 2; decision 085;
 * docs/methods/services.md): each member rates each service 1–5 with a willingness to pay,
 * or says they do not use it. Answers are only ever aggregated, and an aggregate of fewer
 * than `MIN_ANSWERS` answers is withheld, so that no one reads a few members' answers.
 * Pure functions: no I/O.
 */
import { z } from 'zod';

/** Willingness to pay for a service, lowest first. */
export const willingnessLevels = ['none', 'low', 'medium', 'high'] as const;
export type Willingness = (typeof willingnessLevels)[number];

/** Fewer answers than this are withheld (the survey as a whole, or one service's ratings). */
export const MIN_ANSWERS = 3;

/** One member's rating of one service, or `"notUsed"`. */
export const serviceRatingSchema = z.union([
  z.strictObject({
    value: z
      .number()
      .int()
      .min(1)
      .max(5)
      .describe('How much the member values the service, 1 (little) to 5 (much).'),
    willingnessToPay: z.enum(willingnessLevels),
  }),
  z.literal('notUsed'),
]);
export type ServiceRating = z.infer<typeof serviceRatingSchema>;

/** A member's answer: a rating (or "notUsed") for every service of the survey, keyed by service key. */
export const surveyAnswerSchema = z.strictObject({
  ratings: z
    .record(z.string().min(1).max(220), serviceRatingSchema)
    .refine((r) => Object.keys(r).length <= 100, 'at most 100 services (a portfolio has at most 100)'),
});
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

/** The keys an answer must rate and may not exceed; `[]` when it rates exactly the survey's services. */
export function answerProblems(
  answer: SurveyAnswer,
  keys: readonly string[],
): Array<{ path: string; message: string }> {
  const wanted = new Set(keys);
  const given = Object.keys(answer.ratings);
  return [
    ...given
      .filter((k) => !wanted.has(k))
      .map((k) => ({ path: `ratings.${k}`, message: 'not a service of this survey' })),
    ...keys
      .filter((k) => !(k in answer.ratings))
      .map((k) => ({
        path: `ratings.${k}`,
        message: 'rate this service (1–5 and willingness to pay) or answer "notUsed"',
      })),
  ];
}

/** A stored rating: the answer it came from is not known (decision 085). */
export interface StoredRating {
  serviceKey: string;
  /** null: the member does not use the service. */
  value: number | null;
  willingnessToPay: Willingness | null;
}

export interface ServiceAggregate {
  key: string;
  /** Fewer than MIN_ANSWERS answers (in the survey, or rating this service): the figures are null. */
  withheld: boolean;
  /** Members who rated the service. */
  rated: number | null;
  /** Members who said they do not use it. */
  notUsed: number | null;
  /** Mean rating, 1–5. */
  mean: number | null;
  /** How many rated it 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number] | null;
  willingnessToPay: Record<Willingness, number> | null;
}

export interface SurveyAggregate {
  /** Answers received (codes used). */
  answers: number;
  minimumAnswers: number;
  /** Fewer than MIN_ANSWERS answers: every service is withheld. */
  withheld: boolean;
  services: ServiceAggregate[];
}

const hidden = (key: string): ServiceAggregate => ({
  key,
  withheld: true,
  rated: null,
  notUsed: null,
  mean: null,
  distribution: null,
  willingnessToPay: null,
});

/**
 * The aggregate of a survey's `answers` answers over its service `keys` (in that order).
 * A service rated by fewer than MIN_ANSWERS members is withheld whole — its not-used count
 * too, which would tell the rated count.
 */
export function aggregateSurvey(
  keys: readonly string[],
  answers: number,
  ratings: readonly StoredRating[],
): SurveyAggregate {
  const withheld = answers < MIN_ANSWERS;
  const services = keys.map((key) => {
    const mine = ratings.filter((r) => r.serviceKey === key);
    const values = mine.flatMap((r) => (r.value === null ? [] : [r.value]));
    if (withheld || values.length < MIN_ANSWERS) return hidden(key);
    const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    for (const v of values) distribution[v - 1]! += 1;
    const willingnessToPay = Object.fromEntries(willingnessLevels.map((w) => [w, 0])) as Record<
      Willingness,
      number
    >;
    for (const r of mine) if (r.willingnessToPay) willingnessToPay[r.willingnessToPay] += 1;
    return {
      key,
      withheld: false,
      rated: values.length,
      notUsed: mine.length - values.length,
      mean: values.reduce((a, b) => a + b, 0) / values.length,
      distribution,
      willingnessToPay,
    };
  });
  return { answers, minimumAnswers: MIN_ANSWERS, withheld, services };
}

/** An answer as the rows stored for it, one per service (no answer id, no code, no time). */
export function ratingsOf(answer: SurveyAnswer): StoredRating[] {
  return Object.entries(answer.ratings).map(([serviceKey, r]) =>
    r === 'notUsed'
      ? { serviceKey, value: null, willingnessToPay: null }
      : { serviceKey, value: r.value, willingnessToPay: r.willingnessToPay },
  );
}
