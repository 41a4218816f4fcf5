/** A year's 换届选举 as the office sees them, and the frozen copy a 候选人竞职承诺 publication takes. */
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { conflict } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import {
  candidatePledges,
  electionCandidates,
  elections,
  persons,
  positions,
  villages,
} from '../../db/schema/index.ts';
import { scopeWhere } from '../../db/scope.ts';
import { workedVillages } from '../../db/worked-villages.ts';
import { ELECTION_POST_LABELS } from '../../domain/elections.ts';
import { localToday } from '../../domain/local-time.ts';
import { isAllowed } from '../../domain/permissions.ts';
import { electionActions } from '../../domain/policies/election.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import type { CandidatesContent, ElectionsView, ElectionView } from './elections.schema.ts';

type ElectionRow = typeof elections.$inferSelect;
type Post = ElectionView['posts'][number];

async function candidatesOf(q: Queryable, electionIds: string[]) {
  if (!electionIds.length) return [];
  const rows = await q
    .select({ c: electionCandidates, name: persons.name })
    .from(electionCandidates)
    .innerJoin(persons, eq(persons.id, electionCandidates.personId))
    .where(inArray(electionCandidates.electionId, electionIds))
    // 村党组织书记 first, then in the order recorded (names break ties within one transaction's demo).
    .orderBy(desc(electionCandidates.post), asc(electionCandidates.createdAt), asc(persons.name));
  const ids = rows.map((r) => r.c.id);
  const items = ids.length
    ? await q
        .select()
        .from(candidatePledges)
        .where(inArray(candidatePledges.candidateId, ids))
        .orderBy(asc(candidatePledges.position))
    : [];
  return rows.map(({ c, name }) => ({
    electionId: c.electionId,
    id: c.id,
    personId: c.personId,
    name,
    post: c.post,
    postLabel: ELECTION_POST_LABELS[c.post],
    speech: c.speech,
    speechDate: c.speechDate,
    elected: c.elected,
    pledges: items
      .filter((p) => p.candidateId === c.id)
      .map(({ category, title, content, completionStandard, dueDate }) => ({
        category,
        title,
        content,
        completionStandard,
        dueDate,
      })),
  }));
}

/** The sitting cadres (open positions) of the villages, once each. */
async function cadresOf(q: Queryable, villageIds: string[]) {
  if (!villageIds.length) return [];
  return q
    .selectDistinct({ villageId: positions.villageId, personId: persons.id, name: persons.name })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(and(inArray(positions.villageId, villageIds), isNull(positions.endDate)))
    .orderBy(asc(persons.name));
}

export async function electionsView(
  q: Queryable,
  actor: Actor,
  campaign: CampaignRow,
): Promise<ElectionsView> {
  const rows = await q
    .select({ e: elections, villageName: villages.name })
    .from(elections)
    .innerJoin(villages, eq(villages.id, elections.villageId))
    .where(
      and(
        eq(elections.campaignId, campaign.id),
        scopeWhere(actor.scope, {
          county: elections.countyId,
          township: elections.townshipId,
          village: elections.villageId,
        }),
        workedVillages(actor, elections.villageId),
      ),
    )
    .orderBy(asc(elections.electionDate), asc(villages.name));
  const candidates = await candidatesOf(
    q,
    rows.map((r) => r.e.id),
  );
  const cadres = await cadresOf(
    q,
    rows.map((r) => r.e.villageId),
  );
  const today = localToday(await townshipZone(q, campaign.townshipId));
  const archived = campaign.phase === 'archived';
  const views = rows.map(({ e, villageName }) =>
    viewOf(e, villageName, candidates, cadres, actor, today, archived),
  );
  const taken = new Set(rows.map((r) => r.e.villageId));
  const open = await q
    .select({ id: villages.id, name: villages.name })
    .from(villages)
    .where(and(eq(villages.townshipId, campaign.townshipId), workedVillages(actor, villages.id)))
    .orderBy(asc(villages.name));
  return {
    elections: views,
    villages: open.filter((v) => !taken.has(v.id)),
    canCreate: !archived && isAllowed(actor.role, 'sanctions.manage'),
    categories: campaign.config.categories,
  };
}

function viewOf(
  e: ElectionRow,
  villageName: string,
  candidates: Awaited<ReturnType<typeof candidatesOf>>,
  cadres: Awaited<ReturnType<typeof cadresOf>>,
  actor: Actor,
  today: string,
  archived: boolean,
): ElectionView {
  const posts = e.posts as Post[];
  const resultsRecorded = e.resultsRecordedAt !== null;
  const own = candidates.filter((c) => c.electionId === e.id).map(({ electionId: _, ...c }) => c);
  return {
    id: e.id,
    villageId: e.villageId,
    villageName,
    electionDate: e.electionDate,
    posts,
    postLabels: posts.map((p) => ELECTION_POST_LABELS[p]),
    resultsRecorded,
    candidates: own,
    cadres: cadres.filter((c) => c.villageId === e.villageId).map(({ villageId: _, ...c }) => c),
    allowedActions: archived
      ? []
      : electionActions({
          role: actor.role,
          today,
          electionDate: e.electionDate,
          resultsRecorded,
          candidates: own.length,
        }),
  };
}

/**
 * What a 候选人竞职承诺 publication freezes: the village's election this year, each candidate's speech
 * and public pledges as recorded now (not who was elected: it is published before the vote).
 */
export async function candidatesSnapshot(
  q: Queryable,
  campaignId: string,
  villageId: string,
  text: string | null,
): Promise<CandidatesContent> {
  const [e] = await q
    .select()
    .from(elections)
    .where(and(eq(elections.campaignId, campaignId), eq(elections.villageId, villageId)));
  const candidates = e ? await candidatesOf(q, [e.id]) : [];
  if (!e || !candidates.length)
    throw conflict('NOTHING_TO_PUBLISH', '该村本年度还没有登记换届选举的候选人，无可公示的内容');
  return {
    kind: 'candidates',
    text,
    electionDate: e.electionDate,
    postLabels: (e.posts as Post[]).map((p) => ELECTION_POST_LABELS[p]),
    candidates: candidates.map(({ name, postLabel, speech, speechDate, pledges }) => ({
      name,
      postLabel,
      speech,
      speechDate,
      pledges,
    })),
  };
}
