import { asc, eq, inArray } from 'drizzle-orm';
import { type Actor, asAuditActor } from '../../core/actor.ts';
import { conflict } from '../../core/errors.ts';
import type { Queryable, Tx } from '../../db/client.ts';
import { findInScope } from '../../db/find-in-scope.ts';
import {
  jurors,
  juryCorrections,
  juryMeetings,
  juryPaperEntries,
  juryReporters,
  juryScores,
} from '../../db/schema/index.ts';
import {
  JURY_MEETING_STATUS_LABELS,
  REPORTER_STATUS_LABELS,
} from '../../domain/evaluation/jury-categories.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import {
  type CorrectionFacts,
  correctionActions,
  createMeetingRefusal,
  type JuryMeetingAction,
  type JuryMeetingFacts,
  juryMeetingActions,
  juryMeetingRefusal,
} from '../../domain/policies/jury.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { presentJurors } from './jurors.service.ts';
import type { MeetingBody, MeetingView } from './jury.schema.ts';
import {
  campaignInScope,
  contextOf,
  type MeetingContext,
  MISSING_POLICY_LABELS,
  meetingInScope,
  postsOf,
} from './jury-context.ts';
import { aliasOf, meetingPanels, type Panel, resultSummary } from './jury-panels.ts';
import { announce, settleAndAnnounce } from './jury-settle.ts';

export function meetingFacts(
  actor: Actor,
  ctx: MeetingContext,
  counts: { jurors: number; panels: Panel[] },
): JuryMeetingFacts {
  return {
    actor,
    phase: ctx.campaign.phase,
    status: ctx.meeting.status,
    jurors: counts.jurors,
    reporters: counts.panels.length,
    allComplete: counts.panels.every((p) => p.reporter.reporter.status === 'done' && p.result.complete),
    hasCurrent: ctx.meeting.currentReporterId !== null,
  };
}

/** The meeting locked for a change, with its context, after the policy allowed the action. */
export async function meetingFor(tx: Tx, actor: Actor, meetingId: string, action: JuryMeetingAction) {
  const meeting = await meetingInScope(tx, actor, meetingId, true);
  const ctx = await contextOf(tx, meeting);
  const panels = await meetingPanels(tx, meeting.id, ctx.rules);
  const jurorCount =
    panels[0]?.seats.length ??
    (await tx.select({ id: jurors.id }).from(jurors).where(eq(jurors.meetingId, meetingId))).length;
  const refusal = juryMeetingRefusal(meetingFacts(actor, ctx, { jurors: jurorCount, panels }), action);
  if (refusal) throw refusal;
  return { ctx, panels };
}

const auditMeeting = (
  tx: Tx,
  actor: Actor,
  meeting: typeof juryMeetings.$inferSelect,
  action: string,
  before: unknown,
  after: unknown,
) =>
  appendAudit(tx, asAuditActor(actor), {
    action,
    entity: 'jury_meeting',
    entityId: meeting.id,
    countyId: meeting.countyId,
    townshipId: meeting.townshipId,
    before,
    after,
  });

/** The campaign's meeting as the console shows it, or null with whether one may be set up. */
export async function campaignMeeting(db: Queryable, actor: Actor, campaignId: string) {
  const campaign = await campaignInScope(db, actor, campaignId);
  const [meeting] = await db.select().from(juryMeetings).where(eq(juryMeetings.campaignId, campaignId));
  if (meeting) return { meeting: await meetingView(db, actor, meeting.id), allowedActions: [] as 'create'[] };
  const refusal = createMeetingRefusal({ actor, phase: campaign.phase, exists: false });
  return { meeting: null, allowedActions: refusal ? [] : (['create'] as const).slice() };
}

export async function createMeeting(tx: Tx, actor: Actor, campaignId: string, body: MeetingBody) {
  const campaign = await campaignInScope(tx, actor, campaignId);
  const [existing] = await tx
    .select({ id: juryMeetings.id })
    .from(juryMeetings)
    .where(eq(juryMeetings.campaignId, campaignId));
  const refusal = createMeetingRefusal({ actor, phase: campaign.phase, exists: Boolean(existing) });
  if (refusal) throw refusal;
  const [row] = await tx
    .insert(juryMeetings)
    .values({
      countyId: campaign.countyId,
      townshipId: campaign.townshipId,
      campaignId,
      heldAt: new Date(body.heldAt),
      place: body.place,
    })
    .returning();
  await auditMeeting(tx, actor, row!, 'jury_meeting.create', null, row);
  return meetingView(tx, actor, row!.id);
}

