import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_WORDS: Record<string, string> = {
  string: '应填写文字',
  number: '应填写数字',
  int: '应填写整数',
  bigint: '应填写整数',
  boolean: '应为“是”或“否”',
  array: '应为列表',
  date: '应为日期',
};

const tooBig = (i: RawIssue & { code: 'too_big' }) => {
  const max = Number(i.maximum);
  if (i.origin === 'string') return `不能超过 ${max} 个字`;
  if (i.origin === 'array' || i.origin === 'set') return `最多 ${max} 项`;
  return i.inclusive === false ? `应小于 ${max}` : `不能大于 ${max}`;
};

const tooSmall = (i: RawIssue & { code: 'too_small' }) => {
  const min = Number(i.minimum);
  if (i.origin === 'string') return min <= 1 ? '不能为空' : `至少 ${min} 个字`;
  if (i.origin === 'array' || i.origin === 'set') return `至少 ${min} 项`;
  return i.inclusive === false ? `应大于 ${min}` : `不能小于 ${min}`;
};

/**
 * Chinese wording of Zod's own issues, in words a clerk or villager knows (no type names, no
 * UUID, no option codes). A schema's own message wins over this; Zod's locale is the fallback.
 */
export function chineseIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '必须填写';
      return TYPE_WORDS[issue.expected] ?? '格式不正确';
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return ['date', 'datetime', 'time'].includes(issue.format) ? '日期格式不正确' : '格式不正确';
    case 'invalid_value':
      return '不是可选的值';
    case 'not_multiple_of':
      return '数值不正确';
    default:
      return '格式不正确';
  }
}

z.config({ ...z.locales.zhCN(), customError: chineseIssueMessage });

/** Chinese names of request fields, keyed by field name or by full path (`config.grades.0.label`). */
export type FieldLabels = Readonly<Record<string, string>>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Labels of the module that registered the route (set by `labelRoutes`), read by the error handler. */
    fieldLabels?: FieldLabels;
  }
}

/** Fields every module's requests share (names, reasons, the org units and year a request is about). */
export const COMMON_FIELD_LABELS: FieldLabels = {
  username: '用户名',
  password: '密码',
  oldPassword: '原密码',
  newPassword: '新密码',
  name: '名称',
  year: '年度',
  reason: '原因',
  date: '日期',
  id: '编号',
  townshipId: '乡镇',
  villageId: '村',
  campaignId: '考评年度',
};

/**
 * Every route registered in `app`'s context (a module's encapsulated plugin) carries the module's
 * labels, so two modules may give the same field name different labels.
 */
export function labelRoutes(app: FastifyInstance, labels: FieldLabels): void {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, fieldLabels: labels };
  });
}

/** The label of a path: the full path first, then its last non-index segment; the module's, then common. */
export function labelField(path: string, labels: FieldLabels = {}): string {
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .at(-1) ?? path;
  return labels[path] ?? labels[last] ?? COMMON_FIELD_LABELS[path] ?? COMMON_FIELD_LABELS[last] ?? path;
}

type Issue = { path: PropertyKey[]; message: string; code?: string; keys?: string[] };

/** The first issue, as a field path and a Chinese message naming that field with the route's labels. */
export function describeIssue(
  issue: Issue,
  part: string,
  labels: FieldLabels = {},
): { field: string; message: string } {
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    const field = [...issue.path.map(String), issue.keys[0]].join('.');
    return { field, message: `不认识的字段“${field}”` };
  }
  const path = issue.path.map(String).join('.');
  const field = path || part;
  const where = path ? `“${labelField(path, labels)}”` : part === 'body' ? '请求内容' : '请求参数';
  return { field, message: `${where}：${issue.message}` };
}
