/** Public surface of @polos/store. */
export * from './store';
