import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { CheckModal } from './CheckModal.tsx';
import { FollowUpModal } from './FollowUpModal.tsx';
import { useChecks } from './queries.ts';
import { RectificationItem } from './RectificationItem.tsx';
import { S } from './strings.ts';
import type { Rectification, SupervisionSummary } from './types.ts';

export function ChecksTab({ summary }: { summary: SupervisionSummary }) {
  const checks = useChecks(summary.campaign.id);
  const [adding, setAdding] = useState(false);
  const [following, setFollowing] = useState<Rectification | null>(null);
  if (checks.isPending) return <FullPageSpin />;
  if (checks.isError) return <LoadError error={checks.error} />;
  return (
    <Flex vertical gap={12}>
      {summary.allowedActions.includes('record_check') && (
        <div>
          <Button type="primary" onClick={() => setAdding(true)}>
            {S.recordCheck}
          </Button>
        </div>
      )}
      {checks.data.length === 0 && <Empty description={S.noChecks} />}
      {checks.data.map((c) => (
        <Card
          key={c.id}
          size="small"
          title={`${c.checkedOn} ${S.tabs.checks}`}
          extra={
            <Typography.Text type="secondary">
              {S.checkBy(c.members.map((m) => m.name).join('、'))}
            </Typography.Text>
          }
          data-testid="check"
        >
          <Flex vertical gap={12}>
            {c.villages.map((v) => (
              <Flex key={v.villageId} vertical gap={6}>
                <Typography.Text strong>{v.villageName}</Typography.Text>
                <Typography.Text>{`${S.findings}：${v.findings}`}</Typography.Text>
                {v.rectifications.map((r) => (
                  <RectificationItem key={r.id} r={r} onFollowUp={setFollowing} />
                ))}
              </Flex>
            ))}
          </Flex>
        </Card>
      ))}
      <CheckModal
        open={adding}
        campaignId={summary.campaign.id}
        villages={summary.villages}
        today={summary.today}
        onClose={() => setAdding(false)}
      />
      <FollowUpModal target={following} today={summary.today} onClose={() => setFollowing(null)} />
    </Flex>
  );
}
