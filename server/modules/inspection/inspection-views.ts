import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import type { INSPECTION_MEMBER_KINDS } from '../../db/schema/inspection.ts';
import {
  ITEM_RULE,
  itemScore,
  RECOGNITION_LABELS,
  RECOGNITION_SCORES,
} from '../../domain/evaluation/inspection-score.ts';
import { INSPECTION_STATUS_LABELS } from '../../domain/evaluation/types.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import {
  campaignInspectionActions,
  inspectionVillageActions,
  photoActions,
} from '../../domain/policies/inspection.ts';
import { PROGRESS_STATUS_LABELS } from '../../domain/progress/report.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { fileView } from '../files/file-views.ts';
import { filesOf } from '../files/files.service.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { PROGRESS_SUBJECT } from '../progress/progress.service.ts';
import { reportsOf } from '../progress/progress-views.ts';
import { readSupervisionReports } from '../supervision/reports.service.ts';
import type { VillageView } from './inspection.schema.ts';
import {
  type AssignmentRow,
  assignmentsOf,
  inspectedPledges,
  itemsOf,
  type TeamWithMembers,
  teamsOf,
  townshipVillages,
  VILLAGE_STATUS_LABELS,
  type VillageCounts,
  villageCounts,
  villageFacts,
  villageStatus,
} from './inspection-data.ts';
import { lettersAbout } from './inspection-letters.ts';
import { resultsFrom } from './inspection-results.ts';
import { INSPECTION_FILES, type VillageContext, villageContext } from './items.service.ts';

const MEMBER_KIND_LABELS: Record<(typeof INSPECTION_MEMBER_KINDS)[number], string> = {
  township_cadre: '乡干部',
  party_representative: '党员代表',
  villager_representative: '村民代表',
};

const campaignHead = (c: CampaignRow) => ({ id: c.id, year: c.year, phase: c.phase });
const isMine = (actor: Actor, team: TeamWithMembers | undefined) =>
  Boolean(team && actor.personId && team.members.some((m) => m.personId === actor.personId));

function villageRow(
  actor: Actor,
  campaign: CampaignRow,
  zone: string,
  village: { id: string; name: string },
  assignment: AssignmentRow | undefined,
  team: TeamWithMembers | undefined,
  counts: VillageCounts,
) {
  const status = villageStatus(assignment, counts.inspected);
  return {
    villageId: village.id,
    villageName: village.name,
    teamId: team?.team.id ?? null,
    teamName: team?.team.name ?? null,
    status,
    statusLabel: VILLAGE_STATUS_LABELS[status],
    ...counts,
    submittedAt: assignment?.submittedAt ? formatLocalDateTime(assignment.submittedAt, zone) : null,
    submittedByName: assignment?.submittedByName ?? null,
    locked: Boolean(assignment?.lockedAt),
    lockedAt: assignment?.lockedAt ? formatLocalDateTime(assignment.lockedAt, zone) : null,
    mine: isMine(actor, team),
    allowedActions: inspectionVillageActions(villageFacts(actor, campaign, assignment, team, counts)),
  };
}

const teamView = (actor: Actor, t: TeamWithMembers, assignments: AssignmentRow[]) => ({
  id: t.team.id,
  name: t.team.name,
  members: t.members.map((m) => ({
    personId: m.personId,
    name: m.name,
    villageName: m.villageName,
    kind: m.kind,
    kindLabel: MEMBER_KIND_LABELS[m.kind],
    leader: m.leader,
    hasAccount: m.hasAccount,
  })),
  villageIds: assignments.filter((a) => a.teamId === t.team.id).map((a) => a.villageId),
  mine: isMine(actor, t),
});

/** The township's inspection: teams, each village's assignment and progress, each participant's score and items. */
export async function inspectionOverview(db: Queryable, actor: Actor, campaignId: string) {
  const campaign = await findCampaign(db, actor.scope, campaignId);
  const zone = await townshipZone(db, campaign.townshipId);
  const [teams, assignments, pledgeRows, items] = [
    await teamsOf(db, campaign.id),
    await assignmentsOf(db, campaign.id),
    await inspectedPledges(db, campaign.id),
    await itemsOf(db, campaign.id),
  ];
  const villageList = await townshipVillages(db, campaign.townshipId);
  const weights = campaign.config.inspectionWeights;
  const submitted = new Set(assignments.filter((a) => a.submittedAt).map((a) => a.villageId));
  const results = resultsFrom(pledgeRows, items, submitted, weights);
  const byPledge = new Map(items.map((i) => [i.pledgeId, i]));
  return {
    campaign: campaignHead(campaign),
    weights,
    rule: ITEM_RULE,
    teams: teams.map((t) => teamView(actor, t, assignments)),
    villages: villageList.map((v) => {
      const assignment = assignments.find((a) => a.villageId === v.id);
      const team = teams.find((t) => t.team.id === assignment?.teamId);
      const own = pledgeRows.filter((p) => p.pledge.villageId === v.id);
      return villageRow(actor, campaign, zone, v, assignment, team, villageCounts(own, byPledge));
    }),
    participants: [...results].map(([participantId, r]) => ({
      participantId,
      name: r.name,
      villageId: r.villageId,
      villageName: villageList.find((v) => v.id === r.villageId)?.name ?? '',
      score: r.score,
      complete: r.complete,
      items: r.items.map((i) => {
        const row = byPledge.get(i.pledgeId);
        return {
          ...i,
          statusLabel: i.status ? INSPECTION_STATUS_LABELS[i.status] : null,
          recognitionLabel: row ? RECOGNITION_LABELS[row.recognition] : null,
          note: row?.note ?? null,
        };
      }),
    })),
    allowedActions: campaignInspectionActions({
      actor: { role: actor.role, personId: actor.personId },
      campaign,
    }),
  };
}

