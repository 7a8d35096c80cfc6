/**
 * What people do with a partner-search post: follow it, express interest (a private message
 * to the poster, optionally for an organisation they act for), read the interests (the
 * poster: all received; anyone else: their own) and the public comments.
 * API: /api/partner-searches/{id}/follow, /interest, /interests, /comments.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../api-client';
import { describeError } from '../api-errors';
import {
  getComments,
  getInterests,
  getOrganisation,
  type MyOrganisations,
  type PartnerSearch,
  type PartnerSearchMessage,
} from '../api/organisations';
import { onLinkClick } from '../navigation';
import { ApiForm } from './api-form';

const path = (id: string, tail: string) => `/api/partner-searches/${encodeURIComponent(id)}${tail}`;

export function PartnerSearchReplies({
  post,
  signedIn,
  poster,
  mine,
}: {
  post: PartnerSearch;
  signedIn: boolean;
  /** The user acts for the posting organisation. */
  poster: boolean;
  mine: MyOrganisations['items'];
}) {
  const { t, i18n } = useTranslation();
  const [comments, setComments] = useState<PartnerSearchMessage[]>([]);
  const [interests, setInterests] = useState<PartnerSearchMessage[] | null>(null);
  const [following, setFollowing] = useState(false);
  const [followError, setFollowError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [comment, setComment] = useState('');
  const [from, setFrom] = useState(mine[0]?.id ?? '');
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const [orgNames, setOrgNames] = useState<Record<string, string>>({});
  // The names of the organisations the interests were sent for.
  useEffect(() => {
    const ids = [...new Set((interests ?? []).flatMap((m) => (m.organisationId ? [m.organisationId] : [])))];
    for (const id of ids.filter((i) => !(i in orgNames)))
      getOrganisation(id).then(
        (o) => setOrgNames((n) => ({ ...n, [id]: o.name })),
        () => setOrgNames((n) => ({ ...n, [id]: id })),
      );
  }, [interests, orgNames]);

  const load = useCallback(() => {
    getComments(post.id).then(setComments, () => setComments([]));
    if (signedIn) getInterests(post.id).then(setInterests, () => setInterests([]));
  }, [post.id, signedIn]);
  useEffect(load, [load]);

  const toggleFollow = () => {
    sendJson(following ? 'DELETE' : 'POST', path(post.id, '/follow')).then(
      () => {
        setFollowing(!following);
        setFollowError(null);
      },
      (e: unknown) => setFollowError(describeError(t, e).text),
    );
  };
  const list = (items: PartnerSearchMessage[], testId: string) => (
    <ul className="messages" data-testid={testId}>
      {items.map((m) => (
        <li key={m.id}>
          <p className="muted">
            <strong>{m.name}</strong>
            {m.organisationId ? (
              <>
                {' · '}
                <a href={`/organisations/${encodeURIComponent(m.organisationId)}`} onClick={onLinkClick}>
                  {orgNames[m.organisationId] ?? m.organisationId}
                </a>
              </>
            ) : null}{' '}
            · {when(m.createdAt)}
          </p>
          <p>{m.text}</p>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      {signedIn && !poster ? (
        <section aria-labelledby="reply-title">
          <h2 id="reply-title">{t('partners.reply')}</h2>
          <p>
            <button type="button" className="secondary" aria-pressed={following} onClick={toggleFollow}>
              {following ? t('partners.unfollow') : t('partners.follow')}
            </button>{' '}
            {following ? <span role="status">{t('partners.following')}</span> : null}
            {followError ? <span role="alert">{followError}</span> : null}
          </p>
          {post.status === 'open' ? (
            <ApiForm
              title={t('partners.interest')}
              testId="interest"
              submitLabel={t('partners.interestButton')}
              savedText={t('partners.interestSent')}
              send={() =>
                sendJson('POST', path(post.id, '/interest'), {
                  message: message.trim(),
                  ...(from ? { organisationId: from } : {}),
                })
              }
              onDone={() => {
                setMessage('');
                load();
              }}
            >
              {mine.length ? (
                <label>
                  <span>{t('partners.interestFor')}</span>
                  <select value={from} onChange={(e) => setFrom(e.target.value)}>
                    <option value="">{t('partners.personally')}</option>
                    {mine.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              <label>
                <span>{t('partners.interestMessage')}</span>
                <textarea
                  value={message}
                  onChange={(e) => setMessage(e.target.value)}
                  required
                  rows={4}
                  maxLength={5000}
                />
              </label>
            </ApiForm>
          ) : null}
        </section>
      ) : null}
      {signedIn && interests?.length ? (
        <section aria-labelledby="interests-title">
          <h2 id="interests-title">
            {poster
              ? t('partners.interestsReceived', { count: interests.length })
              : t('partners.yourInterests')}
          </h2>
          {list(interests, 'interests')}
        </section>
      ) : poster ? (
        <p className="muted">{t('partners.noInterests')}</p>
      ) : null}
      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t('partners.comments', { count: comments.length })}</h2>
        {list(comments, 'comments')}
        {signedIn ? (
          <ApiForm
            title={t('partners.comment')}
            testId="comment"
            submitLabel={t('partners.commentButton')}
            send={() => sendJson('POST', path(post.id, '/comments'), { text: comment.trim() })}
            onDone={() => {
              setComment('');
              load();
            }}
          >
            <label>
              <span>{t('partners.commentText')}</span>
              <textarea
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                required
                rows={3}
                maxLength={5000}
              />
            </label>
          </ApiForm>
        ) : null}
      </section>
    </>
  );
}
