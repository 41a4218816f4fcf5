/**
 * A publication as the office and the public board see it: its period on the township's today,
 * its objection count, and (office) who published it and what the caller may do.
 */
import { and, desc, eq, inArray, isNull, or as orOf, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { publications, villages } from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import { localToday } from '../../domain/local-time.ts';
import { publicationActions } from '../../domain/policies/publication.ts';
import {
  objectionsOpen,
  PUBLICATION_STATUS_LABELS,
  publicationKindLabel,
  publicationStatus,
  publicityEndDate,
} from '../../domain/publicity.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import { objectionCounts } from '../letters/letter-counts.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import type { PublicationContent } from './publication-content.ts';
import type { BoardPublication, PublicationView } from './publications.schema.ts';
import type { PublicationRow } from './publications.service.ts';

async function villageNames(db: Queryable, rows: PublicationRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.villageId ? [r.villageId] : [])))];
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(inArray(villages.id, ids));
  return new Map(found.map((v) => [v.id, v.name]));
}

/** The period fields both views share, on `today` (the township's local date). */
function periodOf(row: PublicationRow, today: string, villageName: string | null, objections: number) {
  const dates = { ...row, withdrawn: row.withdrawnAt !== null };
  const status = publicationStatus(dates, today);
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: publicationKindLabel(row.kind),
    title: row.title,
    villageName,
    startDate: row.startDate,
    endDate: publicityEndDate(row.startDate, row.periodDays),
    periodDays: row.periodDays,
    objectionEndDate: row.objectionEndDate,
    status,
    statusLabel: PUBLICATION_STATUS_LABELS[status],
    objectionsOpen: objectionsOpen(dates, today),
    objectionCount: objections,
  };
}

type Decorations = { today: string; names: Map<string, string>; counts: Map<string, number> };

async function decorations(db: Queryable, rows: PublicationRow[], townshipId: string, now: Date) {
  return {
    today: localToday(await townshipZone(db, townshipId), now),
    names: await villageNames(db, rows),
    counts: await objectionCounts(
      db,
      rows.map((r) => r.id),
    ),
  } satisfies Decorations;
}

const period = (row: PublicationRow, d: Decorations) =>
  periodOf(
    row,
    d.today,
    row.villageId ? (d.names.get(row.villageId) ?? null) : null,
    d.counts.get(row.id) ?? 0,
  );

function officeView(row: PublicationRow, d: Decorations, actor: Actor, archived: boolean): PublicationView {
  return {
    ...period(row, d),
    villageId: row.villageId,
    participantId: row.participantId,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt.toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: row.withdrawnBy,
    withdrawnReason: row.withdrawnReason,
    content: row.content as PublicationContent,
    allowedActions: publicationActions({ actor, archived, withdrawn: row.withdrawnAt !== null }),
  };
}

/** A campaign's publications in the caller's scope (a village's only, when given), newest first. */
export async function listPublications(
  db: Queryable,
  actor: Actor,
  campaignId: string,
  villageId?: string,
  now = new Date(),
): Promise<PublicationView[]> {
  const campaign = await findCampaign(db, actor.scope, campaignId);
  const conditions: (SQL | undefined)[] = [
    eq(publications.campaignId, campaign.id),
    villageId ? eq(publications.villageId, villageId) : undefined,
  ];
  // A village's account sees its village's publications and the township-wide ones.
  const scoped = actor.scope.villageId
    ? and(
        scopeWhere({ ...actor.scope, villageId: null }, tenantColumns),
        villageOrTownship(actor.scope.villageId),
      )
    : scopeWhere(actor.scope, tenantColumns);
  const rows = await db
    .select()
    .from(publications)
    .where(and(scoped, ...conditions))
    .orderBy(desc(publications.startDate), desc(publications.publishedAt));
  const d = await decorations(db, rows, campaign.townshipId, now);
  return rows.map((r) => officeView(r, d, actor, campaign.phase === 'archived'));
}

const tenantColumns = { county: publications.countyId, township: publications.townshipId };
const villageOrTownship = (villageId: string) =>
  orOf(eq(publications.villageId, villageId), isNull(publications.villageId));

export async function publicationView(db: Queryable, actor: Actor, row: PublicationRow, now = new Date()) {
  const campaign = await findCampaign(db, actor.scope, row.campaignId);
  const d = await decorations(db, [row], row.townshipId, now);
  return officeView(row, d, actor, campaign.phase === 'archived');
}

/**
 * Publications of a board (a village's and the township's, or the township's own), as the public
 * sees them: `objectionLink` builds the mailbox address of an objection while the window is open.
 */
export async function boardPublications(
  db: Queryable,
  rows: PublicationRow[],
  townshipId: string,
  objectionLink: (id: string) => string,
  now = new Date(),
): Promise<BoardPublication[]> {
  const d = await decorations(db, rows, townshipId, now);
  return rows.map((row) => {
    const p = period(row, d);
    return {
      ...p,
      objectionLink: p.objectionsOpen ? objectionLink(row.id) : null,
      withdrawnReason: row.withdrawnReason,
      content: row.withdrawnAt ? null : (row.content as PublicationContent),
    };
  });
}
