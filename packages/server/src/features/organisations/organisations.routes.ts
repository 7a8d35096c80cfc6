/** Cluster organisations: list with filters, read, create, update, delete. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  organisationInputSchema,
  organisationListQuerySchema,
  organisationPatchSchema,
  organisationSchema,
  slugify,
} from '@polos/core';
import { permissions } from '@polos/core/permissions';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden, notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { errorResponses, errorsOf, json, secured } from '../../openapi/responses';
import { deleteRoute, idParam, pageSchemaOf } from '../../openapi/resource-routes';
import { organisationActedForBy } from './organisation-access';
import { organisationVisibleTo } from './organisation-visibility';

const pageSchema = pageSchemaOf(organisationSchema, 'OrganisationPage');

export function registerOrganisationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/organisations',
      tags: ['organisations'],
      summary: 'List cluster organisations (the directory)',
      description:
        'Anonymous users see published public organisations. `q` searches name, acronym, region and sector words in English, Spanish and Portuguese (stems, accents ignored).',
      request: { query: organisationListQuerySchema },
      responses: { 200: json(pageSchema, 'A page of organisations'), 400: errorResponses[400] },
    }),
    async (c) => {
      const page = await c.get('deps').store.listOrganisations(c.req.valid('query'), {
        includePrivate: permissions.readPrivate(c.get('user')),
      });
      return c.json(page, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/organisations/{id}',
      tags: ['organisations'],
      summary: 'Read an organisation',
      request: { params: idParam },
      responses: { 200: json(organisationSchema, 'The organisation'), 404: errorResponses[404] },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const user = c.get('user');
      const org = await c
        .get('deps')
        .store.getOrganisation(id, { includePrivate: permissions.readPrivate(user) });
      if (!org || !organisationVisibleTo(user, org)) throw notFound('organisation', id);
      return c.json(org, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/organisations',
      tags: ['organisations'],
      summary: 'Create an organisation',
      description: 'Admins and analysts; cluster managers for a cluster granted to them.',
      security: secured,
      request: {
        body: { content: { 'application/json': { schema: organisationInputSchema } }, required: true },
      },
      responses: {
        201: json(organisationSchema, 'Created'),
        ...errorsOf(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const input = c.req.valid('json');
      if (!permissions.writeOrganisation(user, input.clusterId)) {
        throw forbidden('you may create organisations only for clusters granted to you');
      }
      const { store } = c.get('deps');
      if (input.clusterId && !(await store.getCluster(input.clusterId))) {
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'clusterId', message: `no cluster with id "${input.clusterId}"` },
        ]);
      }
      // Staff create published organisations unless they say otherwise; others create drafts.
      const staff = permissions.publishOrganisation(user);
      if (!staff && input.publicationStatus !== undefined && input.publicationStatus !== 'draft') {
        throw forbidden('only admins and analysts create submitted or published organisations');
      }
      const publicationStatus = input.publicationStatus ?? (staff ? 'published' : 'draft');
      const org = await store.createOrganisation(
        { ...input, publicationStatus, id: input.id ?? slugify(input.name) },
        actorOf(user),
      );
      return c.json(org, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/organisations/{id}',
      tags: ['organisations'],
      summary: 'Update an organisation',
      security: secured,
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: organisationPatchSchema } }, required: true },
      },
      responses: {
        200: json(organisationSchema, 'Updated'),
        ...errorsOf(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const { store } = c.get('deps');
      // Who acts for the organisation edits it; moving it to a cluster needs that cluster too.
      await organisationActedForBy(c, user, id);
      if (patch.clusterId !== undefined && !permissions.writeOrganisation(user, patch.clusterId)) {
        throw forbidden(`you may not attach organisations to cluster "${patch.clusterId}"`);
      }
      const org = await store.updateOrganisation(id, patch, actorOf(user));
      if (!org) throw notFound('organisation', id);
      return c.json(org, 200);
    },
  );

  deleteRoute(app, {
    path: '/api/organisations/{id}',
    tag: 'organisations',
    summary: 'Delete an organisation (admins)',
    params: idParam,
    async remove(user, { id }, c) {
      if (!permissions.deleteOrganisation(user)) throw forbidden('only admins delete organisations');
      if (!(await c.get('deps').store.deleteOrganisation(id, actorOf(user))))
        throw notFound('organisation', id);
    },
  });
}
