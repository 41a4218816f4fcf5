import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import {
  campaigns,
  type JuryRules,
  juryMeetings,
  juryReporters,
  participants,
  persons,
  townships,
  villages,
} from '../../db/schema/index.ts';
import { juryMissingPolicyOf } from '../../domain/campaign-config.ts';
import { POST_LABELS } from '../../domain/roster.ts';

export type MeetingRow = typeof juryMeetings.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;

export const campaignInScope = (db: Queryable, actor: Actor, id: string) =>
  findInScope(db, campaigns, actor.scope, id, '考评活动');

/** `lock`: `true` for update (one writer), `'share'` for share (writers side by side). */
export const meetingInScope = (db: Queryable, actor: Actor, id: string, lock: boolean | 'share' = false) =>
  findInScope(db, juryMeetings, actor.scope, id, '乡集中述职会', { lock });

/** The rules a meeting runs by: frozen at its start, else the campaign's current config. */
export function rulesOf(meeting: MeetingRow, campaign: Pick<CampaignRow, 'config'>): JuryRules {
  if (meeting.rules) return meeting.rules;
  const c = campaign.config;
  return {
    trimMinScores: c.juryTrimMinScores,
    subCriteria: c.jurySubCriteria ?? [],
    missingPolicy: juryMissingPolicyOf(c),
  };
}

export const MISSING_POLICY_LABELS = {
  leave_out: '缺评不计入，按已评分数计算',
  wait: '等待缺评补齐后出结果',
} as const;

export type MeetingContext = {
  meeting: MeetingRow;
  campaign: CampaignRow;
  rules: JuryRules;
  title: string;
  timeZone: string;
};

export async function contextOf(db: Queryable, meeting: MeetingRow): Promise<MeetingContext> {
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, meeting.campaignId));
  const [township] = await db.select().from(townships).where(eq(townships.id, meeting.townshipId));
  return {
    meeting,
    campaign: campaign!,
    rules: rulesOf(meeting, campaign!),
    title: `${township!.name}${campaign!.year}年度村干部乡集中述职会`,
    timeZone: township!.timeZone,
  };
}

export const postsOf = (p: { isSecretary: boolean; isDirector: boolean }) =>
  [p.isSecretary && POST_LABELS.party_secretary, p.isDirector && POST_LABELS.committee_director]
    .filter(Boolean)
    .join('、');

/** The meeting's reporters in order, with their names, villages and posts. */
export async function reporterRows(db: Queryable, meetingId: string) {
  return db
    .select({
      reporter: juryReporters,
      name: persons.name,
      villageName: villages.name,
      isSecretary: participants.isSecretary,
      isDirector: participants.isDirector,
      personId: participants.personId,
    })
    .from(juryReporters)
    .innerJoin(participants, eq(participants.id, juryReporters.participantId))
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, juryReporters.villageId))
    .where(eq(juryReporters.meetingId, meetingId))
    .orderBy(asc(juryReporters.position));
}
export type ReporterRow = Awaited<ReturnType<typeof reporterRows>>[number];

export async function villageNamesOf(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(and(inArray(villages.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