/** What a team member sees of one pledge's fulfilment: its latest progress and the photos of its reports. */
async function progressOf(db: Queryable, pledgeIds: string[]) {
  const reports = await reportsOf(db, pledgeIds);
  const photos = await filesOf(
    db,
    PROGRESS_SUBJECT,
    reports.map((r) => r.id),
  );
  return (pledgeId: string) => {
    const own = reports.filter((r) => r.pledgeId === pledgeId);
    const latest = own[0];
    return {
      latestProgress: latest
        ? {
            statusLabel: PROGRESS_STATUS_LABELS[latest.status],
            percent: latest.percent,
            reportDate: latest.reportDate,
            note: latest.note,
          }
        : null,
      progressPhotos: own.flatMap((r) =>
        (photos.get(r.id) ?? []).filter((f) => f.kind === 'photo').map(fileView),
      ),
    };
  };
}

/** One village's inspection page: each pledge with what the team needs on site, and its record. */
export async function villageInspection(
  db: Queryable,
  actor: Actor,
  campaignId: string,
  villageId: string,
  loaded?: VillageContext,
): Promise<VillageView> {
  const c = loaded ?? (await villageContext(db, actor, campaignId, villageId));
  const zone = await townshipZone(db, c.campaign.townshipId);
  const ids = c.pledgeRows.map((p) => p.pledge.id);
  const progress = await progressOf(db, ids);
  const supervision = await readSupervisionReports(db, actor.scope, c.campaign.id, {
    villageId: c.village.id,
  });
  const letters = await lettersAbout(
    db,
    c.campaign.id,
    c.village.id,
    c.pledgeRows.map((p) => p.personId),
  );
  const photos = await filesOf(
    db,
    INSPECTION_FILES,
    c.items.map((i) => i.id),
  );
  const weights = c.campaign.config.inspectionWeights;
  const counts = { pledges: c.facts.pledges, inspected: c.facts.inspected, onPaper: c.facts.onPaper };
  return {
    campaign: campaignHead(c.campaign),
    village: villageRow(actor, c.campaign, zone, c.village, c.assignment, c.team, counts),
    weights,
    pledges: c.pledgeRows.map((p) => {
      const item = c.items.find((i) => i.pledgeId === p.pledge.id);
      return {
        pledgeId: p.pledge.id,
        participantId: p.pledge.participantId,
        cadreName: p.cadreName,
        category: p.pledge.category,
        title: p.pledge.title,
        content: p.pledge.content,
        completionStandard: p.pledge.completionStandard,
        dueDate: p.pledge.dueDate,
        ...progress(p.pledge.id),
        supervision: supervision.filter((r) => r.pledgeId === p.pledge.id),
        letters: letters
          .filter((l) => l.personId === null || l.personId === p.personId)
          .map((l) => ({
            id: l.id,
            receivedOn: l.receivedOn,
            about: l.personId ? p.cadreName : c.village.name,
            content: l.content,
            statusLabel: l.statusLabel,
            answer: l.answer,
          })),
        record: item
          ? {
              status: item.status,
              statusLabel: INSPECTION_STATUS_LABELS[item.status],
              progressPercent: item.progressPercent,
              recognition: item.recognition,
              recognitionLabel: `${RECOGNITION_LABELS[item.recognition]}（${RECOGNITION_SCORES[item.recognition]}）`,
              note: item.note,
              itemScore: itemScore(item, weights),
              recordedByName: item.recordedByName,
              source: item.source,
              updatedAt: formatLocalDateTime(item.updatedAt, zone),
              photos: (photos.get(item.id) ?? []).map((f) => ({
                ...fileView(f),
                allowedActions: photoActions(c.facts, { attachedByMe: f.storedBy === actor.userId }),
              })),
            }
          : null,
      };
    }),
  };
}
