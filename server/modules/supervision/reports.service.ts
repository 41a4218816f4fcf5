import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { type Actor, asAuditActor, type Scope } from '../../core/actor.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import {
  participants,
  persons,
  pledgeSets,
  pledges,
  supervisionReports,
  villages,
} from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { pledgeSupervisionActions, pledgeSupervisionRefusal } from '../../domain/policies/supervision.ts';
import { ASSESSMENT_LABELS } from '../../domain/supervision/kinds.ts';
import { compareVillages } from '../../domain/village-order.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { fileView } from '../files/file-views.ts';
import { attachFiles, filesOf, storeUploads } from '../files/files.service.ts';
import type { PreparedFile } from '../files/uploads.ts';
import type { ReportBody } from './supervision.schema.ts';
import {
  campaignContext,
  checkRecordDate,
  contextOfRecord,
  villageNames,
  workedVillages,
} from './supervision-context.ts';
import { supervisorOf, villagesSupervisedBy } from './supervisors.service.ts';

type ReportRow = typeof supervisionReports.$inferSelect;
/** The file store's subject type of a report's photos (staff-only evidence: never declared public). */
export const REPORT_FILES = 'supervision_report';

/** Pledges a supervisor watches: confirmed items of sets the township approved. */
const approvedPledge = and(eq(pledges.status, 'confirmed'), eq(pledgeSets.status, 'approved'));

function pledgeRows(db: Queryable, where: SQL | undefined) {
  return db
    .select({
      pledge: pledges,
      cadreName: persons.name,
      villageName: villages.name,
      villageCode: villages.code,
      setStatus: pledgeSets.status,
    })
    .from(pledges)
    .innerJoin(pledgeSets, eq(pledgeSets.id, pledges.setId))
    .innerJoin(participants, eq(participants.id, pledges.participantId))
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, pledges.villageId))
    .where(where)
    .orderBy(asc(pledges.position));
}

/** The approved pledges of the campaign the caller sees, with their supervision so far and whether they may report. */
export async function supervisedPledges(db: Queryable, actor: Actor, campaignId: string, villageId?: string) {
  const ctx = await campaignContext(db, actor, campaignId);
  const rows = await pledgeRows(
    db,
    and(
      eq(pledges.campaignId, campaignId),
      approvedPledge,
      scopeWhere(actor.scope, tenantCols(pledges)),
      workedVillages(actor, pledges.villageId),
      villageId ? eq(pledges.villageId, villageId) : undefined,
    ),
  );
  const reports = await db
    .select()
    .from(supervisionReports)
    .where(
      and(
        eq(supervisionReports.campaignId, campaignId),
        scopeWhere(actor.scope, tenantCols(supervisionReports)),
      ),
    )
    .orderBy(asc(supervisionReports.observedOn), asc(supervisionReports.createdAt));
  const supervised =
    actor.role === 'supervisor' ? await villagesSupervisedBy(db, actor.userId, ctx.today) : new Set();
  const sorted = rows.sort(
    (a, b) =>
      compareVillages(
        { code: a.villageCode, name: a.villageName },
        { code: b.villageCode, name: b.villageName },
      ) || a.cadreName.localeCompare(b.cadreName, 'zh-Hans-CN'),
  );
  return sorted.map(({ pledge: p, cadreName, villageName }) => {
    const own = reports.filter((r) => r.pledgeId === p.id);
    const latest = own.at(-1) ?? null;
    return {
      id: p.id,
      villageId: p.villageId,
      villageName,
      cadreName,
      category: p.category,
      title: p.title,
      completionStandard: p.completionStandard,
      dueDate: p.dueDate,
      reports: own.length,
      latestAssessment: latest?.assessment ?? null,
      latestAssessmentLabel: latest ? ASSESSMENT_LABELS[latest.assessment] : null,
      latestObservedOn: latest?.observedOn ?? null,
      allowedActions: pledgeSupervisionActions({
        actor,
        phase: ctx.campaign.phase,
        approved: true,
        supervisorInTerm: supervised.has(p.villageId),
      }),
    };
  });
}

