/** An organisation's profile as a description list: every field of its collaboration profile, in the user's language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../api/organisations';
import { onLinkClick } from '../navigation';

export function OrganisationProfile({ org }: { org: Organisation }) {
  const { t, i18n } = useTranslation();
  const names = useMemo(
    () => ({
      region: new Intl.DisplayNames([i18n.language], { type: 'region' }),
      language: new Intl.DisplayNames([i18n.language], { type: 'language' }),
      numbers: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }),
      dates: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }),
    }),
    [i18n.language],
  );
  const list = (values: readonly string[]) => (values.length ? values.join(', ') : '—');
  const date = (iso: string) => names.dates.format(new Date(`${iso}T00:00:00Z`));
  const rows: Array<[string, React.ReactNode]> = [
    ['kind', org.kind ? t(`directory.kindName.${org.kind}`) : '—'],
    ['legalForm', org.legalForm ? t(`directory.legal.${org.legalForm}`) : '—'],
    ['founded', org.founded ?? '—'],
    ['staff', org.staffFte != null ? names.numbers.format(org.staffFte) : '—'],
    [
      'members',
      org.members.length
        ? org.members
            .map(
              (m) =>
                `${names.numbers.format(m.count)} × ${t(`directory.memberKind.${m.kind}`)}${m.sizeClass ? ` (${t(`directory.size.${m.sizeClass}`)})` : ''}`,
            )
            .join('; ')
        : '—',
    ],
    ['sectors', [org.sectorDescription, list(org.naceDivisions)].filter(Boolean).join(' · ')],
    ['technologies', list(org.technologies)],
    ['valueChain', list(org.valueChainPositions.map((p) => t(`directory.valueChain.${p}`)))],
    ['targetMarkets', list(org.targetMarkets.map((c) => names.region.of(c) ?? c))],
    ['languages', list(org.languages.map((l) => names.language.of(l) ?? l))],
    [
      'labels',
      list(
        org.labels.map((l) =>
          t('directory.labelValidity', {
            label: t(`directory.labelLevel.${l.level}`),
            from: date(l.awardedOn),
            to: date(l.validUntil),
          }),
        ),
      ),
    ],
    [
      'website',
      org.website ? (
        <a href={org.website} rel="noopener noreferrer">
          {org.website}
        </a>
      ) : (
        '—'
      ),
    ],
    [
      'cluster',
      org.clusterId ? (
        <a href={`/clusters/${encodeURIComponent(org.clusterId)}`} onClick={onLinkClick}>
          {t('directory.clusterLink')}
        </a>
      ) : (
        '—'
      ),
    ],
    ['lookingForPartners', t(org.lookingForPartners ? 'directory.yes' : 'directory.no')],
    ['publication', t(`directory.status.${org.publicationStatus}`)],
  ];
  return (
    <dl className="org-profile" data-testid="organisation-profile">
      {rows.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`directory.field.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
