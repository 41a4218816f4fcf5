import type {
  CampaignSupervisionAction,
  PledgeSupervisionAction,
  RectificationAction,
  SupervisorAction,
  VillageSupervisionAction,
} from '../../../../server/domain/policies/supervision.ts';
import type {
  Assessment,
  RectificationState,
  SessionKind,
} from '../../../../server/domain/supervision/kinds.ts';

export type { Assessment, SessionKind };

export type SupervisionSummary = {
  campaign: { id: string; year: number; phase: string; phaseLabel: string };
  today: string;
  allowedActions: CampaignSupervisionAction[];
  villages: { id: string; name: string; allowedActions: VillageSupervisionAction[] }[];
  rectifications: { open: number; overdue: number };
};

export type SupervisedPledge = {
  id: string;
  villageId: string;
  villageName: string;
  cadreName: string;
  category: string;
  title: string;
  completionStandard: string;
  dueDate: string;
  reports: number;
  latestAssessment: Assessment | null;
  latestAssessmentLabel: string | null;
  latestObservedOn: string | null;
  allowedActions: PledgeSupervisionAction[];
};

export type FileView = { id: string; name: string; url: string; thumbUrl: string | null };

export type Report = {
  id: string;
  villageId: string;
  villageName: string;
  pledgeId: string;
  pledgeTitle: string;
  cadreName: string;
  authorName: string;
  observedOn: string;
  observation: string;
  assessment: Assessment;
  assessmentLabel: string;
  photos: FileView[];
};

export type Supervisor = {
  id: string;
  villageId: string;
  villageName: string;
  name: string;
  votes: number;
  termStart: string;
  termEnd: string;
  inTerm: boolean;
  meetingTitle: string;
  meetingKindLabel: string;
  electedOn: string;
  username: string | null;
  allowedActions: SupervisorAction[];
};

export type Slip = { account: { id: string; username: string; displayName: string }; firstPassword: string };

export type FollowUp = { id: string; followedOn: string; note: string; closes: boolean; authorName: string };

export type Rectification = {
  id: string;
  checkId: string;
  checkedOn: string;
  villageId: string;
  villageName: string;
  demand: string;
  dueDate: string;
  responsible: string;
  closedOn: string | null;
  state: RectificationState;
  stateLabel: string;
  followUps: FollowUp[];
  allowedActions: RectificationAction[];
};

export type Check = {
  id: string;
  checkedOn: string;
  members: { name: string; userId: string | null }[];
  recordedBy: string;
  villages: { villageId: string; villageName: string; findings: string; rectifications: Rectification[] }[];
};

export type Leader = { userId: string; displayName: string; villages: { id: string; name: string }[] };

export type Visit = {
  id: string;
  villageId: string;
  villageName: string;
  leaderName: string;
  visitedOn: string;
  discussed: string;
  followUps: string | null;
};

export type Session = {
  id: string;
  heldOn: string;
  kind: SessionKind;
  kindLabel: string;
  topic: string;
  place: string;
  villageName: string | null;
  attendees: { id: string; name: string }[];
  othersCount: number;
  total: number;
};
