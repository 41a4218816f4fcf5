import type { FormInstance } from 'antd';
import { ApiError } from './client.ts';

type NamePath = (string | number)[];

/** "config.grades.0.minScore" → ['grades', 0, 'minScore'] (without the given body prefix). */
export function toNamePath(field: string, stripPrefix?: string): NamePath {
  let parts = field.split('.').filter(Boolean);
  if (stripPrefix && parts[0] === stripPrefix) parts = parts.slice(1);
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

const sameName = (a: NamePath, b: NamePath) => a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * Puts the server's message under the form field it names: the field itself, or the nearest
 * enclosing field the form has (a weights group for "compositeWeights.village").
 * Returns true when a field took the message.
 */
export function showFieldError(form: FormInstance, error: unknown, stripPrefix?: string): boolean {
  if (!(error instanceof ApiError) || !error.field) return false;
  const wanted = toNamePath(error.field, stripPrefix);
  const registered = form.getFieldsError().map((f) => f.name as NamePath);
  for (let length = wanted.length; length > 0; length--) {
    const prefix = wanted.slice(0, length);
    const match = registered.find((name) => sameName(name, prefix));
    if (match) {
      form.setFields([{ name: match, errors: [error.message] }]);
      form.scrollToField(match, { block: 'center' });
      return true;
    }
  }
  return false;
}
