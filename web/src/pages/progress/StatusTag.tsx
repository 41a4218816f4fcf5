import { Progress, Space, Tag, Typography } from 'antd';
import { S } from './strings.ts';
import { type Latest, STATUS_COLORS, STATUS_LABELS } from './types.ts';

/** A pledge's latest progress: its status word, a bar and the date; or that none was reported. */
export function LatestProgress({ latest }: { latest: Latest }) {
  if (!latest) return <Typography.Text type="secondary">{S.notReported}</Typography.Text>;
  return (
    <Space wrap size={8}>
      <Tag color={STATUS_COLORS[latest.status]}>{STATUS_LABELS[latest.status]}</Tag>
      <Progress percent={latest.percent} size="small" style={{ width: 120, margin: 0 }} />
      <Typography.Text type="secondary">{latest.reportDate}</Typography.Text>
    </Space>
  );
}
