/** The map studio: state clusters, statistical datasets (bundled and uploaded), their industry spaces. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerMapSpaceRoutes } from './map-space.routes';
import { registerMapRoutes } from './map.routes';
import { registerCommunitiesRoute } from './communities.routes';
import { registerIndustryGrowthRoute } from './industry-growth.routes';
import { registerRegionProfileRoute } from './region-profile.routes';

/** The state map, then the datasets and their spaces, upload included (the order of the OpenAPI document). */
export function registerMap(app: OpenAPIHono<AppEnv>): void {
  registerMapRoutes(app);
  registerMapSpaceRoutes(app);
  registerRegionProfileRoute(app);
  registerIndustryGrowthRoute(app);
  registerCommunitiesRoute(app);
}
