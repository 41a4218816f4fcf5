import { eq } from 'drizzle-orm';
import { type Actor, type AuditActor, asAuditActor, type Scope } from '../../core/actor.ts';
import { badRequest, conflict } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { participants } from '../../db/schema/index.ts';
import { isCalendarDate } from '../../domain/campaign-config.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { assertNotArchived, findCampaign } from './campaign-access.ts';
import type { CampaignRow } from './campaign-hooks.ts';
import { type ParticipantRow, participantView } from './participants.service.ts';

/** A participant in the caller's scope, locked, with its campaign (also locked: no archiving meanwhile). */
async function lockParticipant(tx: Tx, scope: Scope, participantId: string) {
  const row = await findInScope(tx, participants, scope, participantId, '参与人员', { lock: true });
  const campaign = await findCampaign(tx, scope, row.campaignId, { lock: true });
  assertNotArchived(campaign);
  return { row, campaign };
}

const exclusionOf = (p: ParticipantRow) => ({
  excluded: p.excluded,
  excludedReason: p.excludedReason,
  excludedOn: p.excludedOn,
});

/** 立案未结案: the cadre takes no part in the year's evaluation from that date. */
export async function excludeParticipant(
  tx: Tx,
  actor: Actor,
  participantId: string,
  input: { reason: string; date: string },
) {
  const { row, campaign } = await lockParticipant(tx, actor.scope, participantId);
  if (!isCalendarDate(input.date)) throw badRequest('date', '“立案日期”不是有效日期');
  if (!input.date.startsWith(`${campaign.year}-`)) {
    const y = campaign.year;
    throw badRequest('date', `“立案日期”必须在 ${y} 年内（${y}-01-01 至 ${y}-12-31），不能是 ${input.date}`);
  }
  if (row.excluded) throw conflict('ALREADY_EXCLUDED', '该人员已被排除，不能重复排除');
  return setExclusion(tx, asAuditActor(actor), row, campaign, {
    action: 'participant.exclude',
    change: { excluded: true, excludedReason: input.reason, excludedOn: input.date },
    reason: input.reason,
  });
}

/** The case is closed (or the exclusion was a mistake): the cadre takes part again. */
export async function reinstateParticipant(tx: Tx, actor: Actor, participantId: string, reason: string) {
  const { row, campaign } = await lockParticipant(tx, actor.scope, participantId);
  if (!row.excluded) throw conflict('NOT_EXCLUDED', '该人员未被排除，无需恢复');
  return setExclusion(tx, asAuditActor(actor), row, campaign, {
    action: 'participant.reinstate',
    change: { excluded: false, excludedReason: null, excludedOn: null },
    reason,
  });
}

async function setExclusion(
  tx: Tx,
  auditActor: AuditActor,
  row: ParticipantRow,
  campaign: CampaignRow,
  what: { action: string; change: ReturnType<typeof exclusionOf>; reason: string },
) {
  const [updated] = await tx
    .update(participants)
    .set(what.change)
    .where(eq(participants.id, row.id))
    .returning();
  await appendAudit(tx, auditActor, {
    action: what.action,
    entity: 'participant',
    entityId: row.id,
    countyId: row.countyId,
    townshipId: row.townshipId,
    before: exclusionOf(row),
    after: exclusionOf(updated!),
    reason: what.reason,
  });
  return participantView(tx, updated!, campaign.year);
}
