import { Flex, Table, Tag, Typography } from 'antd';
import { S } from './strings.ts';
import type { Meeting, Reporter } from './types.ts';

const STATUS_COLORS = { waiting: 'default', reporting: 'processing', done: 'success' } as const;

function ResultCell({ r, meeting }: { r: Reporter; meeting: Meeting }) {
  if (r.result.complete && r.result.score !== null) {
    return <Typography.Text strong>{r.result.score.toFixed(2)}</Typography.Text>;
  }
  if (r.status === 'done' && meeting.rules.missingPolicy === 'wait') {
    return <Typography.Text type="warning">{S.waitingForMissing(r.expected - r.scored)}</Typography.Text>;
  }
  return <Typography.Text type="secondary">{S.pending}</Typography.Text>;
}

/** Reporter by reporter: who is reporting, how far the scoring is, the results. */
export function ProgressTab({ meeting }: { meeting: Meeting }) {
  return (
    <Table<Reporter>
      rowKey="id"
      size="small"
      dataSource={meeting.reporters}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="jury-progress"
      columns={[
        { title: S.position, dataIndex: 'position', width: 60 },
        { title: S.village, dataIndex: 'villageName' },
        { title: S.reporter, dataIndex: 'name' },
        { title: S.posts, dataIndex: 'posts' },
        {
          title: S.status,
          key: 'status',
          render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{r.statusLabel}</Tag>,
        },
        {
          title: S.progress,
          key: 'progress',
          render: (_, r) => (
            <Flex gap={6} wrap>
              <span>{S.scoredOf(r.scored, r.expected)}</span>
              {r.result.recused > 0 && <Tag>{S.recusedCount(r.result.recused)}</Tag>}
              {r.paperPending > 0 && <Tag color="blue">{S.paperPending(r.paperPending)}</Tag>}
              {r.paperMismatch > 0 && <Tag color="red">{S.paperMismatch(r.paperMismatch)}</Tag>}
            </Flex>
          ),
        },
        {
          title: S.result,
          key: 'result',
          align: 'right',
          render: (_, r) => <ResultCell r={r} meeting={meeting} />,
        },
      ]}
    />
  );
}
