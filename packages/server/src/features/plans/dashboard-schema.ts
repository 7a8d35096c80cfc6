/** The dashboard's answer as the OpenAPI document describes it (core `Dashboard`). */
import { indicatorDirectionSchema, planDimensionSchema } from '@polos/core';
import { z } from 'zod';

const statusSchema = z.enum(['on_track', 'at_risk', 'off_track', 'no_data', 'no_target']);
const statusCountsSchema = z.object({
  on_track: z.number().int(),
  at_risk: z.number().int(),
  off_track: z.number().int(),
  no_data: z.number().int(),
  no_target: z.number().int(),
});
const actionProgressSchema = z.object({
  total: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
  shareDone: z.number().nullable(),
  budget: z.number(),
  spent: z.number(),
  shareSpent: z.number().nullable(),
});
const dashboardIndicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: indicatorDirectionSchema,
  status: statusSchema,
  period: z.string().nullable(),
  actual: z.number().nullable(),
  target: z.number().nullable(),
  targetProRated: z.boolean(),
  progress: z.number().nullable(),
  trend: z.enum(['improving', 'steady', 'worsening']).nullable(),
});

export const dashboardSchema = z
  .object({
    organisationId: z.string(),
    strategicPlan: z
      .object({ title: z.string(), startYear: z.number().int(), endYear: z.number().int() })
      .nullable(),
    year: z.number().int().nullable(),
    currency: z.string().nullable(),
    dimensions: z.array(
      z.object({
        dimension: planDimensionSchema,
        objectives: z.number().int(),
        indicators: z.array(dashboardIndicatorSchema),
        statusCounts: statusCountsSchema,
        actions: actionProgressSchema,
      }),
    ),
    overall: z.object({ statusCounts: statusCountsSchema, actions: actionProgressSchema }),
  })
  .meta({ id: 'PlanDashboard' });
