/** A post, if the signed-in user acts for the organisation that posted it (404/403 otherwise). */
import type { PartnerSearchPost, User } from '@polos/core';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';
import { organisationActedForBy } from '../organisations';

export async function existingPost(c: Context<AppEnv>, id: string): Promise<PartnerSearchPost> {
  const post = await c.get('deps').store.partnerSearches.get(id);
  if (!post) throw notFound('partner-search post', id);
  return post;
}

export async function postActedForBy(c: Context<AppEnv>, user: User, id: string): Promise<PartnerSearchPost> {
  const post = await existingPost(c, id);
  await organisationActedForBy(c, user, post.organisationId);
  return post;
}