/** Files a supervisor's report on one approved pledge of their village. */
export async function fileReport(
  tx: Tx,
  actor: Actor,
  pledgeId: string,
  body: ReportBody,
  photos: PreparedFile[] = [],
) {
  const pledge = await findInScope(tx, pledges, actor.scope, pledgeId, '承诺事项');
  const ctx = await contextOfRecord(tx, pledge.campaignId);
  const [set] = await tx
    .select({ status: pledgeSets.status })
    .from(pledgeSets)
    .where(eq(pledgeSets.id, pledge.setId));
  const supervisor = await supervisorOf(tx, actor.userId, pledge.villageId, ctx.today);
  const refusal = pledgeSupervisionRefusal(
    {
      actor,
      phase: ctx.campaign.phase,
      approved: pledge.status === 'confirmed' && set?.status === 'approved',
      supervisorInTerm: supervisor !== null,
    },
    'report',
  );
  if (refusal) throw refusal;
  checkRecordDate('observedOn', '监督日期', body.observedOn, ctx);
  const [row] = await tx
    .insert(supervisionReports)
    .values({
      countyId: pledge.countyId,
      townshipId: pledge.townshipId,
      villageId: pledge.villageId,
      campaignId: pledge.campaignId,
      pledgeId: pledge.id,
      supervisorId: supervisor!.id,
      authorName: actor.displayName,
      observedOn: body.observedOn,
      observation: body.observation,
      assessment: body.assessment,
    })
    .returning();
  const stored = await storeUploads(tx, actor, photos, {
    purpose: 'supervision',
    villageId: pledge.villageId,
  });
  await attachFiles(tx, stored, {
    subjectType: REPORT_FILES,
    subjectId: row!.id,
    countyId: row!.countyId,
    townshipId: row!.townshipId,
    villageId: row!.villageId,
    campaignId: row!.campaignId,
    pledgeId: row!.pledgeId,
    year: ctx.campaign.year,
  });
  await appendAudit(tx, asAuditActor(actor), {
    action: 'supervision_report.create',
    entity: 'supervision_report',
    entityId: row!.id,
    countyId: row!.countyId,
    townshipId: row!.townshipId,
    after: { ...row, fileIds: stored.map((f) => f.id) },
  });
  return (await presentReports(tx, [row!]))[0]!;
}

async function presentReports(db: Queryable, rows: ReportRow[]) {
  const names = await villageNames(
    db,
    rows.map((r) => r.villageId),
  );
  const pledgeIds = [...new Set(rows.map((r) => r.pledgeId))];
  const info = new Map<string, { title: string; cadreName: string }>();
  for (const id of pledgeIds) {
    const [p] = await pledgeRows(db, eq(pledges.id, id));
    if (p) info.set(id, { title: p.pledge.title, cadreName: p.cadreName });
  }
  const photos = await filesOf(
    db,
    REPORT_FILES,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    villageId: r.villageId,
    villageName: names.get(r.villageId) ?? '',
    pledgeId: r.pledgeId,
    pledgeTitle: info.get(r.pledgeId)?.title ?? '',
    cadreName: info.get(r.pledgeId)?.cadreName ?? '',
    authorName: r.authorName,
    observedOn: r.observedOn,
    observation: r.observation,
    assessment: r.assessment,
    assessmentLabel: ASSESSMENT_LABELS[r.assessment],
    photos: (photos.get(r.id) ?? []).map(fileView),
    createdAt: r.createdAt,
  }));
}

export type ReportFilter = { villageId?: string; pledgeId?: string };

/**
 * THE read of supervision reports: a campaign's reports inside a scope, newest first. The office
 * reads its township's; the inspection team (考察组) will read the same through this function.
 */
export async function readSupervisionReports(
  db: Queryable,
  scope: Scope,
  campaignId: string,
  filter: ReportFilter & { extra?: SQL } = {},
) {
  const rows = await db
    .select()
    .from(supervisionReports)
    .where(
      and(
        eq(supervisionReports.campaignId, campaignId),
        scopeWhere(scope, tenantCols(supervisionReports)),
        filter.villageId ? eq(supervisionReports.villageId, filter.villageId) : undefined,
        filter.pledgeId ? eq(supervisionReports.pledgeId, filter.pledgeId) : undefined,
        filter.extra,
      ),
    )
    .orderBy(desc(supervisionReports.observedOn), desc(supervisionReports.createdAt))
    .limit(1000);
  return presentReports(db, rows);
}

/** The reports the caller sees (a leader: of their contact villages). */
export async function listReports(db: Queryable, actor: Actor, campaignId: string, filter: ReportFilter) {
  await campaignContext(db, actor, campaignId);
  return readSupervisionReports(db, actor.scope, campaignId, {
    ...filter,
    extra: workedVillages(actor, supervisionReports.villageId),
  });
}
