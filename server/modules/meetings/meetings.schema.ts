import { z } from 'zod';
import { MEETING_ACTIONS } from '../../domain/policies/meeting.ts';
import { MEETING_KINDS } from '../../domain/voting/meeting-kinds.ts';
import { isoDateTime } from '../../http/date-fields.ts';

export const fieldLabels: Record<string, string> = {
  villageId: '村',
  kind: '会议类型',
  title: '标题',
  startsAt: '会议时间',
  place: '地点',
  host: '主持人',
  hostUserId: '主持人账号',
  chair: '主持单位（村务监督委员会）',
  counters: '计票人',
  scrutineers: '监票人',
  campaignId: '考评年度',
  eligible: '应到人数',
  attendance: '实到人数',
  householdsRepresented: '到会户代表数',
  minutes: '会议记录',
};

const name = z.string().trim().min(1, '不能为空').max(50);
const people = z.array(name).max(20);

export const createMeetingBody = z.strictObject({
  villageId: z.uuid(),
  kind: z.enum(MEETING_KINDS),
  title: z.string().trim().min(1, '请填写标题').max(100),
  startsAt: isoDateTime,
  place: z.string().trim().min(1, '请填写地点').max(100),
  host: name,
  /** The host's account (certifies the meeting's votes as host); may be recorded later. */
  hostUserId: z.uuid().optional(),
  chair: name.optional(),
  counters: people,
  scrutineers: people,
  campaignId: z.uuid().optional(),
  /** Only for kinds whose 应到 the village's numbers do not give (两委会议, 乡集中述职会). */
  eligible: z.int().min(1).max(1_000_000).optional(),
});
export type CreateMeetingBody = z.infer<typeof createMeetingBody>;

export const patchMeetingBody = z.strictObject({
  startsAt: isoDateTime.optional(),
  attendance: z.int().min(0).max(1_000_000).optional(),
  householdsRepresented: z.int().min(0).max(1_000_000).optional(),
  minutes: z.string().max(20_000).optional(),
  place: z.string().trim().min(1, '请填写地点').max(100).optional(),
  host: name.optional(),
  hostUserId: z.uuid().optional(),
  chair: name.optional(),
  counters: people.optional(),
  scrutineers: people.optional(),
});
export type PatchMeetingBody = z.infer<typeof patchMeetingBody>;

export const meetingListQuery = z.strictObject({
  villageId: z.uuid().optional(),
  campaignId: z.uuid().optional(),
});

export const idParams = z.strictObject({ id: z.uuid() });

export const hostCandidatesQuery = z.strictObject({ villageId: z.uuid() });
export const hostCandidate = z.object({ userId: z.string(), displayName: z.string(), roleLabel: z.string() });

export const meetingView = z.object({
  id: z.string(),
  townshipId: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  campaignId: z.string().nullable(),
  kind: z.enum(MEETING_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  startsAt: z.date(),
  place: z.string(),
  host: z.string(),
  hostUserId: z.string().nullable(),
  /** The host account's display name. */
  hostAccountName: z.string().nullable(),
  chair: z.string().nullable(),
  counters: z.array(z.string()),
  scrutineers: z.array(z.string()),
  eligible: z.number(),
  households: z.number(),
  attendance: z.number().nullable(),
  householdsRepresented: z.number().nullable(),
  minutes: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** What the caller may do to this meeting now: the web shows its buttons from this. */
  allowedActions: z.array(z.enum(MEETING_ACTIONS)),
  lockedReason: z.string().nullable(),
});

export const quorumView = z.object({
  rule: z.string(),
  required: z.number(),
  requiredHouseholds: z.number().nullable(),
  present: z.number().nullable(),
  met: z.boolean(),
});

export const pollSummary = z.object({
  id: z.string(),
  title: z.string(),
  purpose: z.string(),
  status: z.string(),
  codesIssued: z.number(),
  correctsPollId: z.string().nullable(),
});

export const meetingDetail = z.object({
  meeting: meetingView,
  quorum: quorumView,
  polls: z.array(pollSummary),
});
