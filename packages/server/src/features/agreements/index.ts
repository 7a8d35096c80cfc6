/** The register of cooperation agreements, its summary and map of links (issue 12 point 5; decision 077). */
export { registerAgreementRoutes } from './agreements.routes';
