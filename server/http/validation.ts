import { z } from 'zod';

z.config(z.locales.zhCN());

/** Chinese names of request fields, so messages name the field the way the form does. */
const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  oldPassword: '原密码',
  newPassword: '新密码',
  name: '名称',
  year: '年度',
  reason: '原因',
  date: '日期',
};

export function labelField(path: string, labels: Record<string, string> = FIELD_LABELS): string {
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .at(-1) ?? path;
  return labels[path] ?? labels[last] ?? path;
}

/** Register a label for a field name used in some module's schema. */
export function registerFieldLabels(labels: Record<string, string>): void {
  Object.assign(FIELD_LABELS, labels);
}

type Issue = { path: PropertyKey[]; message: string; code?: string; keys?: string[] };

/** The first issue, as a field path and a Chinese message naming that field. */
export function describeIssue(issue: Issue, part: string): { field: string; message: string } {
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    const field = [...issue.path.map(String), issue.keys[0]].join('.');
    return { field, message: `不认识的字段“${field}”` };
  }
  const path = issue.path.map(String).join('.');
  const field = path || part;
  const where = path ? `“${labelField(path)}”` : part === 'body' ? '请求内容' : '请求参数';
  return { field, message: `${where}：${issue.message}` };
}
