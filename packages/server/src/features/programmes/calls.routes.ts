/**
 * Calls of the programmes: `GET /api/calls` (open now, eligible country, programme),
 * `GET /api/calls/{id}`; staff's `POST|PATCH|DELETE`; and who follows a call
 * (`POST|DELETE /api/calls/{id}/follow`), kept for the notifications of issue 12 point 7.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { paginationSchema, programmeCallSchema, slugify, slugSchema, type User } from '@polos/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden, notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { booleanQuery, countryQuery, jsonBody } from '../../openapi/request-parts';
import { errorResponses, errorsOf, json, secured } from '../../openapi/responses';
import { deleteRoute, idParam, pageSchemaOf } from '../../openapi/resource-routes';
import { organisationActedForBy } from '../organisations';

const shape = programmeCallSchema.shape;
const pageSchema = pageSchemaOf(programmeCallSchema, 'ProgrammeCallPage');
const listQuerySchema = paginationSchema.extend({
  open: booleanQuery.optional().describe('`true`: only calls open now (opened, deadline not passed).'),
  eligibleCountry: countryQuery
    .optional()
    .describe('Only calls an organisation of this country may apply to (core isEligibleForCall).'),
  programme: z.string().max(100).optional().describe('The programme’s id.'),
});
const callInputSchema = z
  .object({ ...shape, id: shape.id.optional().describe('__Default:__ from the title.') })
  .meta({ id: 'ProgrammeCallInput' });
const callPatchSchema = z
  .object({
    programmeId: shape.programmeId.optional(),
    title: shape.title.optional(),
    opensOn: shape.opensOn.optional(),
    deadline: shape.deadline.optional(),
    eligibleCountries: shape.eligibleCountries.optional(),
    url: shape.url.optional(),
  })
  .meta({ id: 'ProgrammeCallPatch' });
const followSchema = z
  .object({ organisationId: slugSchema.optional().describe('The organisation the follower acts for.') })
  .meta({ id: 'ProgrammeCallFollowInput' });

/** Calls are written by staff (admins and analysts). */
function requireStaff(c: Context<AppEnv>): User {
  const user = requireUser(c);
  if (user.role !== 'admin' && user.role !== 'analyst')
    throw forbidden('only admins and analysts write calls');
  return user;
}

const unknownProgramme = (id: string) =>
  new ApiError(400, 'invalid_input', 'invalid input', [
    { path: 'programmeId', message: `no programme with id "${id}"` },
  ]);

export function registerCallRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/calls',
      tags: ['programmes'],
      summary: 'List calls, by deadline',
      request: { query: listQuerySchema },
      responses: { 200: json(pageSchema, 'A page of calls'), 400: errorResponses[400] },
    }),
    async (c) => {
      const { open, eligibleCountry, programme, ...page } = c.req.valid('query');
      const calls = await c.get('deps').store.programmes.listCalls({
        ...page,
        ...(open ? { openAt: new Date() } : {}),
        ...(eligibleCountry ? { eligibleCountry } : {}),
        ...(programme ? { programmeId: programme } : {}),
      });
      return c.json(calls, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/calls/{id}',
      tags: ['programmes'],
      summary: 'Read a call',
      request: { params: idParam },
      responses: { 200: json(programmeCallSchema, 'The call'), 404: errorResponses[404] },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const call = await c.get('deps').store.programmes.getCall(id);
      if (!call) throw notFound('call', id);
      return c.json(call, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/calls',
      tags: ['programmes'],
      summary: 'Add a call to a programme (admins and analysts)',
      security: secured,
      request: { body: jsonBody(callInputSchema) },
      responses: { 201: json(programmeCallSchema, 'Added'), ...errorsOf(400, 401, 403, 409) },
    }),
    async (c) => {
      const user = requireStaff(c);
      const input = c.req.valid('json');
      const { store } = c.get('deps');
      if (!(await store.programmes.get(input.programmeId))) throw unknownProgramme(input.programmeId);
      const call = { ...input, id: input.id ?? slugify(input.title).slice(0, 100) };
      return c.json(await store.programmes.createCall(call, actorOf(user)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/calls/{id}',
      tags: ['programmes'],
      summary: 'Update a call (admins and analysts)',
      security: secured,
      request: { params: idParam, body: jsonBody(callPatchSchema) },
      responses: { 200: json(programmeCallSchema, 'Updated'), ...errorsOf(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = requireStaff(c);
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const { store } = c.get('deps');
      if (patch.programmeId !== undefined && !(await store.programmes.get(patch.programmeId)))
        throw unknownProgramme(patch.programmeId);
      const updated = await store.programmes.updateCall(id, patch, actorOf(user));
      if (!updated) throw notFound('call', id);
      return c.json(updated, 200);
    },
  );

  deleteRoute(app, {
    path: '/api/calls/{id}',
    tag: 'programmes',
    summary: 'Delete a call (admins and analysts)',
    params: idParam,
    async remove(_user, { id }, c) {
      const user = requireStaff(c);
      if (!(await c.get('deps').store.programmes.removeCall(id, actorOf(user)))) throw notFound('call', id);
    },
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/calls/{id}/follow',
      tags: ['programmes'],
      summary: 'Follow a call (people of an organisation)',
      description:
        'With `organisationId`, the caller must act for it; without, the caller must administer an organisation (the first one is recorded) or be staff.',
      security: secured,
      request: { params: idParam, body: jsonBody(followSchema, false) },
      responses: { 204: { description: 'Following' }, ...errorsOf(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const { store } = c.get('deps');
      if (!(await store.programmes.getCall(id))) throw notFound('call', id);
      let organisationId = c.req.valid('json').organisationId ?? null;
      if (organisationId !== null) await organisationActedForBy(c, user, organisationId);
      else {
        organisationId = (await store.organisationAdmins.organisationsOf(user.id))[0] ?? null;
        if (organisationId === null && user.role !== 'admin' && user.role !== 'analyst')
          throw forbidden('follow calls as the administrator of an organisation');
      }
      await store.programmes.followCall(id, { userId: user.id, organisationId });
      return c.body(null, 204);
    },
  );

  deleteRoute(app, {
    path: '/api/calls/{id}/follow',
    tag: 'programmes',
    summary: 'Stop following a call',
    params: idParam,
    done: 'Not following any more',
    async remove(user, { id }, c) {
      if (!(await c.get('deps').store.programmes.unfollowCall(id, user.id)))
        throw notFound('follow of call', id);
    },
  });
}
