/** Users, roles and grants (foundation issue; docs/security.md). */
import { z } from 'zod';
import { roleSchema } from './vocabularies';
import { slugSchema } from './common';
import { notificationLanguages } from '../notifications/notification';

/** The language of a user's e-mails (invitations, resets, notifications). */
export const userLanguageSchema = z.enum(notificationLanguages);

/**
 * `invited`: the account exists but its password is not set yet (the invitation link sets
 * it); `deactivated`: an admin stopped it — it cannot sign in and nothing signed in as it works.
 */
export const userStatusSchema = z.enum(['invited', 'active', 'deactivated']).meta({ id: 'UserStatus' });
export type UserStatus = z.infer<typeof userStatusSchema>;

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
    status: userStatusSchema,
    language: userLanguageSchema.describe('The language of e-mails to this user.'),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const userInputSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1).max(200),
    role: roleSchema,
    password: passwordSchema
      .optional()
      .describe('A first password; without it an invitation e-mail lets the user set her own.'),
    grants: z.array(slugSchema).default([]),
    language: userLanguageSchema.default('en').describe('The language of the invitation and later e-mails.'),
  })
  .meta({ id: 'UserInput' });
export type UserInput = z.input<typeof userInputSchema>;

export const loginSchema = z
  .object({ email: emailSchema, password: z.string().min(1).max(1024) })
  .meta({ id: 'Login' });
