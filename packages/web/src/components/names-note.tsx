/**
 * Says when a bundled dataset's industry or product names are not published in the reader's
 * language, so the names shown (as published) are not taken for a missing translation:
 * HS products have English and Spanish names (the Growth Lab's classification) and no
 * published Portuguese ones; NAICS, the U.S. benchmark clusters and NACE are English only;
 * CNAE is Portuguese only. Mirrors the server's classificationOf (features/map/classifications.ts).
 */
import { useTranslation } from 'react-i18next';
import type { MapDatasetView } from '../api-client';

/** Languages a bundled dataset's industry names are published in, by dataset id. */
export function nameLanguages(datasetId: string): readonly string[] {
  if (datasetId.startsWith('world-')) return ['en', 'es'];
  if (datasetId.startsWith('br-')) return ['pt'];
  return ['en'];
}

export function NamesNote({ dataset }: { dataset: MapDatasetView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const published = nameLanguages(dataset.id);
  if (dataset.uploaded || published.includes(lang)) return null;
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  return (
    <p className="muted" data-testid="names-note">
      {t('space.namesNote', { languages: list.format(published.map((l) => names.of(l) ?? l)) })}
    </p>
  );
}
