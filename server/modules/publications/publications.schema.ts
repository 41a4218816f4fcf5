import { z } from 'zod';
import { PUBLICATION_ACTIONS } from '../../domain/policies/publication.ts';
import { PUBLICATION_KINDS } from '../../domain/publicity.ts';
import { isoDate } from '../../http/date-fields.ts';
import { candidatesContent } from '../elections/elections.schema.ts';
import { publicProgressReport } from '../progress/progress.schema.ts';

export const fieldLabels: Record<string, string> = {
  kind: '公示内容',
  villageId: '村',
  participantId: '承诺人',
  title: '公示标题',
  text: '公示说明',
  startDate: '公示开始日期',
  periodDays: '公示期',
  objectionDays: '异议期',
  reason: '撤回原因',
  publicationId: '公示',
};

const days = z.number().int('应为整数天数').min(1, '至少 1 天').max(60, '不能超过 60 天');

export const publishBody = z.strictObject({
  kind: z.enum(PUBLICATION_KINDS),
  villageId: z.uuid().nullish(),
  participantId: z.uuid().nullish(),
  /** Defaults to a title made from the kind, the village and the year. */
  title: z.string().trim().min(1, '不能为空').max(80, '不能超过 80 个字').optional(),
  /** The plan's text, or a note printed above the pledges; required for the plan and results. */
  text: z.string().trim().max(5000, '不能超过 5000 个字').optional(),
  startDate: isoDate,
  /** Defaults to the campaign config's publicityDays (never under 5). */
  periodDays: days.optional(),
  objectionDays: days.optional(),
});
export type PublishBody = z.infer<typeof publishBody>;

export const withdrawBody = z.strictObject({
  reason: z.string().trim().min(1, '请填写撤回原因').max(500, '不能超过 500 个字'),
});

export const campaignParams = z.strictObject({ campaignId: z.uuid() });
export const idParams = z.strictObject({ id: z.uuid() });
export const villageParams = z.strictObject({ villageId: z.uuid() });
export const townshipParams = z.strictObject({ townshipId: z.uuid() });
export const listQuery = z.strictObject({ villageId: z.uuid().optional() });

const progress = z.object({
  statusLabel: z.string(),
  percent: z.number().nullable(),
  note: z.string().nullable(),
  date: z.string().nullable(),
});

const pledge = z.object({
  id: z.string(),
  category: z.string(),
  title: z.string(),
  content: z.string(),
  completionStandard: z.string(),
  dueDate: z.string(),
  progress: progress.optional(),
});

const set = z.object({
  participantId: z.string(),
  name: z.string(),
  roleLabel: z.string(),
  pledges: z.array(pledge),
});

/** One row of a 考评结果 publication (results-publication.ts), as the public sees it. */
const publishedResult = z.object({
  rank: z.number().nullable(),
  name: z.string(),
  villageName: z.string(),
  posts: z.array(z.string()),
  village: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
  jury: z.number().nullable(),
  inspection: z.number().nullable(),
  composite: z.number().nullable(),
  grade: z.string().nullable(),
  forcedFail: z.boolean(),
  lines: z.array(z.string()),
});

/** The frozen content: the response schema is a whitelist, so nothing else reaches a board. */
export const contentSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('plan'),
    text: z.string(),
    facts: z.array(z.object({ label: z.string(), value: z.string() })),
  }),
  z.object({ kind: z.enum(['pledges', 'progress']), text: z.string().nullable(), sets: z.array(set) }),
  // Results published before they carried the confirmed rows have the text only.
  z.object({
    kind: z.literal('results'),
    text: z.string(),
    setId: z.string().optional(),
    frozenAt: z.string().optional(),
    results: z.array(publishedResult).optional(),
  }),
  z.object({ kind: z.literal('commendation'), text: z.string() }),
  candidatesContent,
]);

/** What the board and the office both show of a publication's period. */
const periodFields = {
  id: z.string(),
  kind: z.enum(PUBLICATION_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  villageName: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  periodDays: z.number(),
  objectionEndDate: z.string(),
  status: z.enum(['scheduled', 'in_period', 'ended', 'withdrawn']),
  statusLabel: z.string(),
  objectionsOpen: z.boolean(),
  objectionCount: z.number(),
};

/** The office's view: who published it, the withdrawal, the allowed actions. */
export const publicationView = z.object({
  ...periodFields,
  villageId: z.string().nullable(),
  participantId: z.string().nullable(),
  publishedBy: z.string(),
  publishedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  content: contentSchema,
  allowedActions: z.array(z.enum(PUBLICATION_ACTIONS)),
});
export type PublicationView = z.infer<typeof publicationView>;

/** A publication on a public board: never who published it or an internal note. */
export const boardPublication = z.object({
  ...periodFields,
  /** Where to write an objection (异议), while objections are open. */
  objectionLink: z.string().nullable(),
  /** The withdrawal's reason is public: villagers saw the notice go. */
  withdrawnReason: z.string().nullable(),
  /** Null once withdrawn: the board keeps the notice's title and reason, not what was taken back. */
  content: contentSchema.nullable(),
});
export type BoardPublication = z.infer<typeof boardPublication>;

const publicPledge = z.object({
  id: z.string(),
  category: z.string(),
  title: z.string(),
  content: z.string(),
  completionStandard: z.string(),
  dueDate: z.string(),
  statusLabel: z.string(),
});

const publicSet = z.object({
  setId: z.string(),
  name: z.string(),
  roleLabel: z.string(),
  approvedAt: z.date().nullable(),
  pledges: z.array(publicPledge),
});

/** An approved pledge on the board, with its progress timeline (newest first; photos without EXIF). */
const boardPledge = publicPledge.extend({ progress: z.array(publicProgressReport) });

const publicCampaign = z.object({ year: z.number(), phase: z.string() }).nullable();

/** The village board in one call: whitelisted field by field, so a new column never leaks. */
export const villageBoardView = z.object({
  village: z.object({ id: z.string(), name: z.string(), township: z.string() }),
  timeZone: z.string(),
  today: z.string(),
  campaign: publicCampaign,
  soliciting: z.array(publicSet),
  approved: z.array(publicSet.extend({ pledges: z.array(boardPledge) })),
  publications: z.array(boardPublication),
  /** The latest 考评结果 of an earlier year of the township (results-board.ts), at most one. */
  earlierResults: z.array(boardPublication),
  links: z.object({ township: z.string(), mailbox: z.string(), poster: z.string() }),
});

export const townshipBoardView = z.object({
  township: z.object({ id: z.string(), name: z.string() }),
  timeZone: z.string(),
  today: z.string(),
  campaign: publicCampaign,
  publications: z.array(boardPublication),
  /** The latest 考评结果 of an earlier year of the township (results-board.ts), at most one. */
  earlierResults: z.array(boardPublication),
  villages: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      link: z.string(),
      cadres: z.number(),
      pledges: z.number(),
      /** Pledges whose latest progress report says 已完成. */
      completed: z.number(),
      publications: z.number(),
    }),
  ),
  /** The whole township's standing pledges and how many are completed. */
  totals: z.object({ pledges: z.number(), completed: z.number() }),
  links: z.object({ mailbox: z.string() }),
});

export const posterView = z.object({
  village: z.object({ id: z.string(), name: z.string(), township: z.string() }),
  year: z.number().nullable(),
  boardUrl: z.string(),
  mailboxUrl: z.string(),
  /** The QR code of boardUrl, an SVG document made on the server. */
  qrSvg: z.string(),
  /** For the office before printing (the public address is not set or not reachable), else null. */
  addressWarning: z.string().nullable(),
});
