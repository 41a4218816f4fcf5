import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/client.ts';
import {
  BAND_MIN,
  BAND_SD,
  describeFlag,
  type GivenScore,
  juryDeviations,
} from '../../domain/evaluation/jury-deviation.ts';
import { formatLocalDateTime } from '../../domain/local-time.ts';
import { juryMeetingRefusal } from '../../domain/policies/jury.ts';
import { presentJurors } from './jurors.service.ts';
import { contextOf, meetingInScope, villageNamesOf } from './jury-context.ts';
import { aliasOf, meetingPanels, type Panel } from './jury-panels.ts';
import { meetingFacts } from './meetings.service.ts';

const RULE = `与其他评委对同一述职人的平均分相比：相差超过 ${BAND_MIN} 分且超过其他评委分数标准差的 ${BAND_SD} 倍为“远离”；半数以上述职人远离、八成以上打最高或最低分、给某村的评分明显偏高时提示`;

async function deviationsOf(db: Queryable, panels: Panel[]) {
  const scores: GivenScore[] = panels.flatMap((p) =>
    p.seats.flatMap((s) =>
      s.score && !s.recused
        ? [
            {
              jurorId: s.juror.id,
              reporterId: p.reporter.reporter.id,
              villageId: p.reporter.reporter.villageId,
              value: s.score.total,
            },
          ]
        : [],
    ),
  );
  const deviations = new Map(juryDeviations(scores).map((d) => [d.jurorId, d]));
  const names = await villageNamesOf(
    db,
    panels.map((p) => p.reporter.reporter.villageId),
  );
  const text = (flag: Parameters<typeof describeFlag>[0]) => describeFlag(flag, (id) => names.get(id) ?? '');
  return { deviations, text };
}

/** The deviation monitor on the office's console (never on the projector): every juror, flagged or not. */
export async function deviationMonitor(db: Queryable, actor: Actor, meetingId: string) {
  const meeting = await meetingInScope(db, actor, meetingId);
  const ctx = await contextOf(db, meeting);
  const panels = await meetingPanels(db, meetingId, ctx.rules);
  const jurorViews = await presentJurors(db, meetingId);
  const { deviations, text } = await deviationsOf(db, panels);
  return {
    rule: RULE,
    jurors: jurorViews.map((j) => {
      const d = deviations.get(j.id);
      return {
        jurorId: j.id,
        name: j.name,
        alias: j.alias,
        categoryLabel: j.categoryLabel,
        scored: panels.filter((p) => p.seats.some((s) => s.juror.id === j.id && s.score)).length,
        compared: d?.compared ?? 0,
        meanDeviation: d?.meanDeviation ?? null,
        meanAbsDeviation: d?.meanAbsDeviation ?? null,
        outside: d?.outside ?? 0,
        highest: d?.highest ?? 0,
        lowest: d?.lowest ?? 0,
        flags: (d?.flags ?? []).map((f) => ({ kind: f.kind, text: text(f) })),
      };
    }),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** After the meeting: each juror as 评委N (no names, no category), with their figures. */
export async function jurorReport(db: Queryable, actor: Actor, meetingId: string) {
  const meeting = await meetingInScope(db, actor, meetingId);
  const ctx = await contextOf(db, meeting);
  const panels = await meetingPanels(db, meetingId, ctx.rules);
  const refusal = juryMeetingRefusal(
    meetingFacts(actor, ctx, { jurors: panels[0]?.seats.length ?? 0, panels }),
    'view_report',
  );
  if (refusal) throw refusal;
  const { deviations, text } = await deviationsOf(db, panels);
  const seats = panels[0]?.seats.map((s) => s.juror) ?? [];
  const rows = seats
    .filter((j) => j.alias !== null)
    .sort((a, b) => a.alias! - b.alias!)
    .map((j) => {
      const mine = panels.flatMap((p) => p.seats.filter((s) => s.juror.id === j.id).map((s) => ({ p, s })));
      const given = mine.filter((m) => m.s.score && !m.s.recused).map((m) => m.s.score!.total);
      const alias = aliasOf(j)!;
      const d = deviations.get(j.id);
      return {
        alias,
        scored: given.length,
        recused: mine.filter((m) => m.s.recused).length,
        dropped: mine.filter((m) => m.p.result.scores.some((e) => e.juror === alias && e.dropped)).length,
        meanScore: given.length ? round2(given.reduce((a, b) => a + b, 0) / given.length) : null,
        meanDeviation: d?.meanDeviation ?? null,
        meanAbsDeviation: d?.meanAbsDeviation ?? null,
        highest: d?.highest ?? 0,
        lowest: d?.lowest ?? 0,
        flags: (d?.flags ?? []).map(text),
      };
    });
  return {
    title: `${ctx.title}评委评分分析`,
    heldAtText: formatLocalDateTime(meeting.heldAt, ctx.timeZone),
    jurorCount: rows.length,
    reporterCount: panels.length,
    jurors: rows,
    note: `评委编号在述职会开始时随机生成，本表不含评委姓名和类别。偏差为该评委的评分减去其他评委对同一述职人的平均分。${RULE}。`,
  };
}
