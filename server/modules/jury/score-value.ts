import { badRequest } from '../../core/errors.ts';
import type { JuryRules } from '../../db/schema/index.ts';
import { scoreValueProblem, subCriteriaTotal } from '../../domain/evaluation/jury-score.ts';
import type { ScoreValue } from './jury.schema.ts';

/**
 * A typed score checked against the meeting's rules: one total 0–100, or one value per sub-criterion
 * within its maximum (the total is their sum). A 400 names the field (评分, or the sub-criterion).
 */
export function checkedScore(
  rules: JuryRules,
  value: ScoreValue,
  where = '',
): { total: number; parts: number[] | null } {
  const criteria = rules.subCriteria;
  if (criteria.length === 0) {
    if (value.parts?.length)
      throw badRequest('parts', `${where}“细项评分”：本次述职会不设评分细项，请只填总分`);
    if (value.total === undefined) throw badRequest('total', `${where}“评分”：请填写分数`);
    const problem = scoreValueProblem(value.total, 100);
    if (problem) throw badRequest('total', `${where}“评分”：${problem}`);
    return { total: value.total, parts: null };
  }
  const parts = value.parts ?? [];
  if (parts.length !== criteria.length) {
    throw badRequest('parts', `${where}“细项评分”：请按 ${criteria.map((c) => c.name).join('、')} 逐项打分`);
  }
  criteria.forEach((c, i) => {
    const problem = scoreValueProblem(parts[i]!, c.maxScore);
    if (problem) throw badRequest(`parts.${i}`, `${where}“${c.name}”：${problem}`);
  });
  const total = subCriteriaTotal(parts);
  if (value.total !== undefined && Math.abs(value.total - total) > 1e-9) {
    throw badRequest('total', `${where}“评分”：总分应为各细项之和 ${total}`);
  }
  return { total, parts };
}
