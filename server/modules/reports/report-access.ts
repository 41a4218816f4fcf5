import { and, asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import {
  participants,
  persons,
  pledgeSets,
  pledges,
  villages,
  yearEndReports,
  yearEndReportVersions,
} from '../../db/schema/index.ts';
import { roleLabel } from '../../domain/participants.ts';
import type { PolicyRefusal } from '../../domain/policies/pledge.ts';
import {
  type ReportAction,
  type ReportFacts,
  reportActions,
  reportRefusal,
} from '../../domain/policies/report.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { type ParticipantRow, participantInScope } from '../pledges/pledge-access.ts';
import { townshipZone } from '../pledges/township-zone.ts';

export type ReportRow = typeof yearEndReports.$inferSelect;
export type VersionRow = typeof yearEndReportVersions.$inferSelect;
export type ReportPledge = Pick<
  typeof pledges.$inferSelect,
  'id' | 'category' | 'title' | 'content' | 'completionStandard' | 'dueDate'
>;

/** A participant's report with everything its rules and views read. */
export type ReportContext = {
  participant: ParticipantRow;
  campaign: CampaignRow;
  report: ReportRow | null;
  /** The confirmed pledges of the approved set, in their order. */
  pledges: ReportPledge[];
  name: string;
  villageName: string;
  posts: string;
  timeZone: string;
};

/** The confirmed pledges of a participant's approved set (none while the set is not approved). */
export async function approvedPledgesOf(db: Queryable, participantId: string): Promise<ReportPledge[]> {
  return db
    .select({
      id: pledges.id,
      category: pledges.category,
      title: pledges.title,
      content: pledges.content,
      completionStandard: pledges.completionStandard,
      dueDate: pledges.dueDate,
    })
    .from(pledges)
    .innerJoin(pledgeSets, eq(pledgeSets.id, pledges.setId))
    .where(
      and(
        eq(pledges.participantId, participantId),
        eq(pledgeSets.status, 'approved'),
        eq(pledges.status, 'confirmed'),
      ),
    )
    .orderBy(asc(pledges.position));
}

/** The participant in the caller's scope (404 outside it), with the report (locked with `lock`). */
export async function reportContext(
  db: Queryable,
  actor: Actor,
  participantId: string,
  lock = false,
): Promise<ReportContext> {
  const participant = await participantInScope(db, actor.scope, participantId);
  const campaign = await findCampaign(db, actor.scope, participant.campaignId);
  return contextOf(db, participant, campaign, lock);
}

/** A participant's report context (no scope check: for the caller's checked participant, or the archive). */
export async function contextOf(
  db: Queryable,
  participant: ParticipantRow,
  campaign: CampaignRow,
  lock = false,
): Promise<ReportContext> {
  const query = db.select().from(yearEndReports).where(eq(yearEndReports.participantId, participant.id));
  const [report] = lock ? await query.for('update') : await query;
  const [who] = await db
    .select({ name: persons.name, village: villages.name })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, participants.villageId))
    .where(eq(participants.id, participant.id));
  return {
    participant,
    campaign,
    report: report ?? null,
    pledges: await approvedPledgesOf(db, participant.id),
    name: who?.name ?? '',
    villageName: who?.village ?? '',
    posts: roleLabel(participant.isSecretary, participant.isDirector),
    timeZone: await townshipZone(db, participant.townshipId),
  };
}

export const versionsOf = (db: Queryable, reportId: string) =>
  db
    .select()
    .from(yearEndReportVersions)
    .where(eq(yearEndReportVersions.reportId, reportId))
    .orderBy(desc(yearEndReportVersions.version));

export const reportFacts = (
  actor: Actor,
  c: Pick<ReportContext, 'participant' | 'campaign' | 'report'>,
): ReportFacts => ({
  actor: { role: actor.role, personId: actor.personId, contactVillageIds: actor.contactVillageIds },
  campaign: { year: c.campaign.year, phase: c.campaign.phase },
  participant: {
    personId: c.participant.personId,
    villageId: c.participant.villageId,
    excluded: c.participant.excluded,
  },
  status: c.report?.status ?? null,
});

export const allowedReportActions = (
  actor: Actor,
  c: Pick<ReportContext, 'participant' | 'campaign' | 'report'>,
) => reportActions(reportFacts(actor, c));

/** The policy's refusal of `action` as the error a use case throws. */
export function assertAllowed(actor: Actor, c: ReportContext, action: ReportAction) {
  const refused: PolicyRefusal | null = reportRefusal(reportFacts(actor, c), action);
  if (refused) throw new AppError(refused.kind, refused.code, refused.message);
}
