import { EditOutlined, HistoryOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Flex, Tag, Typography } from 'antd';
import { PledgeHistory } from './PledgeHistory.tsx';
import { S } from './strings.ts';
import type { PledgeStatus, PledgeWithHistory } from './types.ts';

const P = S.pledge;

export const PLEDGE_STATUS_COLORS: Record<PledgeStatus, string> = {
  draft: 'default',
  voting: 'processing',
  confirmed: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

/** One pledge: its text, its status and version, what may be done to it, and its history. */
export function PledgeCard({
  pledge,
  index,
  onEdit,
  onWithdraw,
}: {
  pledge: PledgeWithHistory;
  index: number;
  onEdit: () => void;
  onWithdraw: () => void;
}) {
  const withdrawn = pledge.status === 'withdrawn';
  const mayEdit = pledge.allowedActions.includes('edit');
  const mayWithdraw = pledge.allowedActions.includes('withdraw');
  const historyCount = pledge.revisions.length + pledge.rounds.length;
  return (
    <Card
      size="small"
      data-testid="pledge-card"
      data-title={pledge.title}
      data-status={pledge.status}
      style={withdrawn ? { opacity: 0.6 } : undefined}
      title={
        <Flex gap={8} align="center" wrap style={{ whiteSpace: 'normal', padding: '6px 0' }}>
          <Typography.Text strong>
            {index}. {pledge.title}
          </Typography.Text>
        </Flex>
      }
      extra={
        (mayEdit || mayWithdraw) && (
          <Flex gap={4}>
            {mayEdit && (
              <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
                {P.edit}
              </Button>
            )}
            {mayWithdraw && (
              <Button size="small" type="text" icon={<RollbackOutlined />} onClick={onWithdraw}>
                {P.withdraw}
              </Button>
            )}
          </Flex>
        )
      }
    >
      <Flex vertical gap={6}>
        <Flex gap={6} wrap>
          <Tag color="blue">{pledge.category}</Tag>
          <Tag color={PLEDGE_STATUS_COLORS[pledge.status]}>{pledge.statusLabel}</Tag>
          <Tag>{P.version(pledge.version)}</Tag>
        </Flex>
        {pledge.status === 'rejected' && <Alert type="error" showIcon title={P.mustRevise} />}
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {pledge.content}
        </Typography.Paragraph>
        <div>
          <Typography.Text type="secondary">{P.standard}：</Typography.Text>
          {pledge.completionStandard}
        </div>
        <div>
          <Typography.Text type="secondary">{P.dueDate}：</Typography.Text>
          {pledge.dueDate}
        </div>
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'history',
              label: (
                <span>
                  <HistoryOutlined /> {P.history}
                  {historyCount ? `（${historyCount}）` : ''}
                </span>
              ),
              children: <PledgeHistory pledge={pledge} />,
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
