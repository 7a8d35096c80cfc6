/** Members of a cluster, and the knowledge intermediaries that serve it (DOMAIN.md §1). */
import { z } from 'zod';
import { countryCodeSchema, slugSchema, yearSchema } from './common';
import { intermediaryRoleSchema, memberKindSchema, sizeClassSchema } from './vocabularies';

/**
 * A member of a cluster. Firms carry a size class; the SME flag is true exactly for
 * micro, small and medium firms (EU Recommendation 2003/361/EC) and is checked against it.
 */
export const memberSchema = z
  .object({
    id: slugSchema,
    clusterId: slugSchema,
    name: z.string().trim().min(1).max(200),
    kind: memberKindSchema,
    sizeClass: sizeClassSchema.nullish(),
    sme: z.boolean().nullish(),
    country: countryCodeSchema.nullish(),
    joined: yearSchema.nullish(),
  })
  .superRefine((m, ctx) => {
    if (m.kind !== 'firm' && m.sizeClass != null) {
      ctx.addIssue({ code: 'custom', path: ['sizeClass'], message: 'only firms have a size class' });
    }
    if (m.sizeClass != null && m.sme != null && m.sme !== (m.sizeClass !== 'large')) {
      ctx.addIssue({
        code: 'custom',
        path: ['sme'],
        message: `a ${m.sizeClass} firm is ${m.sizeClass === 'large' ? 'not ' : ''}an SME`,
      });
    }
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof memberSchema>;

/** A knowledge intermediary and the roles it plays in the cluster (Ramirez, SPRU). */
export const intermediarySchema = z
  .object({
    id: slugSchema,
    clusterId: slugSchema,
    name: z.string().trim().min(1).max(200),
    kind: memberKindSchema,
    roles: z.array(intermediaryRoleSchema).min(1, 'name at least one role'),
    leads: z.boolean().default(false).describe('Whether it leads the cluster (common in emerging clusters).'),
  })
  .meta({ id: 'Intermediary' });
export type Intermediary = z.infer<typeof intermediarySchema>;
