/**
 * 绩效工资 writes, in the caller's transaction: the office's base amounts, its sign-off (签发: the
 * sheet is frozen as a version) and a correction (the standing version is superseded with a reason;
 * the office then signs the next version). Each write is audited.
 */
import { eq, sql } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { badRequest, refuse } from '../../core/errors.ts';
import type { Tx } from '../../db/client.ts';
import { payBases, paySheets } from '../../db/schema/index.ts';
import { type PayAction, payRefusal } from '../../domain/policies/rewards.ts';
import { yuanToFen } from '../../domain/sanctions/performance-pay.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { chainHead } from '../audit/chain-head.ts';
import { basesOf, draftLines, lineTotals, sheetVersions } from './pay-lines.ts';
import type { BasesBody } from './rewards.schema.ts';
import { type RewardsYear, rewardsYear } from './rewards-year.ts';

/** The year locked for a write, and the refusal of `action` checked against the sheet as it stands. */
async function payYear(tx: Tx, actor: Actor, campaignId: string, action: PayAction) {
  const year = await rewardsYear(tx, actor, campaignId, { lock: true });
  const versions = await sheetVersions(tx, year.campaign.id);
  const standing = versions.find((v) => v.supersededAt === null) ?? null;
  const lines = draftLines(
    year.results,
    await basesOf(tx, year.campaign.id),
    year.campaign.config.payCoefficients,
  );
  refuse(
    payRefusal({ ...year.facts, signed: standing !== null, missingBases: lineTotals(lines).missing }, action),
  );
  return { year, versions, standing, lines };
}

const audit = (year: RewardsYear, entity: string, entityId: string) => ({
  entity,
  entityId,
  countyId: year.campaign.countyId,
  townshipId: year.campaign.townshipId,
});

/** Base amounts in fen by participant; a participant not among the year's cadres is refused. */
export function fenByParticipant(year: RewardsYear, body: BasesBody): Map<string, number> {
  const known = new Set(year.results.map((r) => r.participantId));
  const out = new Map<string, number>();
  body.bases.forEach((b, i) => {
    if (!known.has(b.participantId)) throw badRequest('bases', `第 ${i + 1} 条：不是本年度参加考评的村干部`);
    out.set(b.participantId, yuanToFen(b.base)!);
  });
  return out;
}

/** Writes base amounts (one audit entry per changed amount); the year must be open for edits. */
async function writeBases(tx: Tx, actor: Actor, year: RewardsYear, fen: ReadonlyMap<string, number>) {
  const before = await basesOf(tx, year.campaign.id);
  const villageOf = new Map(year.results.map((r) => [r.participantId, r.villageId]));
  for (const [participantId, baseFen] of fen) {
    if (before.get(participantId) === baseFen) continue;
    const [row] = await tx
      .insert(payBases)
      .values({
        countyId: year.campaign.countyId,
        townshipId: year.campaign.townshipId,
        villageId: villageOf.get(participantId)!,
        campaignId: year.campaign.id,
        participantId,
        baseFen,
        enteredBy: actor.displayName,
      })
      .onConflictDoUpdate({
        target: [payBases.campaignId, payBases.participantId],
        set: { baseFen, enteredBy: actor.displayName, updatedAt: sql`now()` },
      })
      .returning({ id: payBases.id });
    await appendAudit(tx, asAuditActor(actor), {
      action: 'pay_base.set',
      ...audit(year, 'pay_base', row!.id),
      before: before.has(participantId) ? { baseFen: before.get(participantId) } : undefined,
      after: { participantId, baseFen },
    });
  }
}

/** Base amounts from wherever they come (the form, the template), once the sheet is open for edits. */
export async function setBasesFrom(
  tx: Tx,
  actor: Actor,
  campaignId: string,
  read: (year: RewardsYear) => Map<string, number> | Promise<Map<string, number>>,
) {
  const { year } = await payYear(tx, actor, campaignId, 'edit');
  await writeBases(tx, actor, year, await read(year));
  return year;
}

export const setBases = (tx: Tx, actor: Actor, campaignId: string, body: BasesBody) =>
  setBasesFrom(tx, actor, campaignId, (year) => fenByParticipant(year, body));

/** 签发: freezes the sheet as the next version, with the audit chain head it prints. */
export async function signSheet(tx: Tx, actor: Actor, campaignId: string, at = new Date()) {
  const { year, versions, lines } = await payYear(tx, actor, campaignId, 'sign');
  const totals = lineTotals(lines);
  const head = await chainHead(tx, year.campaign.countyId);
  const previous = versions[0];
  const [row] = await tx
    .insert(paySheets)
    .values({
      countyId: year.campaign.countyId,
      townshipId: year.campaign.townshipId,
      campaignId: year.campaign.id,
      version: (previous?.version ?? 0) + 1,
      lines: lines.map((l) => ({ ...l, baseFen: l.baseFen ?? 0 })),
      coefficients: year.campaign.config.payCoefficients,
      baseFen: totals.baseFen,
      amountFen: totals.amountFen,
      reason: previous?.supersededReason ?? null,
      signedBy: actor.displayName,
      signedAt: at,
      headSeq: head.seq,
      headHash: head.hash,
    })
    .returning();
  await appendAudit(tx, asAuditActor(actor), {
    action: 'pay_sheet.sign',
    ...audit(year, 'pay_sheet', row!.id),
    after: {
      version: row!.version,
      baseFen: totals.baseFen,
      amountFen: totals.amountFen,
      cadres: lines.length,
    },
    reason: row!.reason,
  });
  return year;
}

/** 更正: the standing version is superseded (who, when, why); the bases may be changed and signed again. */
export async function correctSheet(tx: Tx, actor: Actor, campaignId: string, reason: string) {
  const { year, standing } = await payYear(tx, actor, campaignId, 'correct');
  await tx
    .update(paySheets)
    .set({ supersededAt: new Date(), supersededBy: actor.displayName, supersededReason: reason })
    .where(eq(paySheets.id, standing!.id));
  await appendAudit(tx, asAuditActor(actor), {
    action: 'pay_sheet.correct',
    ...audit(year, 'pay_sheet', standing!.id),
    before: { version: standing!.version },
    reason,
  });
  return year;
}
