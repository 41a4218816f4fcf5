import { asc, eq } from 'drizzle-orm';
import { yearEndReports, yearEndReportVersions } from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import type { ModuleDefinition } from '../module.ts';
import { reportArchiveDocuments } from './report-docx.ts';
import { seedDemoReports } from './reports.demo.ts';
import { reportRoutes } from './reports.routes.ts';
import { fieldLabels } from './reports.schema.ts';

/** Every report of the year and every version submitted (returns included). */
const reportsSeal: SealPart = {
  async records(db, campaign) {
    return {
      reports: await db
        .select()
        .from(yearEndReports)
        .where(eq(yearEndReports.campaignId, campaign.id))
        .orderBy(asc(yearEndReports.participantId)),
      versions: await db
        .select()
        .from(yearEndReportVersions)
        .where(eq(yearEndReportVersions.campaignId, campaign.id))
        .orderBy(asc(yearEndReportVersions.reportId), asc(yearEndReportVersions.version)),
    };
  },
};

export const reportsModule: ModuleDefinition = {
  name: 'reports',
  label: '述职报告',
  routes: reportRoutes,
  fieldLabels,
  seal: reportsSeal,
  archiveDocuments: reportArchiveDocuments,
  demo: seedDemoReports,
};
