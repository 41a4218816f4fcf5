import { Card, Empty, Flex, Typography } from 'antd';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useVisits } from './queries.ts';
import { S } from './strings.ts';
import type { SupervisionSummary } from './types.ts';

export function VisitsTab({ summary }: { summary: SupervisionSummary }) {
  const visits = useVisits(summary.campaign.id);
  if (visits.isPending) return <FullPageSpin />;
  if (visits.isError) return <LoadError error={visits.error} />;
  if (visits.data.length === 0) return <Empty description={S.noVisits} />;
  return (
    <Flex vertical gap={8}>
      {visits.data.map((v) => (
        <Card key={v.id} size="small" title={`${v.visitedOn} ${v.villageName}`} data-testid="visit">
          <Typography.Paragraph style={{ margin: 0 }}>{v.discussed}</Typography.Paragraph>
          {v.followUps && (
            <Typography.Text type="secondary">{`${S.followUps}：${v.followUps}`}</Typography.Text>
          )}
          <br />
          <Typography.Text type="secondary">{`${S.leader}：${v.leaderName}`}</Typography.Text>
        </Card>
      ))}
    </Flex>
  );
}
