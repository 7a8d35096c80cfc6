/** Users, roles and grants (foundation issue; docs/security.md). */
import { z } from 'zod';
import { roleSchema } from './vocabularies';
import { slugSchema } from './common';

export const emailSchema = z
  .email()
  .max(320)
  .transform((e) => e.toLowerCase());

/** Passwords: at least 12 characters (NIST SP 800-63B §5.1.1.2 allows ≥ 8; we ask more). */
export const passwordSchema = z.string().min(12, 'use at least 12 characters').max(1024);

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    grants: z.array(slugSchema).describe('Clusters a cluster manager may write.'),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const userInputSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1).max(200),
    role: roleSchema,
    password: passwordSchema,
    grants: z.array(slugSchema).default([]),
  })
  .meta({ id: 'UserInput' });
export type UserInput = z.input<typeof userInputSchema>;

export const loginSchema = z
  .object({ email: emailSchema, password: z.string().min(1).max(1024) })
  .meta({ id: 'Login' });
