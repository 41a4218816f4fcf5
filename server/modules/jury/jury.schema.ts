import { z } from 'zod';
import {
  JUROR_CATEGORIES,
  JUROR_CATEGORY_LABELS,
  JURY_MEETING_STATUSES,
  REPORTER_STATUSES,
  TIE_SOURCES,
} from '../../domain/evaluation/jury-categories.ts';
import { CORRECTION_ACTIONS, JUROR_ACTIONS, JURY_MEETING_ACTIONS } from '../../domain/policies/jury.ts';
import { isoDateTime } from '../../http/date-fields.ts';

export const fieldLabels: Record<string, string> = {
  campaignId: '考评活动',
  meetingId: '述职会',
  heldAt: '述职会时间',
  place: '述职会地点',
  personId: '人员',
  category: '评委类别',
  jurorId: '评委',
  jurorIds: '评委',
  villageIds: '关联的村',
  villageId: '村',
  note: '说明',
  participantIds: '述职顺序',
  reporterId: '述职人',
  total: '评分',
  parts: '细项评分',
  entries: '评分表',
  code: '签到码',
  scoreId: '评分',
  reason: '更正理由',
};

const id = z.uuid('编号格式不正确');
const choices = JUROR_CATEGORIES.map((c) => JUROR_CATEGORY_LABELS[c]).join('、');
/** A score as typed: checked against 0..max and two decimals by the service (it knows the max). */
const score = z.number({ error: '请填写分数（数字）' });

export const campaignParams = z.strictObject({ campaignId: id });
export const meetingParams = z.strictObject({ meetingId: id });
export const idParams = z.strictObject({ id });

export const meetingBody = z.strictObject({
  heldAt: isoDateTime,
  place: z.string().trim().min(1, '请填写地点').max(100),
});
export type MeetingBody = z.infer<typeof meetingBody>;

export const jurorBody = z.strictObject({
  personId: id,
  category: z.enum(JUROR_CATEGORIES, { error: `只能是：${choices}` }),
});
export type JurorBody = z.infer<typeof jurorBody>;

export const tiesBody = z.strictObject({ villageIds: z.array(id).max(100) });
export const declareTieBody = z.strictObject({
  villageId: id,
  note: z.string().trim().max(200).optional(),
});
export const orderBody = z.strictObject({
  participantIds: z.array(id).min(1, '请至少安排一位述职人').max(500),
});
export const slipsBody = z.strictObject({ jurorIds: z.array(id).min(1, '请选择评委').max(200) });
export const signInBody = z.strictObject({ code: z.string().trim().min(10, '签到码不正确').max(100) });

/** One score: a total, or the sub-criteria values in the configured order (the total is their sum). */
export const scoreValue = z.strictObject({
  total: score.optional(),
  parts: z.array(score).max(10).optional(),
});
export type ScoreValue = z.infer<typeof scoreValue>;
export const scoreBody = scoreValue.extend({ reporterId: id });
export type ScoreBody = z.infer<typeof scoreBody>;

export const paperBody = z.strictObject({
  reporterId: id,
  entries: z
    .array(scoreValue.extend({ jurorId: id }))
    .min(1, '请至少录入一位评委的评分')
    .max(200),
});
export type PaperBody = z.infer<typeof paperBody>;

export const correctionBody = scoreValue.extend({
  scoreId: id,
  reason: z.string().trim().min(2, '请写明更正理由').max(200),
});
export type CorrectionBody = z.infer<typeof correctionBody>;

const criterion = z.object({ name: z.string(), maxScore: z.number() });

export const rulesView = z.object({
  trimMinScores: z.number(),
  subCriteria: z.array(criterion),
  missingPolicy: z.enum(['leave_out', 'wait']),
  missingPolicyLabel: z.string(),
});

const resultView = z.object({
  score: z.number().nullable(),
  complete: z.boolean(),
  counted: z.number(),
  recused: z.number(),
  missing: z.number(),
  trimmed: z.boolean(),
  rule: z.string(),
});

export const jurorView = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  villageName: z.string(),
  category: z.enum(JUROR_CATEGORIES),
  categoryLabel: z.string(),
  alias: z.string().nullable(),
  /** The account: a juror account, or one opened for the QR slip. */
  username: z.string().nullable(),
  signIn: z.enum(['account', 'slip', 'slip_used', 'slip_void', 'none']),
  signInLabel: z.string(),
  ties: z.array(
    z.object({
      villageId: z.string(),
      villageName: z.string(),
      source: z.enum(TIE_SOURCES),
      sourceLabel: z.string(),
    }),
  ),
});

export const reporterView = z.object({
  id: z.string(),
  participantId: z.string(),
  position: z.number(),
  name: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  posts: z.string(),
  status: z.enum(REPORTER_STATUSES),
  statusLabel: z.string(),
  scored: z.number(),
  expected: z.number(),
  /** Paper entries keyed in once, or twice but different (never their values). */
  paperPending: z.number(),
  paperMismatch: z.number(),
  result: resultView,
});

export const correctionView = z.object({
  id: z.string(),
  reporterName: z.string(),
  jurorAlias: z.string().nullable(),
  oldTotal: z.number(),
  newTotal: z.number(),
  reason: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  confirmedByName: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  allowedActions: z.array(z.enum(CORRECTION_ACTIONS)),
});

export const meetingView = z.object({
  id: z.string(),
  campaignId: z.string(),
  year: z.number(),
  title: z.string(),
  heldAt: z.string(),
  heldAtText: z.string(),
  place: z.string(),
  status: z.enum(JURY_MEETING_STATUSES),
  statusLabel: z.string(),
  rules: rulesView,
  currentReporterId: z.string().nullable(),
  jurors: z.array(jurorView),
  reporters: z.array(reporterView),
  corrections: z.array(correctionView),
  allowedActions: z.array(z.enum(JURY_MEETING_ACTIONS)),
});
export type MeetingView = z.infer<typeof meetingView>;

