/**
 * The organisation report as PDF in English, Spanish or Portuguese (issue 13 point 6): plain
 * links to `GET /api/organisations/{id}/report.pdf?lang=`, rendered by the server in Chromium.
 */
import { useTranslation } from 'react-i18next';
import { languages } from '../i18n';

export function ReportDownloads({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const base = `/api/organisations/${encodeURIComponent(orgId)}/report.pdf`;
  return (
    <section aria-labelledby="report-title" className="management-section">
      <h2 id="report-title">{t('management.report.title')}</h2>
      <p className="intro">{t('management.report.intro')}</p>
      <ul className="downloads" data-testid="report-downloads">
        {languages.map((l) => (
          <li key={l.code}>
            <a href={`${base}?lang=${l.code}`} download={`report-${orgId}-${l.code}.pdf`} lang={l.code}>
              {t('management.report.download', { language: l.label })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
