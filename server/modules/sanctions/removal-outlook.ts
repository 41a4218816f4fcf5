import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { participants, persons, removalCases, villages } from '../../db/schema/index.ts';
import { workedVillages } from '../../db/worked-villages.ts';
import { roleLabel } from '../../domain/participants.ts';
import { PHASES } from '../../domain/phases.ts';
import { REMOVAL_MEASURE_LABELS } from '../../domain/sanctions/removal-chain.ts';
import { removalOutlook, type ThisYear } from '../../domain/sanctions/removal-outlook.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { readVillageEvaluations } from '../village-evaluation/village-evaluation-results.ts';
import { standingsOf } from './cadre-history.ts';

export type RemovalOutlookRow = {
  participantId: string;
  name: string;
  villageName: string;
  post: string;
  previousYear: number;
  certain: boolean;
  measures: string[];
  text: string;
};

/** A year before 奖惩 looks ahead; once in 奖惩 its cases are open (or not) and nothing is foretold. */
const looksAhead = (campaign: CampaignRow) => PHASES.indexOf(campaign.phase) < PHASES.indexOf('sanctions');

/**
 * The cadres of a year not yet in 奖惩 who would face a removal case if they fail again (failed last
 * year), or will when the year enters 奖惩 (its results confirmed 不合格), from the county's confirmed
 * earlier years and this year's certified polls. A cadre whose case is already open (a certified
 * unqualified 民主测评 made it certain, sanctions-open.ts) is left out: the case itself is shown.
 */
export async function removalOutlookOf(
  q: Queryable,
  actor: Actor,
  campaign: CampaignRow,
): Promise<RemovalOutlookRow[]> {
  if (!looksAhead(campaign)) return [];
  const people = await q
    .select({ participant: participants, name: persons.name, villageName: villages.name })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, participants.villageId))
    .where(and(eq(participants.campaignId, campaign.id), workedVillages(actor, participants.villageId)))
    .orderBy(asc(villages.code), asc(persons.name));
  if (people.length === 0) return [];
  const history = await standingsOf(
    q,
    campaign.countyId,
    people.map((p) => p.participant.personId),
  );
  const evaluations = await readVillageEvaluations(q, campaign.id);
  const withCase = new Set(
    (
      await q
        .select({ personId: removalCases.personId })
        .from(removalCases)
        .where(eq(removalCases.campaignId, campaign.id))
    ).map((r) => r.personId),
  );
  const rows = people.flatMap(({ participant: p, name, villageName }) => {
    if (withCase.has(p.personId)) return [];
    const own = history.get(p.personId) ?? [];
    const confirmed = own.find((s) => s.year === campaign.year);
    const thisYear: ThisYear = p.excluded
      ? { kind: 'excluded' }
      : confirmed?.kind === 'graded'
        ? { kind: 'confirmed', grade: confirmed.grade }
        : { kind: 'pending', unqualifiedByVillage: evaluations.get(p.id)?.unqualified ?? false };
    const outlook = removalOutlook({
      year: campaign.year,
      history: own,
      thisYear,
      isSecretary: p.isSecretary,
      isDirector: p.isDirector,
      villageId: p.villageId,
      failGrade: campaign.config.failGrade,
    });
    if (!outlook) return [];
    return [
      {
        participantId: p.id,
        name,
        villageName,
        post: roleLabel(p.isSecretary, p.isDirector),
        previousYear: outlook.previousYear,
        certain: outlook.certain,
        measures: outlook.measures.map((m) => REMOVAL_MEASURE_LABELS[m]),
        text: outlook.text,
      },
    ];
  });
  return rows.sort((a, b) => Number(b.certain) - Number(a.certain));
}
