/**
 * A value chain a cluster takes part in (DOMAIN.md §1, §3; Humphrey & Schmitz 2002).
 * A cluster may serve several chains at once with different governance.
 */
import { z } from 'zod';
import { slugSchema } from './common';
import { endMarketSchema, governanceTypeSchema } from './vocabularies';

export const valueChainFunctions = [
  'production',
  'design',
  'marketing',
  'branding',
  'distribution',
  'research_and_development',
] as const;

export const valueChainSchema = z
  .object({
    id: slugSchema,
    clusterId: slugSchema,
    name: z.string().trim().min(1).max(200),
    leadFirms: z.array(z.string().min(1).max(200)).default([]),
    endMarket: endMarketSchema,
    scope: z.enum(['domestic', 'global']).describe('Whether the chain is domestic or global (IDB legend).'),
    governance: governanceTypeSchema,
    shareOfOutput: z
      .number()
      .min(0)
      .max(1)
      .nullish()
      .describe("Share of the cluster's output sold through this chain (0–1); null if unknown."),
    localFunctions: z
      .array(z.enum(valueChainFunctions))
      .default([])
      .describe('Functions done in the cluster.'),
  })
  .meta({ id: 'ValueChain' });
export type ValueChain = z.infer<typeof valueChainSchema>;

/** Shares of output of a cluster's chains must not add up to more than 100 %. */
export const valueChainsSchema = z.array(valueChainSchema).superRefine((chains, ctx) => {
  const total = chains.reduce((s, c) => s + (c.shareOfOutput ?? 0), 0);
  if (total > 1 + 1e-9) {
    ctx.addIssue({
      code: 'custom',
      message: `shares of output add up to ${(total * 100).toFixed(1)} % (> 100 %)`,
    });
  }
});
