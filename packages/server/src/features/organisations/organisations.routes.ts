/** Cluster organisations: list with filters, read, create, update, delete. */
import type { OpenAPIHono } from '@hono/zod-openapi';
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
import { deleteRoute, getRoute, idParam, pageSchemaOf, writeRoute } from '../../openapi/resource-routes';
import { organisationActedForBy } from './organisation-access';
import { organisationVisibleTo } from './organisation-visibility';

const pageSchema = pageSchemaOf(organisationSchema, 'OrganisationPage');
const tag = 'organisations';

export function registerOrganisationRoutes(app: OpenAPIHono<AppEnv>): void {
  getRoute(app, {
    path: '/api/organisations',
    tag,
    summary: 'List cluster organisations (the directory)',
    description:
      'Anonymous users see published public organisations. `q` searches name, acronym, region and sector words in English, Spanish and Portuguese (stems, accents ignored).',
    query: organisationListQuerySchema,
    schema: pageSchema,
    described: 'A page of organisations',
    answer: ({ query }, c) =>
      c.get('deps').store.listOrganisations(query, { includePrivate: permissions.readPrivate(c.get('user')) }),
  });

  getRoute(app, {
    path: '/api/organisations/{id}',
    tag,
    summary: 'Read an organisation',
    params: idParam,
    schema: organisationSchema,
    described: 'The organisation',
    async answer({ params: { id } }, c) {
      const user = c.get('user');
      const org = await c
        .get('deps')
        .store.getOrganisation(id, { includePrivate: permissions.readPrivate(user) });
      if (!org || !organisationVisibleTo(user, org)) throw notFound('organisation', id);
      return org;
    },
  });

  writeRoute(app, {
    method: 'post',
    path: '/api/organisations',
    tag,
    summary: 'Create an organisation',
    description: 'Admins and analysts; cluster managers for a cluster granted to them.',
    body: organisationInputSchema,
    schema: organisationSchema,
    status: 201,
    described: 'Created',
    errors: [400, 403, 409],
    async write(user, { body: input }, c) {
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
      return store.createOrganisation(
        { ...input, publicationStatus, id: input.id ?? slugify(input.name) },
        actorOf(user),
      );
    },
  });

  writeRoute(app, {
    method: 'patch',
    path: '/api/organisations/{id}',
    tag,
    summary: 'Update an organisation',
    params: idParam,
    body: organisationPatchSchema,
    schema: organisationSchema,
    status: 200,
    described: 'Updated',
    errors: [400, 403, 404],
    async write(user, { params: { id }, body: patch }, c) {
      // Who acts for the organisation edits it; moving it to a cluster needs that cluster too.
      await organisationActedForBy(c, user, id);
      if (patch.clusterId !== undefined && !permissions.writeOrganisation(user, patch.clusterId)) {
        throw forbidden(`you may not attach organisations to cluster "${patch.clusterId}"`);
      }
      const org = await c.get('deps').store.updateOrganisation(id, patch, actorOf(user));
      if (!org) throw notFound('organisation', id);
      return org;
    },
  });

  deleteRoute(app, {
    path: '/api/organisations/{id}',
    tag,
    summary: 'Delete an organisation (admins)',
    params: idParam,
    async remove(user, { id }, c) {
      if (!permissions.deleteOrganisation(user)) throw forbidden('only admins delete organisations');
      if (!(await c.get('deps').store.deleteOrganisation(id, actorOf(user))))
        throw notFound('organisation', id);
    },
  });
}
