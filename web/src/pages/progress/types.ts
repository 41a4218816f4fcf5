/** The progress API's answers (server/modules/progress/progress.schema.ts). */
export type ProgressStatus = 'not_started' | 'in_progress' | 'done' | 'blocked';

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  not_started: '未开始',
  in_progress: '正在推进',
  done: '已完成',
  blocked: '遇到困难',
};
export const STATUS_COLORS: Record<ProgressStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
  blocked: 'error',
};

export type FileItem = {
  id: string;
  kind: 'photo' | 'document';
  name: string;
  byteSize: number;
  url: string;
  thumbUrl: string | null;
  reuseFlags: number;
};

export type Latest = { status: ProgressStatus; percent: number; reportDate: string } | null;

type PledgeHead = {
  id: string;
  campaignId: string;
  year: number;
  villageId: string;
  villageName: string;
  cadreName: string;
  category: string;
  title: string;
  completionStandard: string;
  dueDate: string;
};

export type ProgressListItem = PledgeHead & {
  latest: Latest;
  reportCount: number;
  photoCount: number;
  reuseFlags: number;
  mine: boolean;
  allowedActions: 'report'[];
};

export type ProgressList = {
  campaign: { id: string; year: number; phase: string };
  pledges: ProgressListItem[];
  allowedActions: 'import'[];
};

export type Report = {
  id: string;
  status: ProgressStatus;
  percent: number;
  reportDate: string;
  note: string;
  internalNote: string | null;
  reporter: string;
  reportedAt: string;
  photos: FileItem[];
  documents: FileItem[];
};

export type PledgeProgress = {
  pledge: PledgeHead & { content: string };
  latest: Latest;
  reports: Report[];
  allowedActions: 'report'[];
  today: string;
};

type FlagSide = {
  fileId: string;
  thumbUrl: string;
  villageName: string | null;
  year: number | null;
  pledgeId: string | null;
  pledgeTitle: string | null;
  storedByName: string;
  storedOn: string;
};
export type ReuseFlag = {
  id: string;
  match: 'identical' | 'similar';
  distance: number;
  flaggedAt: string;
  photo: FlagSide;
  earlier: FlagSide;
};
