import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, conflict, notFound } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { juryPaperEntries, juryScores, persons } from '../../db/schema/index.ts';
import { canonicalJson } from '../../domain/audit-chain.ts';
import { appendAudit } from '../audit/audit.service.ts';
import type { PaperBody } from './jury.schema.ts';
import { settleAndAnnounce } from './jury-settle.ts';
import { meetingFor } from './meetings.service.ts';
import { checkedScore } from './score-value.ts';

/** The audit log keeps a digest of a paper entry, not its value: the two entries stay blind to each other. */
const digest = (v: { total: number; parts: number[] | null }) =>
  createHash('sha256').update(canonicalJson(v)).digest('hex');

const same = (a: { total: number; parts: number[] | null }, b: { total: number; parts: number[] | null }) =>
  a.total === b.total && JSON.stringify(a.parts ?? null) === JSON.stringify(b.parts ?? null);

/**
 * Scores from the jurors' paper sheets (the network failed), keyed in by an office account. Each
 * (reporter, juror) needs two entries by two different accounts; when they agree the score counts
 * (as a paper score), when they differ neither counts and the sheet is keyed in again. An account's
 * new entry replaces its own earlier one. Neither account ever sees the other's numbers.
 */
export async function enterPaper(tx: Tx, actor: Actor, meetingId: string, body: PaperBody) {
  const { ctx, panels } = await meetingFor(tx, actor, meetingId, 'enter_paper');
  const panel = panels.find((p) => p.reporter.reporter.id === body.reporterId);
  if (!panel) throw notFound('述职人');
  if (panel.reporter.reporter.status === 'waiting') {
    throw conflict('NOT_CALLED', `${panel.reporter.name}尚未述职，不能录入其评分`, 'reporterId');
  }
  if (new Set(body.entries.map((e) => e.jurorId)).size !== body.entries.length) {
    throw badRequest('entries', '“评分表”：同一评委录入了两次');
  }
  const result = { entered: 0, agreed: 0, waiting: 0, mismatched: [] as { jurorId: string; name: string }[] };
  for (const [i, entry] of body.entries.entries()) {
    const seat = panel.seats.find((s) => s.juror.id === entry.jurorId);
    if (!seat) throw badRequest('entries', `“评分表”第 ${i + 1} 行：不是本次述职会的评委`);
    const name = (await jurorName(tx, seat.juror.personId)) ?? '';
    if (seat.recused) throw conflict('RECUSED', `“${name}”须回避该述职人，不能录入评分`, 'entries');
    if (seat.score) throw conflict('ALREADY_SCORED', `“${name}”的评分已计入，如需更改请提出更正`, 'entries');
    const value = checkedScore(ctx.rules, entry, `第 ${i + 1} 行`);
    const entries = await tx
      .select()
      .from(juryPaperEntries)
      .where(
        and(
          eq(juryPaperEntries.reporterId, panel.reporter.reporter.id),
          eq(juryPaperEntries.jurorId, seat.juror.id),
        ),
      );
    const others = entries.filter((e) => e.enteredBy !== actor.userId);
    if (others.length >= 2) throw conflict('TWO_ENTRIES', `“${name}”的评分表已由两人录入`, 'entries');
    await tx
      .delete(juryPaperEntries)
      .where(
        and(
          eq(juryPaperEntries.reporterId, panel.reporter.reporter.id),
          eq(juryPaperEntries.jurorId, seat.juror.id),
          eq(juryPaperEntries.enteredBy, actor.userId),
        ),
      );
    await tx.insert(juryPaperEntries).values({
      countyId: ctx.meeting.countyId,
      townshipId: ctx.meeting.townshipId,
      meetingId,
      reporterId: panel.reporter.reporter.id,
      jurorId: seat.juror.id,
      enteredBy: actor.userId,
      total: value.total,
      parts: value.parts,
    });
    await appendAudit(tx, asAuditActor(actor), {
      action: 'jury_paper.enter',
      entity: 'juror',
      entityId: seat.juror.id,
      countyId: ctx.meeting.countyId,
      townshipId: ctx.meeting.townshipId,
      after: { reporterId: panel.reporter.reporter.id, digest: digest(value) },
    });
    result.entered++;
    const other = others[0];
    if (!other) result.waiting++;
    else if (!same(value, { total: other.total, parts: other.parts }))
      result.mismatched.push({ jurorId: seat.juror.id, name });
    else {
      const [row] = await tx
        .insert(juryScores)
        .values({
          countyId: ctx.meeting.countyId,
          townshipId: ctx.meeting.townshipId,
          meetingId,
          reporterId: panel.reporter.reporter.id,
          jurorId: seat.juror.id,
          total: value.total,
          parts: value.parts,
          source: 'paper',
          enteredBy: actor.userId,
        })
        .returning();
      await appendAudit(tx, asAuditActor(actor), {
        action: 'jury_score.paper',
        entity: 'jury_score',
        entityId: row!.id,
        countyId: ctx.meeting.countyId,
        townshipId: ctx.meeting.townshipId,
        after: {
          reporterId: row!.reporterId,
          jurorId: row!.jurorId,
          total: row!.total,
          parts: row!.parts,
          firstEnteredBy: other.enteredBy,
        },
      });
      result.agreed++;
    }
  }
  await settleAndAnnounce(tx, ctx);
  return result;
}

async function jurorName(tx: Tx, personId: string) {
  const [p] = await tx.select({ name: persons.name }).from(persons).where(eq(persons.id, personId));
  return p?.name;
}
