/** Public surface of @polos/core: pure domain schemas and analytics. */
export * from './domain/vocabularies';
export * from './domain/common';
export * from './domain/cluster';
export * from './domain/organisation';
export * from './domain/member';
export * from './domain/value-chain';
export * from './domain/assessment';
export * from './domain/user';
export * from './domain/list-query';
