/**
 * The content a publication freezes, read when it is published (publication-content.ts): the plan's
 * key rules from the campaign config, or a village's approved pledges (one cadre's, when named).
 * Only approved sets and confirmed pledges: drafts, opinions and votes never enter a publication.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { participants, persons, pledgeSets, pledges } from '../../db/schema/index.ts';
import { formatLocalDate } from '../../domain/local-time.ts';
import { roleLabel } from '../../domain/participants.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { publicProgressOf } from '../progress/progress-public.ts';
import type { PlanContent, PublishedSet } from './publication-content.ts';

/** The plan's rules a villager asks about, in the words of the work plan. */
export function planFacts(campaign: CampaignRow): PlanContent['facts'] {
  const c = campaign.config;
  return [
    { label: '考评年度', value: `${campaign.year} 年` },
    { label: '承诺事项', value: `每人原则上不少于 ${c.minItemsPerPerson} 件` },
    { label: '承诺类别', value: c.categories.join('、') },
    { label: '承诺截止', value: formatLocalDate(c.commitmentDeadline) },
    {
      label: '综合评分',
      value: `群众评议 ${pct(c.compositeWeights.village)}、评委评分 ${pct(c.compositeWeights.jury)}、考察组评分 ${pct(c.compositeWeights.inspection)}`,
    },
    { label: '评定等次', value: [...c.grades.map((g) => g.label), c.failGrade].join('、') },
    { label: '公示期', value: `${c.publicityDays} 天，其中前 ${c.objectionDays} 天受理异议` },
  ];
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** A village's approved pledge sets with their confirmed pledges (one participant's, when given). */
export async function approvedSets(
  db: Queryable,
  campaignId: string,
  villageId: string,
  participantId: string | null,
): Promise<PublishedSet[]> {
  const rows = await db
    .select({ set: pledgeSets, participant: participants, name: persons.name })
    .from(pledgeSets)
    .innerJoin(participants, eq(participants.id, pledgeSets.participantId))
    .innerJoin(persons, eq(persons.id, participants.personId))
    .where(
      and(
        eq(pledgeSets.campaignId, campaignId),
        eq(pledgeSets.villageId, villageId),
        eq(pledgeSets.status, 'approved'),
        eq(participants.excluded, false),
        participantId ? eq(pledgeSets.participantId, participantId) : undefined,
      ),
    )
    .orderBy(asc(persons.name));
  const setIds = rows.map((r) => r.set.id);
  const items = setIds.length
    ? await db
        .select()
        .from(pledges)
        .where(and(inArray(pledges.setId, setIds), eq(pledges.status, 'confirmed')))
        .orderBy(asc(pledges.position))
    : [];
  return rows.map((r) => ({
    participantId: r.participant.id,
    name: r.name,
    roleLabel: roleLabel(r.participant.isSecretary, r.participant.isDirector),
    pledges: items
      .filter((p) => p.setId === r.set.id)
      .map((p) => ({
        id: p.id,
        category: p.category,
        title: p.title,
        content: p.content,
        completionStandard: p.completionStandard,
        dueDate: p.dueDate,
      })),
  }));
}

const NOT_REPORTED = { statusLabel: '尚未报告进展', percent: null, note: null, date: null };

/**
 * The sets with each pledge's progress as it stands now (践诺情况: its latest public report),
 * frozen into a progress publication. A pledge without a report says so.
 */
export async function progressOf(db: Queryable, sets: PublishedSet[]): Promise<PublishedSet[]> {
  const timelines = await publicProgressOf(
    db,
    sets.flatMap((s) => s.pledges.map((p) => p.id)),
  );
  const latest = (pledgeId: string) => {
    const r = timelines.get(pledgeId)?.[0];
    return r
      ? { statusLabel: r.statusLabel, percent: r.percent, note: r.note, date: r.reportDate }
      : NOT_REPORTED;
  };
  return sets.map((s) => ({ ...s, pledges: s.pledges.map((p) => ({ ...p, progress: latest(p.id) })) }));
}
