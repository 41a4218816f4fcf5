/**
 * Each number of a final result in words (Chinese, no technical terms): the lines the public board
 * and the exports print beside a result, and the office's drawer repeats.
 */
import type { FinalResult } from '../../domain/evaluation/types.ts';

const two = (x: number) => x.toFixed(2);
const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;

export function villageLine(r: FinalResult): string {
  const v = r.village;
  if (!v) return '村级民主测评：尚无经确认的测评结果';
  const c = v.counts;
  const counts = `满意 ${c.satisfied} 票、基本满意 ${c.basicallySatisfied} 票、不满意 ${c.unsatisfied} 票，有效票 ${v.valid} 张`;
  const others = c.unknown + c.blank > 0 ? `；不了解 ${c.unknown} 票、空白 ${c.blank} 票不计入` : '';
  const score = v.score === null ? '无有效票' : `${two(v.score)} 分`;
  const rate = v.satisfactionRate === null ? '' : `，满意率 ${pct(v.satisfactionRate)}`;
  return `村级民主测评：${score}（${counts}${others}${rate}）${v.unqualified ? '，不满意票超过半数' : ''}`;
}

export function juryLine(r: FinalResult): string {
  const j = r.jury;
  if (!j) return r.forcedFail ? '乡集中述职：民主测评不合格，不参加乡集中述职' : '乡集中述职：尚未评分';
  const counted = j.scores.filter((s) => !s.dropped).length;
  const recused = j.recused > 0 ? `，回避 ${j.recused} 位` : '';
  const missing = j.missing > 0 ? `，未评分 ${j.missing} 位` : '';
  const score = j.score === null ? '尚未评完' : `${two(j.score)} 分`;
  return `乡集中述职：${score}（${j.scores.length} 位评委评分，${j.rule}，计入 ${counted} 个分数${recused}${missing}）`;
}

export function inspectionLine(r: FinalResult): string {
  const i = r.inspection;
  if (!i) return '实地考核：尚未考核';
  const scored = i.items.filter((x) => x.itemScore !== null).length;
  const score = i.score === null ? '尚未考核' : `${two(i.score)} 分`;
  return `实地考核：${score}（${scored} / ${i.items.length} 项承诺事项已考核，取各项得分的平均）`;
}

export function compositeLine(r: FinalResult): string {
  const e = r.explanation.composite;
  if (e.composite === null) return '综合得分：尚缺部分得分，暂未计算';
  const terms = e.parts.map((p) => `${two(p.score ?? 0)} × ${p.weight}%`).join(' + ');
  return `综合得分 = ${terms} = ${two(e.composite)}`;
}

export function rankLine(r: FinalResult): string {
  const e = r.explanation.rank;
  if (e.rank === null) return '排名：尚未排名';
  const ties = e.tieBreaks.length ? `；与综合得分相同者按${e.tieBreaks.join('、')}排序` : '';
  return `排名：第 ${e.rank} 名（共 ${e.of} 名）${ties}`;
}

/** Every line, in the order the parts are combined. */
export const explanationLines = (r: FinalResult): string[] => [
  villageLine(r),
  juryLine(r),
  inspectionLine(r),
  compositeLine(r),
  `等次：${r.explanation.grade.reason}`,
  rankLine(r),
];
