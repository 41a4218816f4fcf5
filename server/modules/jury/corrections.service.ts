import { and, eq, isNull } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { conflict, notFound } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import { juryCorrections, juryScores } from '../../db/schema/index.ts';
import { type CorrectionAction, correctionRefusal } from '../../domain/policies/jury.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { CorrectionBody } from './jury.schema.ts';
import { contextOf, meetingInScope } from './jury-context.ts';
import { settleAndAnnounce } from './jury-settle.ts';
import { meetingFor, meetingView } from './meetings.service.ts';
import { checkedScore } from './score-value.ts';

type CorrectionRow = typeof juryCorrections.$inferSelect;

const audit = (tx: Tx, actor: Actor, c: CorrectionRow, action: string, after: unknown) =>
  appendAudit(tx, asAuditActor(actor), {
    action,
    entity: 'jury_correction',
    entityId: c.id,
    countyId: c.countyId,
    townshipId: c.townshipId,
    after,
  });

/** Asks to change a submitted score, with a reason; it changes only when a second office account confirms. */
export async function requestCorrection(tx: Tx, actor: Actor, meetingId: string, body: CorrectionBody) {
  const { ctx } = await meetingFor(tx, actor, meetingId, 'request_correction');
  const [score] = await tx
    .select()
    .from(juryScores)
    .where(and(eq(juryScores.id, body.scoreId), eq(juryScores.meetingId, meetingId)));
  if (!score) throw notFound('评分');
  const value = checkedScore(ctx.rules, body);
  if (value.total === score.total && JSON.stringify(value.parts) === JSON.stringify(score.parts)) {
    throw conflict('UNCHANGED', '更正后的分数与原分数相同', 'total');
  }
  const [open] = await tx
    .select({ id: juryCorrections.id })
    .from(juryCorrections)
    .where(and(eq(juryCorrections.scoreId, score.id), isNull(juryCorrections.confirmedAt)));
  if (open) throw conflict('CORRECTION_OPEN', '该评分已有一项待确认的更正', 'scoreId');
  const [row] = await tx
    .insert(juryCorrections)
    .values({
      countyId: score.countyId,
      townshipId: score.townshipId,
      meetingId,
      scoreId: score.id,
      oldTotal: score.total,
      oldParts: score.parts,
      newTotal: value.total,
      newParts: value.parts,
      reason: body.reason,
      requestedBy: actor.userId,
      requestedByName: actor.displayName,
    })
    .returning();
  await audit(tx, actor, row!, 'jury_correction.request', {
    scoreId: score.id,
    from: score.total,
    to: value.total,
    reason: body.reason,
  });
  return meetingView(tx, actor, meetingId);
}

/** A second office account confirms (the score changes, the result with it) or either withdraws it. */
export async function decideCorrection(tx: Tx, actor: Actor, correctionId: string, action: CorrectionAction) {
  const correction = await findInScope(tx, juryCorrections, actor.scope, correctionId, '更正', {
    lock: true,
  });
  const meeting = await meetingInScope(tx, actor, correction.meetingId, true);
  const ctx = await contextOf(tx, meeting);
  const refusal = correctionRefusal(
    {
      actor,
      phase: ctx.campaign.phase,
      requestedBy: correction.requestedBy,
      confirmed: correction.confirmedAt !== null,
    },
    action,
  );
  if (refusal) throw refusal;
  if (action === 'cancel') {
    await tx.delete(juryCorrections).where(eq(juryCorrections.id, correctionId));
    await audit(tx, actor, correction, 'jury_correction.cancel', null);
    return meetingView(tx, actor, meeting.id);
  }
  await tx
    .update(juryScores)
    .set({ total: correction.newTotal, parts: correction.newParts })
    .where(eq(juryScores.id, correction.scoreId));
  await tx
    .update(juryCorrections)
    .set({ confirmedBy: actor.userId, confirmedByName: actor.displayName, confirmedAt: new Date() })
    .where(eq(juryCorrections.id, correctionId));
  await audit(tx, actor, correction, 'jury_correction.confirm', {
    scoreId: correction.scoreId,
    total: correction.newTotal,
  });
  await settleAndAnnounce(tx, ctx);
  return meetingView(tx, actor, meeting.id);
}
