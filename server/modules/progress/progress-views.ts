import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import {
  participants,
  persons,
  pledgeSets,
  pledges,
  progressReports,
  villages,
} from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { workedVillages } from '../../db/worked-villages.ts';
import { formatLocalDateTime, localToday } from '../../domain/local-time.ts';
import { campaignProgressActions, progressActions } from '../../domain/policies/progress.ts';
import { sortByVillage } from '../../domain/village-order.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import { fileView } from '../files/file-views.ts';
import { type AttachedFile, filesOf } from '../files/files.service.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { PROGRESS_SUBJECT, type ReportRow } from './progress.service.ts';
import { allowedProgressActions, type PledgeContext, pledgeContext } from './progress-access.ts';

const REPORTER_WORDS: Record<string, (name: string) => string> = {
  village_cadre: () => '本人填报',
  village_clerk: (name) => `${name}代填`,
  township_office: () => '乡考评办更新',
};

const reporterOf = (r: ReportRow) => REPORTER_WORDS[r.reporterRole]?.(r.reportedByName) ?? r.reportedByName;

const latestOf = (reports: ReportRow[]) => {
  const r = reports[0];
  return r ? { status: r.status, percent: r.percent, reportDate: r.reportDate } : null;
};

/** A pledge's reports, newest first (by date, then by entry). */
export const reportsOf = (db: Queryable, pledgeIds: string[]) =>
  pledgeIds.length === 0
    ? Promise.resolve([] as ReportRow[])
    : db
        .select()
        .from(progressReports)
        .where(inArray(progressReports.pledgeId, pledgeIds))
        .orderBy(desc(progressReports.reportDate), desc(progressReports.createdAt));

const head = (c: Pick<PledgeContext, 'pledge' | 'campaign' | 'cadreName' | 'villageName'>) => ({
  id: c.pledge.id,
  campaignId: c.pledge.campaignId,
  year: c.campaign.year,
  villageId: c.pledge.villageId,
  villageName: c.villageName,
  cadreName: c.cadreName,
  category: c.pledge.category,
  title: c.pledge.title,
  completionStandard: c.pledge.completionStandard,
  dueDate: c.pledge.dueDate,
});

/** One pledge's timeline as staff see it, with the caller's allowed actions. */
export async function pledgeProgress(db: Queryable, actor: Actor, pledgeId: string) {
  const context = await pledgeContext(db, actor.scope, pledgeId);
  const reports = await reportsOf(db, [pledgeId]);
  const attached = await filesOf(
    db,
    PROGRESS_SUBJECT,
    reports.map((r) => r.id),
  );
  const zone = await townshipZone(db, context.pledge.townshipId);
  return {
    pledge: { ...head(context), content: context.pledge.content },
    latest: latestOf(reports),
    reports: reports.map((r) => {
      const list = attached.get(r.id) ?? [];
      return {
        id: r.id,
        status: r.status,
        percent: r.percent,
        reportDate: r.reportDate,
        note: r.note,
        internalNote: r.internalNote,
        reporter: reporterOf(r),
        reportedAt: formatLocalDateTime(r.createdAt, zone),
        photos: list.filter((f) => f.kind === 'photo').map(fileView),
        documents: list.filter((f) => f.kind === 'document').map(fileView),
      };
    }),
    allowedActions: allowedProgressActions(actor, context),
    today: localToday(zone),
  };
}

/** The approved, standing pledges of a campaign in the villages the caller works on, in village code order. */
export async function approvedPledges(db: Queryable, actor: Actor, campaignId: string, villageId?: string) {
  const rows = await db
    .select({
      pledge: pledges,
      setStatus: pledgeSets.status,
      participant: participants,
      cadreName: persons.name,
      villageName: villages.name,
      villageCode: villages.code,
    })
    .from(pledges)
    .innerJoin(pledgeSets, eq(pledgeSets.id, pledges.setId))
    .innerJoin(participants, eq(participants.id, pledges.participantId))
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, pledges.villageId))
    .where(
      and(
        eq(pledges.campaignId, campaignId),
        eq(pledgeSets.status, 'approved'),
        eq(pledges.status, 'confirmed'),
        scopeWhere(actor.scope, tenantCols(pledges)),
        workedVillages(actor, pledges.villageId),
        villageId ? eq(pledges.villageId, villageId) : undefined,
      ),
    )
    .orderBy(desc(participants.isSecretary), asc(persons.name), asc(pledges.position));
  return sortByVillage(rows, (r) => ({ code: r.villageCode, name: r.villageName }));
}

const countFiles = (reports: ReportRow[], attached: Map<string, AttachedFile[]>) => {
  const list = reports.flatMap((r) => attached.get(r.id) ?? []);
  const photos = list.filter((f) => f.kind === 'photo');
  return { photoCount: photos.length, reuseFlags: photos.reduce((n, f) => n + f.reuseFlags, 0) };
};

/** The campaign's approved pledges with their latest progress: the page a cadre, clerk or the office starts from. */
export async function progressList(db: Queryable, actor: Actor, campaignId: string, villageId?: string) {
  const campaign = await findCampaign(db, actor.scope, campaignId);
  const rows = await approvedPledges(db, actor, campaignId, villageId);
  const reports = await reportsOf(
    db,
    rows.map((r) => r.pledge.id),
  );
  const attached = await filesOf(
    db,
    PROGRESS_SUBJECT,
    reports.map((r) => r.id),
  );
  const campaignFacts = { year: campaign.year, phase: campaign.phase };
  const actorFacts = { role: actor.role, personId: actor.personId };
  return {
    campaign: { id: campaign.id, year: campaign.year, phase: campaign.phase },
    pledges: rows.map((r) => {
      const own = reports.filter((x) => x.pledgeId === r.pledge.id);
      return {
        ...head({ pledge: r.pledge, campaign, cadreName: r.cadreName, villageName: r.villageName }),
        latest: latestOf(own),
        reportCount: own.length,
        ...countFiles(own, attached),
        mine: actor.personId !== null && actor.personId === r.participant.personId,
        allowedActions: progressActions({
          actor: actorFacts,
          campaign: campaignFacts,
          participant: { personId: r.participant.personId, excluded: r.participant.excluded },
          setStatus: r.setStatus,
          pledgeStatus: r.pledge.status,
        }),
      };
    }),
    allowedActions: campaignProgressActions({ actor: actorFacts, campaign: campaignFacts }),
  };
}
