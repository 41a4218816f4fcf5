/**
 * The public boards (no login, DESIGN §2.6): a village's board (the plan, each cadre's pledges,
 * progress, publications with their periods and objection links) and the township's board listing
 * its villages. Only published data: approved or soliciting pledges (as the village page shows them),
 * publications whose period has begun, never who published them, never a letter or its writer.
 */
import { and, asc, count, desc, eq, inArray, isNull, lte, ne, or } from 'drizzle-orm';
import { notFound } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { campaigns, pledgeSets, pledges, publications, townships, villages } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { publicVillagePledges } from '../pledges/pledge-views.ts';
import { latestProgress } from '../progress/progress-latest.ts';
import { publicProgressOf } from '../progress/progress-public.ts';
import { earlierResults } from '../results/results-board.ts';
import { publicPaths } from './public-paths.ts';
import { boardPublications } from './publication-views.ts';
import type { PublicationRow } from './publications.service.ts';

/** The campaign a township shows in public: its latest year past setup. */
async function publicCampaignOf(db: Queryable, townshipId: string) {
  const [row] = await db
    .select({ id: campaigns.id, year: campaigns.year, phase: campaigns.phase })
    .from(campaigns)
    .where(and(eq(campaigns.townshipId, townshipId), ne(campaigns.phase, 'setup')))
    .orderBy(desc(campaigns.year))
    .limit(1);
  return row ?? null;
}

/** Publications whose period has begun on `today`: a village's and the township-wide ones, or the township's only. */
async function startedPublications(
  db: Queryable,
  campaignId: string,
  villageId: string | null,
  today: string,
): Promise<PublicationRow[]> {
  return db
    .select()
    .from(publications)
    .where(
      and(
        eq(publications.campaignId, campaignId),
        lte(publications.startDate, today),
        villageId
          ? or(eq(publications.villageId, villageId), isNull(publications.villageId))
          : isNull(publications.villageId),
      ),
    )
    .orderBy(desc(publications.startDate), desc(publications.publishedAt));
}

export async function villageBoard(db: Queryable, villageId: string, now = new Date()) {
  const page = await publicVillagePledges(db, villageId);
  const [village] = await db
    .select({ townshipId: villages.townshipId })
    .from(villages)
    .where(eq(villages.id, villageId));
  const townshipId = village?.townshipId ?? '';
  const campaign = await publicCampaignOf(db, townshipId);
  const today = localToday(page.timeZone, now);
  const rows = campaign ? await startedPublications(db, campaign.id, villageId, today) : [];
  const timelines = await publicProgressOf(
    db,
    page.approved.flatMap((s) => s.pledges.map((p) => p.id)),
  );
  return {
    ...page,
    approved: page.approved.map((s) => ({
      ...s,
      pledges: s.pledges.map((p) => ({ ...p, progress: timelines.get(p.id) ?? [] })),
    })),
    today,
    publications: await boardPublications(db, rows, townshipId, publicPaths.objection, now),
    earlierResults: await earlierResults(db, townshipId, campaign?.id ?? null, now),
    links: {
      township: publicPaths.townshipBoard(townshipId),
      mailbox: publicPaths.mailbox(townshipId, villageId),
      poster: publicPaths.poster(villageId),
    },
  };
}

type VillageNumbers = { cadres: number; pledges: number; completed: number };

/**
 * Each village's headline numbers on the township board: cadres with an approved set, their standing
 * pledges, and how many of those are completed (latest progress report 已完成; progress of an approved
 * set is public).
 */
async function villageNumbers(db: Queryable, campaignId: string, villageIds: string[]) {
  if (villageIds.length === 0) return new Map<string, VillageNumbers>();
  const sets = await db
    .select({ villageId: pledgeSets.villageId, n: count() })
    .from(pledgeSets)
    .where(and(eq(pledgeSets.campaignId, campaignId), eq(pledgeSets.status, 'approved')))
    .groupBy(pledgeSets.villageId);
  const items = await db
    .select({ id: pledges.id, villageId: pledges.villageId })
    .from(pledges)
    .innerJoin(pledgeSets, eq(pledgeSets.id, pledges.setId))
    .where(
      and(
        eq(pledges.campaignId, campaignId),
        eq(pledgeSets.status, 'approved'),
        eq(pledges.status, 'confirmed'),
        inArray(pledges.villageId, villageIds),
      ),
    );
  const latest = await latestProgress(
    db,
    items.map((i) => i.id),
  );
  const numbers = new Map<string, VillageNumbers>(
    villageIds.map((id) => [id, { cadres: 0, pledges: 0, completed: 0 }]),
  );
  for (const s of sets) {
    const n = numbers.get(s.villageId);
    if (n) n.cadres = s.n;
  }
  for (const item of items) {
    const n = numbers.get(item.villageId)!;
    n.pledges += 1;
    if (latest.get(item.id)?.status === 'done') n.completed += 1;
  }
  return numbers;
}

export async function townshipBoard(db: Queryable, townshipId: string, now = new Date()) {
  const [township] = await db
    .select({ id: townships.id, name: townships.name, timeZone: townships.timeZone })
    .from(townships)
    .where(eq(townships.id, townshipId));
  if (!township) throw notFound('乡镇');
  const today = localToday(township.timeZone, now);
  const campaign = await publicCampaignOf(db, townshipId);
  const villageRows = await db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(eq(villages.townshipId, townshipId))
    .orderBy(asc(villages.name));
  const ownRows = campaign ? await startedPublications(db, campaign.id, null, today) : [];
  const villageRowsPubs = campaign
    ? await db
        .select({ villageId: publications.villageId, n: count() })
        .from(publications)
        .where(
          and(
            eq(publications.campaignId, campaign.id),
            lte(publications.startDate, today),
            isNull(publications.withdrawnAt),
          ),
        )
        .groupBy(publications.villageId)
    : [];
  const pubsOf = new Map(villageRowsPubs.map((r) => [r.villageId, r.n]));
  const numbers = campaign
    ? await villageNumbers(
        db,
        campaign.id,
        villageRows.map((v) => v.id),
      )
    : new Map<string, VillageNumbers>();
  const list = villageRows.map((v) => ({
    id: v.id,
    name: v.name,
    link: publicPaths.villageBoard(v.id),
    cadres: numbers.get(v.id)?.cadres ?? 0,
    pledges: numbers.get(v.id)?.pledges ?? 0,
    completed: numbers.get(v.id)?.completed ?? 0,
    publications: pubsOf.get(v.id) ?? 0,
  }));
  return {
    township: { id: township.id, name: township.name },
    timeZone: township.timeZone,
    today,
    campaign: campaign ? { year: campaign.year, phase: campaign.phase } : null,
    publications: await boardPublications(db, ownRows, townshipId, publicPaths.objection, now),
    earlierResults: await earlierResults(db, townshipId, campaign?.id ?? null, now),
    villages: list,
    totals: {
      pledges: list.reduce((n, v) => n + v.pledges, 0),
      completed: list.reduce((n, v) => n + v.completed, 0),
    },
    links: { mailbox: publicPaths.mailbox(townshipId, null) },
  };
}
