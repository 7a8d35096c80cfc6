/**
 * An organisation's management page (`/organisations/<id>/manage`; issue 13): funding mix and
 * sustainability, the exit path, the strategic and action plans, indicators and the
 * dashboard, and the report as PDF. Whoever acts for the organisation edits; staff read;
 * anyone else sees what the organisation published (the API answers 404 otherwise).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getOrganisation } from '../api/organisations';
import { PageStatus } from '../components/page-status';
import { DashboardSection } from '../management/dashboard-section';
import { EligibilitySection } from '../management/eligibility-section';
import { SelfAssessmentSection } from '../management/self-assessment-section';
import { SharedValueSection } from '../management/shared-value-section';
import { FundingSection } from '../management/funding-section';
import { PlanSection } from '../management/plan-section';
import { ReportDownloads } from '../management/report-downloads';
import { ServicesSection } from '../management/services-section';
import { useLoaded } from '../management/use-loaded';
import { onLinkClick } from '../navigation';
import { actsFor, useMyOrganisations } from './acts-for';

export default function OrganisationManagement({ id }: { id: string }) {
  const { t } = useTranslation();
  const mine = useMyOrganisations();
  const org = useLoaded((signal) => getOrganisation(id, signal), [id]);
  useEffect(() => {
    if (org.data) document.title = `${t('management.title')} · ${org.data.name} · polos`;
  }, [org.data, t]);
  if (!org.data) return <PageStatus error={org.error} />;
  const canEdit = actsFor(mine, id);
  return (
    <main id="main" tabIndex={-1} className="management-page">
      <p className="breadcrumb">
        <a href={`/organisations/${encodeURIComponent(id)}`} onClick={onLinkClick}>
          {org.data.name}
        </a>
      </p>
      <h1>{t('management.title')}</h1>
      <p className="intro">{t('management.intro')}</p>
      <FundingSection orgId={id} canEdit={canEdit} />
      <ServicesSection orgId={id} canEdit={canEdit} />
      <PlanSection orgId={id} canEdit={canEdit} />
      <DashboardSection orgId={id} canEdit={canEdit} />
      <EligibilitySection orgId={id} canEdit={canEdit} />
      <SelfAssessmentSection orgId={id} canEdit={canEdit} />
      <SharedValueSection orgId={id} canEdit={canEdit} />
      <ReportDownloads orgId={id} />
    </main>
  );
}
