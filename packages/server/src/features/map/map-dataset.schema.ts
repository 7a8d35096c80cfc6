/** The schema of a map studio dataset, shared by the dataset routes and the upload route. */
import { z } from 'zod';
import { GEOGRAPHIES } from './geographies';

export const datasetSchema = z
  .object({
    id: z.string(),
    kind: z
      .enum(['clusters', 'industries'])
      .describe('clusters: GET /api/map/us-states/clusters; industries: …/space'),
    label: z.string(),
    source: z.string(),
    geography: z.enum(GEOGRAPHIES),
    boundary: z.string().describe('GET /api/boundaries/{boundary} draws it.'),
    boundaryObject: z.string().nullable().describe('TopoJSON object with the shapes (null: GeoJSON).'),
    unit: z.string(),
    years: z.array(z.number().int()).describe('Empty for uploads (one table).'),
    uploaded: z
      .object({
        by: z.string().nullable(),
        at: z.string(),
        file: z.string(),
        rows: z.number().int(),
        shared: z.boolean().describe('Listed and readable by everyone, signed in or not.'),
      })
      .nullable(),
  })
  .meta({ id: 'MapDataset' });
