/**
 * Post a partner search for an organisation the user acts for: offer or request, kind,
 * title, description, NACE divisions and countries sought (comma-separated), the language
 * it is written in and the expiry (default: the server's six months).
 * API: POST /api/partner-searches.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerSearchKinds } from '@polos/core/vocabulary-lists';
import { sendJson } from '../api-client';
import { apiLanguage, type MyOrganisations, type PartnerSearch } from '../api/organisations';
import { ApiForm } from './api-form';
import { Choice } from './choice';
import { Field } from './field';
import { splitList } from './organisation-patch';

export const DIRECTIONS = ['request', 'offer'] as const;
export const SEARCH_KINDS = partnerSearchKinds;

export function PartnerSearchForm({
  organisations,
  onPosted,
}: {
  organisations: MyOrganisations['items'];
  onPosted: (post: PartnerSearch) => void;
}) {
  const { t, i18n } = useTranslation();
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [direction, setDirection] = useState<string>('request');
  const [kind, setKind] = useState<string>('business');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [sectors, setSectors] = useState('');
  const [countries, setCountries] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  return (
    <ApiForm
      title={t('partners.post')}
      testId="post-search"
      submitLabel={t('partners.postButton')}
      send={() =>
        sendJson<PartnerSearch>('POST', '/api/partner-searches', {
          organisationId,
          direction,
          kind,
          title: title.trim(),
          description: description.trim(),
          sectors: splitList(sectors, (v) => v.toUpperCase()),
          countriesSought: splitList(countries, (v) => v.toUpperCase()),
          language: apiLanguage(i18n.language),
          ...(expiresOn ? { expiresOn } : {}),
        })
      }
      onDone={onPosted}
    >
      <label>
        <span>{t('partners.organisation')}</span>
        <select value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <Choice
        label={t('partners.direction')}
        value={direction}
        onChange={setDirection}
        options={DIRECTIONS}
        prefix="partners.directionName."
      />
      <Choice
        label={t('partners.kind')}
        value={kind}
        onChange={setKind}
        options={SEARCH_KINDS}
        prefix="partners.kindName."
      />
      <Field
        label={t('partners.titleField')}
        value={title}
        onValue={setTitle}
        required
        minLength={3}
        maxLength={200}
      />
      <label>
        <span>{t('partners.description')}</span>
        <textarea
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          required
          rows={5}
          maxLength={5000}
        />
      </label>
      <Field label={t('partners.sectorsField')} value={sectors} onValue={setSectors} placeholder="C30, J62" />
      <Field
        label={t('partners.countriesField')}
        value={countries}
        onValue={setCountries}
        placeholder="MX, ES"
      />
      <Field label={t('partners.expiresOn')} type="date" value={expiresOn} onValue={setExpiresOn} />
      <small className="muted">{t('partners.expiresHelp')}</small>
    </ApiForm>
  );
}