export async function updateMeeting(tx: Tx, actor: Actor, meetingId: string, body: MeetingBody) {
  const { ctx } = await meetingFor(tx, actor, meetingId, 'edit');
  const before = { heldAt: ctx.meeting.heldAt, place: ctx.meeting.place };
  const after = { heldAt: new Date(body.heldAt), place: body.place };
  await tx.update(juryMeetings).set(after).where(eq(juryMeetings.id, meetingId));
  await auditMeeting(tx, actor, ctx.meeting, 'jury_meeting.update', before, after);
  await announce(tx, meetingId);
  return meetingView(tx, actor, meetingId);
}

/** Draws the anonymous 评委 numbers (a random order, so the number says nothing of the list). */
function shuffled<T>(xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Starts the meeting: freezes its rules, numbers the jurors, calls the first reporter. */
export async function startMeeting(tx: Tx, actor: Actor, meetingId: string) {
  const { ctx, panels } = await meetingFor(tx, actor, meetingId, 'start');
  const jurorRows = await tx.select({ id: jurors.id }).from(jurors).where(eq(jurors.meetingId, meetingId));
  for (const [i, j] of shuffled(jurorRows).entries()) {
    await tx
      .update(jurors)
      .set({ alias: i + 1 })
      .where(eq(jurors.id, j.id));
  }
  const first = panels[0]!.reporter.reporter;
  const now = new Date();
  await tx
    .update(juryReporters)
    .set({ status: 'reporting', startedAt: now })
    .where(eq(juryReporters.id, first.id));
  await tx
    .update(juryMeetings)
    .set({ status: 'running', startedAt: now, rules: ctx.rules, currentReporterId: first.id })
    .where(eq(juryMeetings.id, meetingId));
  await auditMeeting(
    tx,
    actor,
    ctx.meeting,
    'jury_meeting.start',
    { status: 'setup' },
    { status: 'running', rules: ctx.rules },
  );
  await announce(tx, meetingId);
  return meetingView(tx, actor, meetingId);
}

/**
 * 下一位: closes the current reporter (under 'leave_out' their missing scores are then left out) and
 * calls the next one waiting, if any.
 */
export async function nextReporter(tx: Tx, actor: Actor, meetingId: string) {
  const { ctx, panels } = await meetingFor(tx, actor, meetingId, 'next');
  const current = ctx.meeting.currentReporterId;
  const next = panels.find((p) => p.reporter.reporter.status === 'waiting')?.reporter.reporter ?? null;
  if (!current && !next) throw conflict('NO_NEXT', '所有述职人都已述职');
  if (current) await tx.update(juryReporters).set({ status: 'done' }).where(eq(juryReporters.id, current));
  if (next) {
    await tx
      .update(juryReporters)
      .set({ status: 'reporting', startedAt: new Date() })
      .where(eq(juryReporters.id, next.id));
  }
  await tx
    .update(juryMeetings)
    .set({ currentReporterId: next?.id ?? null })
    .where(eq(juryMeetings.id, meetingId));
  await auditMeeting(
    tx,
    actor,
    ctx.meeting,
    'jury_meeting.next',
    { currentReporterId: current },
    { currentReporterId: next?.id ?? null },
  );
  await settleAndAnnounce(tx, { ...ctx, meeting: { ...ctx.meeting, currentReporterId: next?.id ?? null } });
  return meetingView(tx, actor, meetingId);
}

export async function finishMeeting(tx: Tx, actor: Actor, meetingId: string) {
  const { ctx } = await meetingFor(tx, actor, meetingId, 'finish');
  await tx
    .update(juryMeetings)
    .set({ status: 'finished', finishedAt: new Date() })
    .where(eq(juryMeetings.id, meetingId));
  // The QR slips end with the meeting: their accounts cannot sign in any more.
  await tx.update(jurors).set({ signInCodeHash: null }).where(eq(jurors.meetingId, meetingId));
  await auditMeeting(
    tx,
    actor,
    ctx.meeting,
    'jury_meeting.finish',
    { status: 'running' },
    { status: 'finished' },
  );
  await announce(tx, meetingId);
  return meetingView(tx, actor, meetingId);
}

/** The office's console: jurors with ties and sign-in, reporters with progress and results, corrections. */
export async function meetingView(db: Queryable, actor: Actor, meetingId: string): Promise<MeetingView> {
  const meeting = await meetingInScope(db, actor, meetingId);
  const ctx = await contextOf(db, meeting);
  const panels = await meetingPanels(db, meetingId, ctx.rules);
  const jurorViews = await presentJurors(db, meetingId);
  const paper = await db.select().from(juryPaperEntries).where(eq(juryPaperEntries.meetingId, meetingId));
  return {
    id: meeting.id,
    campaignId: meeting.campaignId,
    year: ctx.campaign.year,
    title: ctx.title,
    heldAt: meeting.heldAt.toISOString(),
    heldAtText: formatLocalDateTime(meeting.heldAt, ctx.timeZone),
    place: meeting.place,
    status: meeting.status,
    statusLabel: JURY_MEETING_STATUS_LABELS[meeting.status],
    rules: { ...ctx.rules, missingPolicyLabel: MISSING_POLICY_LABELS[ctx.rules.missingPolicy] },
    currentReporterId: meeting.currentReporterId,
    jurors: jurorViews,
    reporters: panels.map((p) => reporterProgress(p, paper)),
    corrections: await correctionViews(db, actor, ctx, panels),
    allowedActions: juryMeetingActions(meetingFacts(actor, ctx, { jurors: jurorViews.length, panels })),
  };
}

function reporterProgress(p: Panel, paper: (typeof juryPaperEntries.$inferSelect)[]) {
  const r = p.reporter;
  const mine = paper.filter((e) => e.reporterId === r.reporter.id);
  const byJuror = new Map<string, number[]>();
  for (const e of mine) byJuror.set(e.jurorId, [...(byJuror.get(e.jurorId) ?? []), e.total]);
  const scored = new Set(p.seats.filter((s) => s.score).map((s) => s.juror.id));
  const open = [...byJuror].filter(([jurorId]) => !scored.has(jurorId));
  return {
    id: r.reporter.id,
    participantId: r.reporter.participantId,
    position: r.reporter.position,
    name: r.name,
    villageId: r.reporter.villageId,
    villageName: r.villageName,
    posts: postsOf(r),
    status: r.reporter.status,
    statusLabel: REPORTER_STATUS_LABELS[r.reporter.status],
    scored: p.result.scores.length,
    expected: p.seats.length - p.result.recused,
    paperPending: open.filter(([, v]) => v.length === 1).length,
    paperMismatch: open.filter(([, v]) => v.length > 1).length,
    result: resultSummary(p.result),
  };
}

async function correctionViews(db: Queryable, actor: Actor, ctx: MeetingContext, panels: Panel[]) {
  const rows = await db
    .select()
    .from(juryCorrections)
    .where(eq(juryCorrections.meetingId, ctx.meeting.id))
    .orderBy(asc(juryCorrections.requestedAt));
  if (!rows.length) return [];
  const scores = await db
    .select()
    .from(juryScores)
    .where(
      inArray(
        juryScores.id,
        rows.map((r) => r.scoreId),
      ),
    );
  const scoreById = new Map(scores.map((s) => [s.id, s]));
  const panelOf = new Map(panels.map((p) => [p.reporter.reporter.id, p]));
  return rows.map((c) => {
    const score = scoreById.get(c.scoreId)!;
    const panel = panelOf.get(score.reporterId);
    const juror = panel?.seats.find((s) => s.juror.id === score.jurorId)?.juror;
    const facts: CorrectionFacts = {
      actor,
      phase: ctx.campaign.phase,
      requestedBy: c.requestedBy,
      confirmed: c.confirmedAt !== null,
    };
    return {
      id: c.id,
      reporterName: panel?.reporter.name ?? '',
      jurorAlias: juror ? aliasOf(juror) : null,
      oldTotal: c.oldTotal,
      newTotal: c.newTotal,
      reason: c.reason,
      requestedByName: c.requestedByName,
      requestedAt: formatLocalDateTime(c.requestedAt, ctx.timeZone),
      confirmedByName: c.confirmedByName,
      confirmedAt: c.confirmedAt ? formatLocalDateTime(c.confirmedAt, ctx.timeZone) : null,
      allowedActions: correctionActions(facts),
    };
  });
}

/** One reporter's scores juror by juror, for the office (a correction names the score it changes). */
export async function reporterScores(db: Queryable, actor: Actor, reporterId: string) {
  const reporter = await findInScope(db, juryReporters, actor.scope, reporterId, '述职人');
  const meeting = await meetingInScope(db, actor, reporter.meetingId);
  const ctx = await contextOf(db, meeting);
  const panel = (await meetingPanels(db, meeting.id, ctx.rules)).find(
    (p) => p.reporter.reporter.id === reporterId,
  )!;
  const names = new Map((await presentJurors(db, meeting.id)).map((j) => [j.id, j.name]));
  return {
    reporterId,
    name: panel.reporter.name,
    scores: panel.seats.flatMap((s) =>
      s.score
        ? [
            {
              scoreId: s.score.id,
              jurorId: s.juror.id,
              jurorName: names.get(s.juror.id) ?? '',
              alias: aliasOf(s.juror),
              total: s.score.total,
              parts: s.score.parts,
              source: s.score.source,
              sourceLabel: s.score.source === 'phone' ? '手机' : '纸质评分表',
            },
          ]
        : [],
    ),
  };
}
