import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor, Scope } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { campaigns, participants, persons, pledgeSets, pledges, townships } from '../../db/schema/index.ts';
import { scopeWhere, tenantCols } from '../../db/scope.ts';
import {
  type PledgeStanding,
  pledgeStanding,
  STANDING_LABELS,
  type VillageStanding,
  villageStanding,
} from '../../domain/dashboard/standing.ts';
import { localDate, localToday } from '../../domain/local-time.ts';
import { PHASE_LABELS, type Phase } from '../../domain/phases.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { letterCounts } from '../letters/letter-counts.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { latestProgress } from '../progress/progress-latest.ts';
import { rectificationCounts } from '../supervision/checks.service.ts';
import { villagesOf } from '../supervision/supervision-context.ts';

/** Phases with approved pledges to watch; the dashboard opens on the newest campaign in one of them. */
const WATCHED: Phase[] = ['fulfilment', 'evaluation', 'sanctions', 'archived'];

/** Campaigns the caller may open the dashboard on, newest first. */
async function campaignChoices(db: Queryable, scope: Scope) {
  const rows = await db
    .select({ id: campaigns.id, year: campaigns.year, phase: campaigns.phase, townshipName: townships.name })
    .from(campaigns)
    .innerJoin(townships, eq(townships.id, campaigns.townshipId))
    .where(scopeWhere(scope, tenantCols(campaigns)))
    .orderBy(desc(campaigns.year), asc(townships.name));
  return rows.map((r) => ({ ...r, phaseLabel: PHASE_LABELS[r.phase] }));
}

/** Approved pledges of the campaign in these villages, with whose they are and when they were approved. */
async function approvedPledges(db: Queryable, campaignId: string, villageIds: string[]) {
  if (villageIds.length === 0) return [];
  return db
    .select({
      id: pledges.id,
      villageId: pledges.villageId,
      category: pledges.category,
      title: pledges.title,
      dueDate: pledges.dueDate,
      cadre: persons.name,
      approvedAt: pledgeSets.approvedAt,
    })
    .from(pledges)
    .innerJoin(pledgeSets, eq(pledgeSets.id, pledges.setId))
    .innerJoin(participants, eq(participants.id, pledges.participantId))
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(
      and(
        eq(pledges.campaignId, campaignId),
        inArray(pledges.villageId, villageIds),
        eq(pledgeSets.status, 'approved'),
        eq(pledges.status, 'confirmed'),
      ),
    )
    .orderBy(asc(persons.name), asc(pledges.position));
}

/** Letters and rectifications of the covered villages (a leader's: only theirs), summed. */
async function supervisionFigures(
  db: Queryable,
  actor: Actor,
  campaign: CampaignRow,
  villageIds: string[],
  now: Date,
) {
  const township: Scope = { countyId: campaign.countyId, townshipId: campaign.townshipId, villageId: null };
  const scopes =
    actor.role === 'township_leader'
      ? villageIds.map((villageId) => ({ ...township, villageId }))
      : [township];
  const letters = { open: 0, overdue: 0 };
  const rectifications = { open: 0, overdue: 0 };
  for (const scope of scopes) {
    const l = await letterCounts(db, scope, now);
    const r = await rectificationCounts(db, scope, { campaignId: campaign.id, now });
    letters.open += l.open;
    letters.overdue += l.overdue;
    rectifications.open += r.open;
    rectifications.overdue += r.overdue;
  }
  return { letters, rectifications };
}

export type BehindPledge = {
  id: string;
  title: string;
  cadre: string;
  category: string;
  dueDate: string;
  statusLabel: string;
  percent: number;
  reasons: string[];
};

export type DashboardVillage = VillageStanding & {
  villageId: string;
  name: string;
  byCategory: Record<string, number>;
  behindPledges: BehindPledge[];
};

const pledgeReasons = (s: PledgeStanding) =>
  [s.overdue && '已过完成时限', s.stalled && '长期无进展', s.status === 'blocked' && '遇到困难'].filter(
    (r): r is string => r !== false,
  );

/**
 * The township dashboard of a campaign (default: the newest one with approved pledges to watch):
 * per village its pledges by status and category, whether it falls behind and on which pledges, and
 * the open and overdue letters and rectifications, judged on the township's today at `now`.
 */
export async function dashboard(
  db: Queryable,
  actor: Actor,
  campaignId: string | undefined,
  now = new Date(),
) {
  const choices = await campaignChoices(db, actor.scope);
  const pickedId = campaignId ?? (choices.find((c) => WATCHED.includes(c.phase)) ?? choices[0])?.id;
  if (!pickedId) return { campaign: null, campaigns: choices };
  const campaign = await findCampaign(db, actor.scope, pickedId);
  const zone = await townshipZone(db, campaign.townshipId);
  const today = localToday(zone, now);
  // The township's villages; a leader's only their 联系村.
  const villageRows = await villagesOf(db, actor, campaign);
  const items = await approvedPledges(
    db,
    campaign.id,
    villageRows.map((v) => v.id),
  );
  const latest = await latestProgress(
    db,
    items.map((p) => p.id),
  );
  const categories = [...new Set([...campaign.config.categories, ...items.map((p) => p.category)])];
  const standings = new Map(
    items.map((p) => {
      const since = p.approvedAt ? localDate(p.approvedAt, zone) : `${campaign.year}-01-01`;
      return [p.id, pledgeStanding({ dueDate: p.dueDate, latest: latest.get(p.id) ?? null }, today, since)];
    }),
  );
  const villagesOut: DashboardVillage[] = villageRows.map((v) => {
    const mine = items.filter((p) => p.villageId === v.id);
    const byCategory = Object.fromEntries(
      categories.map((c) => [c, mine.filter((p) => p.category === c).length]),
    );
    const behindPledges = mine
      .map((p) => ({ p, s: standings.get(p.id)! }))
      .filter(({ s }) => pledgeReasons(s).length > 0)
      .map(({ p, s }) => ({
        id: p.id,
        title: p.title,
        cadre: p.cadre,
        category: p.category,
        dueDate: p.dueDate,
        statusLabel: STANDING_LABELS[s.status],
        percent: s.percent,
        reasons: pledgeReasons(s),
      }));
    const standing = villageStanding(mine.map((p) => standings.get(p.id)!));
    return { villageId: v.id, name: v.name, ...standing, byCategory, behindPledges };
  });
  const figures = await supervisionFigures(
    db,
    actor,
    campaign,
    villageRows.map((v) => v.id),
    now,
  );
  return {
    campaigns: choices,
    campaign: {
      id: campaign.id,
      year: campaign.year,
      phase: campaign.phase,
      phaseLabel: PHASE_LABELS[campaign.phase],
      townshipName: choices.find((c) => c.id === campaign.id)?.townshipName ?? '',
    },
    today,
    /** A leader's dashboard covers only their 联系村. */
    contactVillagesOnly: actor.role === 'township_leader',
    categories,
    villages: villagesOut,
    totals: villageStanding([...standings.values()]),
    ...figures,
  };
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;
