/**
 * What others do with a post: follow it (`POST|DELETE /api/partner-searches/{id}/follow`),
 * express interest (`POST /{id}/interest`: a private message that only the poster's side and
 * its sender read, `GET /{id}/interests`), and comment in public (`GET|POST /{id}/comments`).
 * Viewers write nothing (authenticate.ts refuses them first).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { isPartnerSearchOpen, slugSchema, type User } from '@polos/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { organisationActedForBy } from '../organisations';
import { existingPost } from './partner-search-access';
import { today } from './partner-search-dates';

const messageSchema = z
  .object({
    id: z.string(),
    postId: z.string(),
    userId: z.string().nullable(),
    name: z.string(),
    organisationId: z.string().nullable(),
    text: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'PartnerSearchMessage' });

const interestSchema = z
  .object({
    message: z.string().trim().min(1).max(5000),
    organisationId: slugSchema
      .optional()
      .describe('The organisation the sender writes for (who acts for it).'),
  })
  .meta({ id: 'PartnerSearchInterestInput' });

const tag = 'partner-searches';

const commentSchema = z
  .object({ text: z.string().trim().min(1).max(5000) })
  .meta({ id: 'PartnerSearchCommentInput' });

/** Whether `user` acts for the organisation that posted (its 403 becomes false). */
async function actsForPoster(c: Context<AppEnv>, user: User, organisationId: string): Promise<boolean> {
  try {
    await organisationActedForBy(c, user, organisationId);
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return false;
    throw error;
  }
}

export function registerPartnerSearchReplyRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, tag);
  routes.write('post', '/api/partner-searches/{id}/follow', {
    summary: 'Follow a post (signed-in users)',
    done: 'Following',
    errors: [403, 404],
    async write(user, { params: { id } }, c) {
      const post = await existingPost(c, id);
      await c.get('deps').store.partnerSearches.follow(post.id, user.id);
    },
  });

  routes.remove('/api/partner-searches/{id}/follow', {
    summary: 'Stop following a post',
    done: 'Not following any more',
    async remove(user, { id }, c) {
      if (!(await c.get('deps').store.partnerSearches.unfollow(id, user.id)))
        throw notFound('follow of post', id);
    },
  });

  routes.write('post', '/api/partner-searches/{id}/interest', {
    summary: 'Express interest in an open post: a private message to the poster',
    body: interestSchema,
    ok: json(messageSchema, 'Sent'),
    errors: [400, 403, 404, 409],
    async write(user, { params: { id }, body: { message, organisationId } }, c) {
      const post = await existingPost(c, id);
      if (organisationId !== undefined) await organisationActedForBy(c, user, organisationId);
      if (!isPartnerSearchOpen(post, today()))
        throw new ApiError(
          409,
          'conflict',
          `post "${post.id}" is ${post.status === 'open' ? 'expired' : post.status}`,
        );
      return c
        .get('deps')
        .store.partnerSearches.addInterest(
          post.id,
          { name: user.name, organisationId: organisationId ?? null, text: message },
          actorOf(user),
        );
    },
  });

  routes.get('/api/partner-searches/{id}/interests', {
    summary: 'The interests in a post: all for the poster’s side, one’s own for others',
    signedIn: true,
    ok: json(z.array(messageSchema), 'Newest first'),
    async answer({ params: { id } }, c) {
      const user = requireUser(c);
      const post = await existingPost(c, id);
      const all = await actsForPoster(c, user, post.organisationId);
      return c.get('deps').store.partnerSearches.interests(post.id, all ? {} : { senderId: user.id });
    },
  });

  routes.get('/api/partner-searches/{id}/comments', {
    summary: 'The public comments on a post, oldest first',
    ok: json(z.array(messageSchema), 'Oldest first'),
    async answer({ params: { id } }, c) {
      const post = await existingPost(c, id);
      return c.get('deps').store.partnerSearches.comments(post.id);
    },
  });

  routes.write('post', '/api/partner-searches/{id}/comments', {
    summary: 'Comment on a post in public (signed-in users)',
    body: commentSchema,
    ok: json(messageSchema, 'Posted'),
    errors: [400, 403, 404],
    async write(user, { params: { id }, body: { text } }, c) {
      const post = await existingPost(c, id);
      return c
        .get('deps')
        .store.partnerSearches.addComment(post.id, { name: user.name, text }, actorOf(user));
    },
  });
}
