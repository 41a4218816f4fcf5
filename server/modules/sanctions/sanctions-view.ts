import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import {
  admonishmentTasks,
  persons,
  removalCaseSteps,
  removalCases,
  villages,
} from '../../db/schema/index.ts';
import { workedVillages } from '../../db/worked-villages.ts';
import { localToday } from '../../domain/local-time.ts';
import { sanctionActions } from '../../domain/policies/sanctions.ts';
import { CASE_STEP_LABELS, nextCaseStep } from '../../domain/sanctions/due-process.ts';
import { REMOVAL_MEASURE_LABELS } from '../../domain/sanctions/removal-chain.ts';
import type { CampaignRow } from '../campaigns/campaign-hooks.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { recallFactsOf, recallView } from './recall-read.ts';
import { removalOutlookOf } from './removal-outlook.ts';
import type { SanctionsView } from './sanctions.schema.ts';

/** The year's admonishment tasks (open and overdue first) and removal cases, as the caller may see them. */
export async function sanctionsView(
  q: Queryable,
  actor: Actor,
  campaign: CampaignRow,
): Promise<SanctionsView> {
  const today = localToday(await townshipZone(q, campaign.townshipId));
  const facts = (closed: boolean) => ({ role: actor.role, phase: campaign.phase, closed });
  const tasks = await q
    .select({ task: admonishmentTasks, name: persons.name, villageName: villages.name })
    .from(admonishmentTasks)
    .innerJoin(persons, eq(persons.id, admonishmentTasks.personId))
    .innerJoin(villages, eq(villages.id, admonishmentTasks.villageId))
    .where(
      and(eq(admonishmentTasks.campaignId, campaign.id), workedVillages(actor, admonishmentTasks.villageId)),
    )
    .orderBy(asc(admonishmentTasks.dueOn), asc(persons.name));
  const admonishments = tasks.map(({ task, name, villageName }) => ({
    id: task.id,
    name,
    villageName,
    reason: task.reason,
    reasonText: task.reasonText,
    dueOn: task.dueOn,
    overdue: task.closedAt === null && task.dueOn < today,
    talkedBy: task.talkedBy,
    talkedOn: task.talkedOn,
    content: task.content,
    undertaking: task.undertaking,
    closed: task.closedAt !== null,
    allowedActions: sanctionActions(facts(task.closedAt !== null)),
  }));
  admonishments.sort((a, b) => Number(a.closed) - Number(b.closed) || Number(b.overdue) - Number(a.overdue));
  return {
    campaignId: campaign.id,
    year: campaign.year,
    admonishments,
    removalCases: await caseViews(q, actor, campaign),
    removalOutlook: await removalOutlookOf(q, actor, campaign),
  };
}

async function caseViews(q: Queryable, actor: Actor, campaign: CampaignRow) {
  const cases = await q
    .select({ row: removalCases, name: persons.name, villageName: villages.name })
    .from(removalCases)
    .innerJoin(persons, eq(persons.id, removalCases.personId))
    .innerJoin(villages, eq(villages.id, removalCases.villageId))
    .where(and(eq(removalCases.campaignId, campaign.id), workedVillages(actor, removalCases.villageId)))
    .orderBy(asc(persons.name));
  const steps = cases.length
    ? await q
        .select()
        .from(removalCaseSteps)
        .where(
          inArray(
            removalCaseSteps.caseId,
            cases.map((c) => c.row.id),
          ),
        )
        .orderBy(asc(removalCaseSteps.on), asc(removalCaseSteps.createdAt))
    : [];
  const views = [];
  for (const { row, name, villageName } of cases) {
    const own = steps.filter((s) => s.caseId === row.id);
    const closed = row.closedAt !== null;
    const nextStep = nextCaseStep(own.map((s) => s.step));
    views.push({
      id: row.id,
      name,
      villageName,
      years: [row.firstYear, row.secondYear] as [number, number],
      measures: row.measures.map((m) => REMOVAL_MEASURE_LABELS[m]),
      officeEndsByLaw: row.officeEndsByLaw,
      steps: own.map((s) => ({
        step: s.step,
        label: CASE_STEP_LABELS[s.step],
        on: s.on,
        text: s.content,
        recordedBy: s.recordedBy,
      })),
      nextStep,
      recall: await recallView(q, row),
      closed,
      allowedActions: sanctionActions({
        role: actor.role,
        phase: campaign.phase,
        closed,
        nextStep,
        recall: await recallFactsOf(q, row),
      }),
    });
  }
  return views;
}
