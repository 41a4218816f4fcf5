import { z } from 'zod';
import { ELECTION_POSTS } from '../../domain/elections.ts';
import { ELECTION_ACTIONS } from '../../domain/policies/election.ts';
import { isoDate } from '../../http/date-fields.ts';
import { pledgeBody, fieldLabels as pledgeLabels } from '../pledges/pledges.schema.ts';

export const fieldLabels: Record<string, string> = {
  category: pledgeLabels.category!,
  title: pledgeLabels.title!,
  content: pledgeLabels.content!,
  completionStandard: pledgeLabels.completionStandard!,
  dueDate: pledgeLabels.dueDate!,
  villageId: '村',
  electionDate: '选举日期',
  posts: '选举职务',
  personId: '候选人',
  name: '候选人姓名',
  post: '竞选职务',
  speech: '竞聘演讲',
  speechDate: '演讲日期',
  pledges: '公开承诺',
  electedIds: '当选人',
  electionId: '换届选举',
};

export const campaignParams = z.strictObject({ campaignId: z.uuid() });
export const electionParams = z.strictObject({ electionId: z.uuid() });

export const electionBody = z.strictObject({
  villageId: z.uuid(),
  electionDate: isoDate,
  posts: z.array(z.enum(ELECTION_POSTS)).min(1, '请至少选择一个职务').max(2),
});
export type ElectionBody = z.infer<typeof electionBody>;

/** A candidate with their 竞聘演讲 and public pledges, in the pledge module's own fields. */
export const candidateBody = z
  .strictObject({
    /** An existing cadre of the village keeps their identity; otherwise a new person by name. */
    personId: z.uuid().optional(),
    name: z.string().trim().min(1, '不能为空').max(30, '不能超过 30 个字').optional(),
    post: z.enum(ELECTION_POSTS),
    speech: z.string().trim().min(1, '不能为空').max(5000, '不能超过 5000 个字'),
    speechDate: isoDate,
    pledges: z.array(pledgeBody).min(1, '请至少填写一项公开承诺').max(20, '不能超过 20 项'),
  })
  .refine((b) => b.personId || b.name, { message: '请选择现任村干部或填写姓名', path: ['name'] });
export type CandidateBody = z.infer<typeof candidateBody>;

export const resultsBody = z.strictObject({ electedIds: z.array(z.uuid()).max(10) });

const candidatePledge = z.object({
  category: z.string(),
  title: z.string(),
  content: z.string(),
  completionStandard: z.string(),
  dueDate: z.string(),
});

const candidate = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  post: z.enum(ELECTION_POSTS),
  postLabel: z.string(),
  speech: z.string(),
  speechDate: z.string(),
  elected: z.boolean().nullable(),
  pledges: z.array(candidatePledge),
});

const election = z.object({
  id: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  electionDate: z.string(),
  posts: z.array(z.enum(ELECTION_POSTS)),
  postLabels: z.array(z.string()),
  resultsRecorded: z.boolean(),
  candidates: z.array(candidate),
  /** The village's sitting cadres, to pick a candidate who keeps their identity. */
  cadres: z.array(z.object({ personId: z.string(), name: z.string() })),
  allowedActions: z.array(z.enum(ELECTION_ACTIONS)),
});

export const electionsView = z.object({
  elections: z.array(election),
  /** The township's villages without an election recorded this year. */
  villages: z.array(z.object({ id: z.string(), name: z.string() })),
  canCreate: z.boolean(),
  /** The year's 承诺类别, which a candidate's pledges use too. */
  categories: z.array(z.string()),
});
export type ElectionsView = z.infer<typeof electionsView>;
export type ElectionView = z.infer<typeof election>;

/** 候选人竞职承诺 as a publication freezes it (publications: kind 'candidates'). */
export const candidatesContent = z.object({
  kind: z.literal('candidates'),
  text: z.string().nullable(),
  electionDate: z.string(),
  postLabels: z.array(z.string()),
  candidates: z.array(
    candidate.pick({ name: true, postLabel: true, speech: true, speechDate: true, pledges: true }),
  ),
});
export type CandidatesContent = z.infer<typeof candidatesContent>;
