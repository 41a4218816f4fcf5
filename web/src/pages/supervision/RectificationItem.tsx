import { Button, Card, Flex, Timeline, Typography } from 'antd';
import { S } from './strings.ts';
import { RectificationTag } from './Tags.tsx';
import type { Rectification } from './types.ts';

/** One rectification demand: due date, state (overdue stands out), follow-ups, and its follow-up button. */
export function RectificationItem({
  r,
  onFollowUp,
  showVillage,
}: {
  r: Rectification;
  onFollowUp: (r: Rectification) => void;
  showVillage?: boolean;
}) {
  return (
    <Card
      size="small"
      type="inner"
      data-testid="rectification"
      style={r.state === 'overdue' ? { borderColor: '#ff4d4f', background: '#fff2f0' } : undefined}
    >
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong>{showVillage ? `${r.villageName}：${r.demand}` : r.demand}</Typography.Text>
        <RectificationTag r={r} />
      </Flex>
      <Typography.Text type={r.state === 'overdue' ? 'danger' : 'secondary'}>
        {`${S.dueOn(r.dueDate)} · ${S.responsible}：${r.responsible}`}
        {r.closedOn ? ` · ${S.closedOn(r.closedOn)}` : ''}
      </Typography.Text>
      {r.followUps.length > 0 && (
        <Timeline
          style={{ marginTop: 12, marginBottom: 0 }}
          items={r.followUps.map((f) => ({
            color: f.closes ? 'green' : 'blue',
            content: `${f.followedOn} ${f.note}（${f.authorName}）`,
          }))}
        />
      )}
      {r.allowedActions.includes('follow_up') && (
        <Button size="small" style={{ marginTop: 8 }} onClick={() => onFollowUp(r)}>
          {S.followUp}
        </Button>
      )}
    </Card>
  );
}
