/** The reports API's answers (server/modules/reports/reports.schema.ts). */
export type ReportStanding = 'draft' | 'submitted' | 'returned' | 'not_started';
export type ReportAction = 'view' | 'save' | 'submit' | 'return' | 'download';

export const STANDING_COLORS: Record<ReportStanding, string> = {
  submitted: 'success',
  draft: 'processing',
  returned: 'warning',
  not_started: 'default',
};

export type ReportContent = {
  pledges: { pledgeId: string; title: string; statement: string }[];
  duties: string;
  selfBuilding: string;
  problemsAndPlans: string;
};

export type ReportVersion = {
  version: number;
  submittedAt: string;
  submittedBy: string;
  onBehalf: boolean;
  returnedAt: string | null;
  returnedBy: string | null;
  returnReason: string | null;
  content: ReportContent;
};

export type Report = {
  campaign: { id: string; year: number; phase: string };
  participant: { id: string; name: string; villageId: string; villageName: string; posts: string };
  status: ReportStanding;
  statusLabel: string;
  content: ReportContent;
  pledges: {
    id: string;
    category: string;
    title: string;
    completionStandard: string;
    dueDate: string;
    latest: { status: string; statusLabel: string; percent: number; reportDate: string } | null;
    prefill: string;
  }[];
  updatedAt: string | null;
  updatedBy: string | null;
  returnReason: string | null;
  versions: ReportVersion[];
  limits: { statement: number; section: number };
  allowedActions: ReportAction[];
};

export type Counts = { submitted: number; draft: number; returned: number; notStarted: number };

export type OverviewRow = {
  id: string;
  name: string;
  villageId: string;
  villageName: string;
  posts: string;
  status: ReportStanding;
  statusLabel: string;
  version: number;
  submittedAt: string | null;
  submittedBy: string | null;
  onBehalf: boolean;
  updatedAt: string | null;
  returnReason: string | null;
  allowedActions: ReportAction[];
};

export type Overview = {
  campaign: { id: string; year: number; phase: string; phaseLabel: string } | null;
  campaigns: { id: string; year: number; phaseLabel: string }[];
  counts: Counts;
  villages: { id: string; name: string; counts: Counts; participants: OverviewRow[] }[];
  contactVillagesOnly: boolean;
  /** A cadre's overview: only their own report. */
  ownOnly: boolean;
};

export type OverviewFilter = { campaignId?: string; villageId?: string; status?: ReportStanding };
