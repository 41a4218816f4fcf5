import { Tag } from 'antd';
import { STATUS_LABELS } from './strings.ts';
import type { PollStatus } from './types.ts';

const COLORS: Record<PollStatus, string> = {
  draft: 'default',
  open: 'processing',
  closed: 'warning',
  certified: 'success',
};

export function PollStatusTag({ status }: { status: PollStatus | string }) {
  const s = status as PollStatus;
  return <Tag color={COLORS[s] ?? 'default'}>{STATUS_LABELS[s] ?? status}</Tag>;
}
