import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { PHASE_LABELS } from '../../domain/phases.ts';
import { campaignSupervisionActions, villageSupervisionActions } from '../../domain/policies/supervision.ts';
import { openRectifications, rectificationCounts } from './checks.service.ts';
import { campaignContext, villagesOf } from './supervision-context.ts';

/** What the supervision pages start from: the year, what the caller may record, their villages, open demands. */
export async function supervisionSummary(db: Queryable, actor: Actor, campaignId: string) {
  const ctx = await campaignContext(db, actor, campaignId);
  const { campaign } = ctx;
  const villages = await villagesOf(db, actor, campaign);
  const counts =
    actor.role === 'township_leader'
      ? await openRectifications(db, actor, campaignId).then((rows) => ({
          open: rows.length,
          overdue: rows.filter((r) => r.state === 'overdue').length,
        }))
      : await rectificationCounts(db, actor.scope, { campaignId });
  return {
    campaign: {
      id: campaign.id,
      year: campaign.year,
      phase: campaign.phase,
      phaseLabel: PHASE_LABELS[campaign.phase],
    },
    today: ctx.today,
    allowedActions: campaignSupervisionActions({ actor, phase: campaign.phase }),
    villages: villages.map((v) => ({
      id: v.id,
      name: v.name,
      allowedActions: villageSupervisionActions({
        actor,
        phase: campaign.phase,
        contactLeader: actor.contactVillageIds.includes(v.id),
      }),
    })),
    rectifications: counts,
  };
}
