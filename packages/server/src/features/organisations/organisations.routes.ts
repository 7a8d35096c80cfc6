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
import { pageSchemaOf, resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { organisationActedForBy } from './organisation-access';
import { organisationVisibleTo } from './organisation-visibility';

const pageSchema = pageSchemaOf(organisationSchema, 'OrganisationPage');
const tag = 'organisations';

export function registerOrganisationRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, tag);
  routes.get('/api/organisations', {
    summary: 'List cluster organisations (the directory)',
    description:
      'Anonymous users see published public organisations. `q` searches name, acronym, region and sector words in English, Spanish and Portuguese (stems, accents ignored).',
    query: organisationListQuerySchema,
    ok: json(pageSchema, 'A page of organisations'),
    answer: ({ query }, c) =>
      c
        .get('deps')
        .store.listOrganisations(query, { includePrivate: permissions.readPrivate(c.get('user')) }),
  });

  routes.get('/api/organisations/{id}', {
    summary: 'Read an organisation',
    ok: json(organisationSchema, 'The organisation'),
    async answer({ params: { id } }, c) {
      const user = c.get('user');
      const org = await c
        .get('deps')
        .store.getOrganisation(id, { includePrivate: permissions.readPrivate(user) });
      if (!org || !organisationVisibleTo(user, org)) throw notFound('organisation', id);
      return org;
    },
  });

  routes.write('post', '/api/organisations', {
    summary: 'Create an organisation',
    description: 'Admins and analysts; cluster managers for a cluster granted to them.',
    body: organisationInputSchema,
    ok: json(organisationSchema, 'Created'),
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

  routes.write('patch', '/api/organisations/{id}', {
    summary: 'Update an organisation',
    body: organisationPatchSchema,
    ok: json(organisationSchema, 'Updated'),
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

  routes.remove('/api/organisations/{id}', {
    summary: 'Delete an organisation (admins)',
    async remove(user, { id }, c) {
      if (!permissions.deleteOrganisation(user)) throw forbidden('only admins delete organisations');
      if (!(await c.get('deps').store.deleteOrganisation(id, actorOf(user))))
        throw notFound('organisation', id);
    },
  });
}
