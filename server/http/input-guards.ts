import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from '../core/errors.ts';
import { labelField } from './validation.ts';

/** Longer than any text field of any request; a longer string is refused before its schema is read. */
export const MAX_TEXT_LENGTH = 10_000;

export type TextProblem = { field: string; kind: 'nul' | 'too_long' };

/**
 * The first string in a parsed request part that no field may hold: a zero byte (PostgreSQL
 * cannot store one in text; it failed with 500) or more text than any field allows. Object keys
 * are checked too, since unknown keys are named back in messages. Buffers (uploads) are not text.
 */
export function findTextProblem(value: unknown, path: string[] = []): TextProblem | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { field: path.join('.'), kind: 'nul' };
    if (value.length > MAX_TEXT_LENGTH) return { field: path.join('.'), kind: 'too_long' };
    return null;
  }
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000'))
      return { field: [...path, key.replaceAll('\u0000', '')].join('.'), kind: 'nul' };
    const found = findTextProblem(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

const PARTS = [
  ['params', '链接地址'],
  ['query', '查询条件'],
  ['body', '请求内容'],
] as const;

function refuse(req: FastifyRequest, problem: TextProblem, part: string, whole: string) {
  const labels = req.routeOptions.config?.fieldLabels;
  const where = problem.field ? `“${labelField(problem.field, labels)}”` : whole;
  const message =
    problem.kind === 'nul'
      ? `${where}中有无法识别的字符，请删除后重新输入`
      : `${where}太长，不能超过 ${MAX_TEXT_LENGTH} 个字`;
  return badRequest(problem.field || part, message);
}

/**
 * Every request's params, query and body are checked before validation, on every route (public ones
 * too), so no handler or query ever sees a zero byte or a megabyte of text.
 */
export function registerInputGuards(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    for (const [part, whole] of PARTS) {
      const problem = findTextProblem(req[part]);
      if (problem) throw refuse(req, problem, part, whole);
    }
  });
}
