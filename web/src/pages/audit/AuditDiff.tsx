import { Table, Typography } from 'antd';
import { PHASE_LABELS, type Phase } from '../../../../server/domain/phases.ts';
import { POST_LABELS, type Post } from '../../../../server/domain/roster.ts';
import type { AuditEntry } from '../../api/types.ts';
import { BOOLEAN_LABELS, FIELD_LABELS, S } from './strings.ts';

type DiffRow = { key: string; before: string; after: string; changed: boolean };

/** A recorded value as people read it: 是/否, phase and post names in Chinese. */
const show = (value: unknown): string => {
  if (value === undefined || value === null) return S.none;
  if (typeof value === 'boolean') return BOOLEAN_LABELS[`${value}`];
  if (typeof value === 'string') return PHASE_LABELS[value as Phase] ?? POST_LABELS[value as Post] ?? value;
  return JSON.stringify(value, null, 1);
};

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : value === null || value === undefined
      ? {}
      : { value };

/** Field-by-field rows of before/after, changed fields first. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const rows = keys.map((key) => {
    const was = show(a[key]);
    const now = show(b[key]);
    return { key, before: was, after: now, changed: was !== now };
  });
  return rows.sort((x, y) => Number(y.changed) - Number(x.changed));
}

export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const rows = diffRows(entry.before, entry.after);
  return (
    <div>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{S.noDiff}</Typography.Text>
      ) : (
        <Table<DiffRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: S.diffField, dataIndex: 'key', width: 160, render: (k: string) => FIELD_LABELS[k] ?? k },
            {
              title: S.diffBefore,
              dataIndex: 'before',
              render: (v: string, r) => <DiffCell text={v} changed={r.changed} kind="before" />,
            },
            {
              title: S.diffAfter,
              dataIndex: 'after',
              render: (v: string, r) => <DiffCell text={v} changed={r.changed} kind="after" />,
            },
          ]}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        {S.hash}：
        <Typography.Text code copyable style={{ fontSize: 12 }}>
          {entry.hash}
        </Typography.Text>
      </Typography.Paragraph>
    </div>
  );
}

function DiffCell({ text, changed, kind }: { text: string; changed: boolean; kind: 'before' | 'after' }) {
  const background = !changed ? undefined : kind === 'before' ? '#fff1f0' : '#f6ffed';
  return (
    <div
      style={{ background, whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxWidth: 420, padding: '0 4px' }}
    >
      {text}
    </div>
  );
}
