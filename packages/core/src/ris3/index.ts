/** Smart-specialisation (RIS3) strategies: schemas, checks and monitoring (decision 091). */
export * from './ris3-schemas';
export * from './ris3-checks';
export * from './ris3-monitoring';
