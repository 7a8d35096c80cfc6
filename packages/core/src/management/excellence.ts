/**
 * Eligibility, the management-excellence self-assessment and collective shared value
 * (issue 13 points 4 and 5; decision 086), imported as `@polos/core/excellence`.
 */
export * from './eligibility';
export * from './self-assessment';
export * from './shared-value';
