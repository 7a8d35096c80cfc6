/**
 * Calls of the programmes: `GET /api/calls` (open now, eligible country, programme),
 * `GET /api/calls/{id}`; staff's `POST|PATCH|DELETE`; and who follows a call
 * (`POST|DELETE /api/calls/{id}/follow`), kept for the notifications of issue 12 point 7.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { paginationSchema, programmeCallSchema, slugify, slugSchema, type User } from '@polos/core';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden, notFound } from '../../errors';
import { booleanQuery, countryQuery } from '../../openapi/request-parts';
import { pageSchemaOf, resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
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
function staffOnly(user: User): void {
  if (user.role !== 'admin' && user.role !== 'analyst')
    throw forbidden('only admins and analysts write calls');
}

const unknownProgramme = (id: string) =>
  new ApiError(400, 'invalid_input', 'invalid input', [
    { path: 'programmeId', message: `no programme with id "${id}"` },
  ]);
const tag = 'programmes';

export function registerCallRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, tag);
  routes.get('/api/calls', {
    summary: 'List calls, by deadline',
    query: listQuerySchema,
    ok: json(pageSchema, 'A page of calls'),
    answer: ({ query: { open, eligibleCountry, programme, ...page } }, c) =>
      c.get('deps').store.programmes.listCalls({
        ...page,
        ...(open ? { openAt: new Date() } : {}),
        ...(eligibleCountry ? { eligibleCountry } : {}),
        ...(programme ? { programmeId: programme } : {}),
      }),
  });

  routes.get('/api/calls/{id}', {
    summary: 'Read a call',
    ok: json(programmeCallSchema, 'The call'),
    async answer({ params: { id } }, c) {
      const call = await c.get('deps').store.programmes.getCall(id);
      if (!call) throw notFound('call', id);
      return call;
    },
  });

  routes.write('post', '/api/calls', {
    summary: 'Add a call to a programme (admins and analysts)',
    body: callInputSchema,
    ok: json(programmeCallSchema, 'Added'),
    errors: [400, 403, 409],
    async write(user, { body: input }, c) {
      staffOnly(user);
      const { store } = c.get('deps');
      if (!(await store.programmes.get(input.programmeId))) throw unknownProgramme(input.programmeId);
      const call = { ...input, id: input.id ?? slugify(input.title).slice(0, 100) };
      return store.programmes.createCall(call, actorOf(user));
    },
  });

  routes.write('patch', '/api/calls/{id}', {
    summary: 'Update a call (admins and analysts)',
    body: callPatchSchema,
    ok: json(programmeCallSchema, 'Updated'),
    errors: [400, 403, 404],
    async write(user, { params: { id }, body: patch }, c) {
      staffOnly(user);
      const { store } = c.get('deps');
      if (patch.programmeId !== undefined && !(await store.programmes.get(patch.programmeId)))
        throw unknownProgramme(patch.programmeId);
      const updated = await store.programmes.updateCall(id, patch, actorOf(user));
      if (!updated) throw notFound('call', id);
      return updated;
    },
  });

  routes.remove('/api/calls/{id}', {
    summary: 'Delete a call (admins and analysts)',
    async remove(user, { id }, c) {
      staffOnly(user);
      if (!(await c.get('deps').store.programmes.removeCall(id, actorOf(user)))) throw notFound('call', id);
    },
  });

  routes.write('post', '/api/calls/{id}/follow', {
    summary: 'Follow a call (people of an organisation)',
    description:
      'With `organisationId`, the caller must act for it; without, the caller must administer an organisation (the first one is recorded) or be staff.',
    body: followSchema,
    bodyOptional: true,
    done: 'Following',
    errors: [400, 403, 404],
    async write(user, { params: { id }, body }, c) {
      const { store } = c.get('deps');
      if (!(await store.programmes.getCall(id))) throw notFound('call', id);
      let organisationId = body.organisationId ?? null;
      if (organisationId !== null) await organisationActedForBy(c, user, organisationId);
      else {
        organisationId = (await store.organisationAdmins.organisationsOf(user.id))[0] ?? null;
        if (organisationId === null && user.role !== 'admin' && user.role !== 'analyst')
          throw forbidden('follow calls as the administrator of an organisation');
      }
      await store.programmes.followCall(id, { userId: user.id, organisationId });
    },
  });

  routes.remove('/api/calls/{id}/follow', {
    summary: 'Stop following a call',
    done: 'Not following any more',
    async remove(user, { id }, c) {
      if (!(await c.get('deps').store.programmes.unfollowCall(id, user.id)))
        throw notFound('follow of call', id);
    },
  });
}
