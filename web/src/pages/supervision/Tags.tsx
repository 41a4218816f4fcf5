import { Tag } from 'antd';
import type { Assessment, Rectification } from './types.ts';

const ASSESSMENT_COLORS: Record<Assessment, string> = {
  on_track: 'green',
  behind: 'orange',
  not_seen: 'red',
};
const STATE_COLORS: Record<Rectification['state'], string> = {
  open: 'blue',
  overdue: 'red',
  closed: 'green',
};

export const AssessmentTag = ({ assessment, label }: { assessment: Assessment; label: string }) => (
  <Tag color={ASSESSMENT_COLORS[assessment]}>{label}</Tag>
);

export const RectificationTag = ({ r }: { r: Pick<Rectification, 'state' | 'stateLabel'> }) => (
  <Tag color={STATE_COLORS[r.state]} data-testid={`rectification-${r.state}`}>
    {r.stateLabel}
  </Tag>
);