export const meetingOfCampaign = z.object({
  meeting: meetingView.nullable(),
  allowedActions: z.array(z.literal('create')),
});

export const candidateView = z.object({
  participantId: z.string(),
  name: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  posts: z.string(),
  /** Barred by the village evaluation (民主测评 不合格): cannot report. */
  unqualified: z.boolean(),
});

export const personOption = z.object({
  personId: z.string(),
  name: z.string(),
  villageName: z.string(),
  hasJurorAccount: z.boolean(),
});

export const slipView = z.object({
  jurorId: z.string(),
  name: z.string(),
  categoryLabel: z.string(),
  /** The one-time sign-in code, shown on this slip only (the server keeps only its hash). */
  code: z.string(),
});
export const slipsResult = z.object({
  meetingTitle: z.string(),
  heldAtText: z.string(),
  place: z.string(),
  slips: z.array(slipView),
});

export const accountSlip = z.object({ username: z.string(), firstPassword: z.string(), name: z.string() });

export const paperResult = z.object({
  entered: z.number(),
  /** Scores that now count: both entries agree. */
  agreed: z.number(),
  /** Entries waiting for the other account's entry. */
  waiting: z.number(),
  /** Entries that disagree with the other account's: key the sheet again. */
  mismatched: z.array(z.object({ jurorId: z.string(), name: z.string() })),
});

export const myMeetingView = z.object({
  meeting: z
    .object({
      id: z.string(),
      title: z.string(),
      heldAtText: z.string(),
      place: z.string(),
      status: z.enum(JURY_MEETING_STATUSES),
      statusLabel: z.string(),
      subCriteria: z.array(criterion),
      jurorName: z.string(),
      categoryLabel: z.string(),
      scoredCount: z.number(),
      reporterCount: z.number(),
      current: z
        .object({
          reporterId: z.string(),
          position: z.number(),
          name: z.string(),
          villageName: z.string(),
          posts: z.string(),
          recused: z.boolean(),
          /** The juror's own submitted score of the current reporter (never anyone else's). */
          mine: z.object({ total: z.number(), parts: z.array(z.number()).nullable() }).nullable(),
          allowedActions: z.array(z.enum(JUROR_ACTIONS)),
        })
        .nullable(),
      /** Villages of the reporters, to declare a tie with; `tied` when already tied. */
      villages: z.array(
        z.object({ id: z.string(), name: z.string(), tied: z.boolean(), canDeclare: z.boolean() }),
      ),
    })
    .nullable(),
});

export const submittedScore = z.object({
  reporterId: z.string(),
  total: z.number(),
  parts: z.array(z.number()).nullable(),
});

export const screenView = z.object({
  meetingId: z.string(),
  title: z.string(),
  heldAtText: z.string(),
  place: z.string(),
  status: z.enum(JURY_MEETING_STATUSES),
  statusLabel: z.string(),
  jurorCount: z.number(),
  current: z
    .object({
      position: z.number(),
      name: z.string(),
      villageName: z.string(),
      posts: z.string(),
      scored: z.number(),
      expected: z.number(),
      recused: z.number(),
    })
    .nullable(),
  reporters: z.array(
    z.object({
      position: z.number(),
      name: z.string(),
      villageName: z.string(),
      status: z.enum(REPORTER_STATUSES),
      /** Only once complete (当场公布结果). */
      score: z.number().nullable(),
      recused: z.number(),
      counted: z.number(),
      trimmed: z.boolean(),
      /** A score of theirs was changed by a confirmed correction after the result was shown. */
      corrected: z.boolean(),
    }),
  ),
  rule: z.string(),
});
export type ScreenView = z.infer<typeof screenView>;

const flagView = z.object({
  kind: z.enum(['outside_band', 'extremes', 'favours_village']),
  text: z.string(),
});

export const monitorView = z.object({
  jurors: z.array(
    z.object({
      jurorId: z.string(),
      name: z.string(),
      alias: z.string().nullable(),
      categoryLabel: z.string(),
      scored: z.number(),
      compared: z.number(),
      meanDeviation: z.number().nullable(),
      meanAbsDeviation: z.number().nullable(),
      outside: z.number(),
      highest: z.number(),
      lowest: z.number(),
      flags: z.array(flagView),
    }),
  ),
  rule: z.string(),
});

export const jurorReportView = z.object({
  title: z.string(),
  heldAtText: z.string(),
  jurorCount: z.number(),
  reporterCount: z.number(),
  jurors: z.array(
    z.object({
      alias: z.string(),
      scored: z.number(),
      recused: z.number(),
      dropped: z.number(),
      meanScore: z.number().nullable(),
      meanDeviation: z.number().nullable(),
      meanAbsDeviation: z.number().nullable(),
      highest: z.number(),
      lowest: z.number(),
      flags: z.array(z.string()),
    }),
  ),
  note: z.string(),
});

export const reporterScoresView = z.object({
  reporterId: z.string(),
  name: z.string(),
  scores: z.array(
    z.object({
      scoreId: z.string(),
      jurorId: z.string(),
      jurorName: z.string(),
      alias: z.string().nullable(),
      total: z.number(),
      parts: z.array(z.number()).nullable(),
      source: z.enum(['phone', 'paper']),
      sourceLabel: z.string(),
    }),
  ),
});

export const okResult = z.object({ ok: z.literal(true) });
