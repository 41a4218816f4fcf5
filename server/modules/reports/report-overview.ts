import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor, Scope } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import {
  campaigns,
  participants,
  persons,
  villages,
  yearEndReports,
  yearEndReportVersions,
} from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import { roleLabel } from '../../domain/participants.ts';
import { PHASE_LABELS, type Phase } from '../../domain/phases.ts';
import { REPORT_STANDING_LABELS, type ReportStanding } from '../../domain/reports/content.ts';
import { sortByVillage } from '../../domain/village-order.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { allowedReportActions, type VersionRow } from './report-access.ts';
import { submitterOf } from './report-views.ts';
import type { overviewView } from './reports.schema.ts';

type Overview = z.infer<typeof overviewView>;
type Row = Overview['villages'][number]['participants'][number];
type Counts = Overview['counts'];

/** Years that have reports (or are writing them): 评诺 and after. */
const REPORT_PHASES: Phase[] = ['evaluation', 'sanctions', 'archived'];

async function campaignChoices(db: Queryable, scope: Scope) {
  return db
    .select({ id: campaigns.id, year: campaigns.year, phase: campaigns.phase })
    .from(campaigns)
    .where(and(scopeWhere(scope, tenantCols(campaigns)), inArray(campaigns.phase, REPORT_PHASES)))
    .orderBy(desc(campaigns.year));
}

/** The latest version of each report (when and by whom it was last submitted). */
async function latestVersions(db: Queryable, reportIds: string[]) {
  const latest = new Map<string, VersionRow>();
  if (reportIds.length === 0) return latest;
  const rows = await db
    .select()
    .from(yearEndReportVersions)
    .where(inArray(yearEndReportVersions.reportId, reportIds))
    .orderBy(desc(yearEndReportVersions.version));
  for (const v of rows) if (!latest.has(v.reportId)) latest.set(v.reportId, v);
  return latest;
}

/** Every participant taking part (not excluded) of the campaign in the caller's scope, with their report. */
async function participantRows(db: Queryable, actor: Actor, campaign: CampaignRow) {
  return db
    .select({ participant: participants, name: persons.name, village: villages, report: yearEndReports })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, participants.villageId))
    .leftJoin(yearEndReports, eq(yearEndReports.participantId, participants.id))
    .where(
      and(
        eq(participants.campaignId, campaign.id),
        eq(participants.excluded, false),
        scopeWhere(actor.scope, tenantCols(participants)),
      ),
    )
    .orderBy(asc(persons.name));
}

const zero = (): Counts => ({ submitted: 0, draft: 0, returned: 0, notStarted: 0 });
function count(counts: Counts, status: ReportStanding) {
  if (status === 'not_started') counts.notStarted++;
  else counts[status]++;
}

export type OverviewFilter = { campaignId?: string; villageId?: string; status?: ReportStanding };

/**
 * 述职报告 overview: per village, who has submitted (and when, in the township's time), who is
 * writing, who has not begun. Only the rows the policy lets the caller view: a leader's contact
 * villages, a clerk's village, a cadre's own report.
 */
export async function reportOverview(db: Queryable, actor: Actor, filter: OverviewFilter): Promise<Overview> {
  const choices = await campaignChoices(db, actor.scope);
  const chosenId = filter.campaignId ?? (choices.find((c) => c.phase === 'evaluation') ?? choices[0])?.id;
  const campaigns = choices.map((c) => ({ id: c.id, year: c.year, phaseLabel: PHASE_LABELS[c.phase] }));
  const contactVillagesOnly = actor.role === 'township_leader';
  const ownOnly = actor.role === 'village_cadre';
  if (!chosenId)
    return { campaign: null, campaigns, counts: zero(), villages: [], contactVillagesOnly, ownOnly };
  const campaign = await findCampaign(db, actor.scope, chosenId);
  const rows = (await participantRows(db, actor, campaign))
    .map((r) => ({ ...r, actions: allowedReportActions(actor, { ...r, campaign }) }))
    .filter((r) => r.actions.includes('view'));
  const versions = await latestVersions(
    db,
    rows.flatMap((r) => (r.report ? [r.report.id] : [])),
  );
  const zone = await townshipZone(db, campaign.townshipId);
  const counts = zero();
  const byVillage = new Map<string, Overview['villages'][number] & { code: string | null }>();
  for (const r of sortByVillage(rows, (x) => x.village)) {
    const status: ReportStanding = r.report?.status ?? 'not_started';
    count(counts, status);
    if (filter.villageId && r.village.id !== filter.villageId) continue;
    if (filter.status && status !== filter.status) continue;
    const v = r.report ? versions.get(r.report.id) : undefined;
    const row: Row = {
      id: r.participant.id,
      name: r.name,
      villageId: r.village.id,
      villageName: r.village.name,
      posts: roleLabel(r.participant.isSecretary, r.participant.isDirector),
      status,
      statusLabel: REPORT_STANDING_LABELS[status],
      version: r.report?.version ?? 0,
      submittedAt: v ? formatLocalDateTime(v.submittedAt, zone) : null,
      submittedBy: v ? submitterOf(v) : null,
      onBehalf: v ? v.submittedByRole !== 'village_cadre' : false,
      updatedAt: r.report ? formatLocalDateTime(r.report.updatedAt, zone) : null,
      returnReason: status === 'returned' ? (v?.returnReason ?? null) : null,
      allowedActions: r.actions,
    };
    const village = byVillage.get(r.village.id) ?? {
      id: r.village.id,
      name: r.village.name,
      code: r.village.code,
      counts: zero(),
      participants: [],
    };
    count(village.counts, status);
    village.participants.push(row);
    byVillage.set(r.village.id, village);
  }
  return {
    campaign: {
      id: campaign.id,
      year: campaign.year,
      phase: campaign.phase,
      phaseLabel: PHASE_LABELS[campaign.phase],
    },
    campaigns,
    counts,
    villages: [...byVillage.values()].map(({ code: _code, ...v }) => v),
    contactVillagesOnly,
    ownOnly,
  };
}
