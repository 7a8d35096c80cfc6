/**
 * What others do with a post: follow it (`POST|DELETE /api/partner-searches/{id}/follow`),
 * express interest (`POST /{id}/interest`: a private message that only the poster's side and
 * its sender read, `GET /{id}/interests`), and comment in public (`GET|POST /{id}/comments`).
 * Viewers write nothing (authenticate.ts refuses them first).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { isPartnerSearchOpen, slugSchema, type User } from '@polos/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { jsonBody } from '../../openapi/request-parts';
import { errorResponses, errorsOf, json, secured } from '../../openapi/responses';
import { deleteRoute, idParam } from '../../openapi/resource-routes';
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
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/partner-searches/{id}/follow',
      tags: ['partner-searches'],
      summary: 'Follow a post (signed-in users)',
      security: secured,
      request: { params: idParam },
      responses: { 204: { description: 'Following' }, ...errorsOf(401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const post = await existingPost(c, c.req.valid('param').id);
      await c.get('deps').store.partnerSearches.follow(post.id, user.id);
      return c.body(null, 204);
    },
  );

  deleteRoute(app, {
    path: '/api/partner-searches/{id}/follow',
    tag: 'partner-searches',
    summary: 'Stop following a post',
    params: idParam,
    done: 'Not following any more',
    async remove(user, { id }, c) {
      if (!(await c.get('deps').store.partnerSearches.unfollow(id, user.id)))
        throw notFound('follow of post', id);
    },
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/partner-searches/{id}/interest',
      tags: ['partner-searches'],
      summary: 'Express interest in an open post: a private message to the poster',
      security: secured,
      request: { params: idParam, body: jsonBody(interestSchema) },
      responses: { 201: json(messageSchema, 'Sent'), ...errorsOf(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const user = requireUser(c);
      const post = await existingPost(c, c.req.valid('param').id);
      const { message, organisationId } = c.req.valid('json');
      if (organisationId !== undefined) await organisationActedForBy(c, user, organisationId);
      if (!isPartnerSearchOpen(post, today()))
        throw new ApiError(
          409,
          'conflict',
          `post "${post.id}" is ${post.status === 'open' ? 'expired' : post.status}`,
        );
      const sent = await c
        .get('deps')
        .store.partnerSearches.addInterest(
          post.id,
          { name: user.name, organisationId: organisationId ?? null, text: message },
          actorOf(user),
        );
      return c.json(sent, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/partner-searches/{id}/interests',
      tags: ['partner-searches'],
      summary: 'The interests in a post: all for the poster’s side, one’s own for others',
      security: secured,
      request: { params: idParam },
      responses: { 200: json(z.array(messageSchema), 'Newest first'), ...errorsOf(401, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const post = await existingPost(c, c.req.valid('param').id);
      const all = await actsForPoster(c, user, post.organisationId);
      const items = await c
        .get('deps')
        .store.partnerSearches.interests(post.id, all ? {} : { senderId: user.id });
      return c.json(items, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/partner-searches/{id}/comments',
      tags: ['partner-searches'],
      summary: 'The public comments on a post, oldest first',
      request: { params: idParam },
      responses: { 200: json(z.array(messageSchema), 'Oldest first'), 404: errorResponses[404] },
    }),
    async (c) => {
      const post = await existingPost(c, c.req.valid('param').id);
      return c.json(await c.get('deps').store.partnerSearches.comments(post.id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/partner-searches/{id}/comments',
      tags: ['partner-searches'],
      summary: 'Comment on a post in public (signed-in users)',
      security: secured,
      request: { params: idParam, body: jsonBody(commentSchema) },
      responses: { 201: json(messageSchema, 'Posted'), ...errorsOf(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const post = await existingPost(c, c.req.valid('param').id);
      const comment = await c
        .get('deps')
        .store.partnerSearches.addComment(
          post.id,
          { name: user.name, text: c.req.valid('json').text },
          actorOf(user),
        );
      return c.json(comment, 201);
    },
  );
}
