import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatLocalDate } from '../../../../server/domain/local-time.ts';
import { keys } from '../../api/query-keys.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import type { CampaignSummary } from '../../api/types.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useLocalTime } from '../../shared/local-time.ts';
import { ReasonField } from '../../shared/ReasonField.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { YearPage } from '../../shared/YearPage.tsx';
import { useCampaign } from '../campaigns/queries.ts';
import { useVillages } from '../org/queries.ts';
import { PublishModal } from './PublishModal.tsx';
import { usePublications, withdraw } from './queries.ts';
import { S } from './strings.ts';
import type { Publication } from './types.ts';

const STATUS_COLORS: Record<Publication['status'], string> = {
  scheduled: 'blue',
  in_period: 'red',
  ended: 'default',
  withdrawn: 'default',
};

function PublicationCard({
  p,
  townshipId,
  onWithdraw,
}: {
  p: Publication;
  townshipId: string;
  onWithdraw: (p: Publication) => void;
}) {
  const board = p.villageId ? `/public/villages/${p.villageId}` : `/public/townships/${townshipId}`;
  const times = useLocalTime();
  return (
    <Card size="small" style={{ width: '100%' }} data-testid="publication-row" data-status={p.status}>
      <Flex vertical gap={4}>
        <Flex wrap gap={8} align="center">
          <Typography.Text strong>{p.title}</Typography.Text>
          <Tag color={STATUS_COLORS[p.status]}>{p.statusLabel}</Tag>
          <Tag>{p.kindLabel}</Tag>
          <Tag>{p.villageName ?? S.township}</Tag>
        </Flex>
        <Typography.Text>
          {S.period(formatLocalDate(p.startDate), formatLocalDate(p.endDate))}
        </Typography.Text>
        <Typography.Text type="secondary">
          {S.objections(formatLocalDate(p.objectionEndDate), p.objectionCount)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {S.publishedBy(p.publishedBy, times.dateTime(p.publishedAt))}
        </Typography.Text>
        {p.withdrawnAt ? (
          <Typography.Text type="warning">{S.withdrawnBy(p.withdrawnBy, p.withdrawnReason)}</Typography.Text>
        ) : null}
        <Flex wrap gap={8}>
          <Button href={board} target="_blank">
            {p.villageId ? S.board : S.townshipBoard}
          </Button>
          {p.villageId ? (
            <Button href={`/public/villages/${p.villageId}/poster`} target="_blank">
              {S.poster}
            </Button>
          ) : null}
          {p.allowedActions.includes('withdraw') ? (
            <Button danger onClick={() => onWithdraw(p)}>
              {S.withdraw}
            </Button>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}

/** 公示管理: the year's publications with their periods; publish and withdraw (the office). */
export function PublicationsPage() {
  return (
    <YearPage
      title={S.title}
      labels={S}
      shows={(c) => c.phase !== 'setup'}
      actions={(campaign) => <PublishAction campaignId={campaign.id} />}
    >
      {(campaign) => <YearPublications campaign={campaign} />}
    </YearPage>
  );
}

/** 发布公示, for the office while the year is not archived. */
function PublishAction({ campaignId }: { campaignId: string }) {
  const me = useCurrentUser();
  const campaign = useCampaign(campaignId);
  const villages = useVillages(campaign.data?.townshipId);
  const [publishing, setPublishing] = useState(false);
  if (!campaign.data || !hasPermission(me, 'publication.write') || campaign.data.phase === 'archived')
    return null;
  return (
    <>
      <Button type="primary" onClick={() => setPublishing(true)}>
        {S.publish}
      </Button>
      <PublishModal
        open={publishing}
        campaign={campaign.data}
        villages={villages.data ?? []}
        onClose={() => setPublishing(false)}
      />
    </>
  );
}

function YearPublications({ campaign }: { campaign: CampaignSummary }) {
  const list = usePublications(campaign.id);
  const [withdrawing, setWithdrawing] = useState<Publication | null>(null);
  if (list.isPending) return <FullPageSpin />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <List
        dataSource={list.data}
        locale={{ emptyText: <Empty description={S.empty} /> }}
        renderItem={(p) => (
          <List.Item>
            <PublicationCard p={p} townshipId={campaign.townshipId} onWithdraw={setWithdrawing} />
          </List.Item>
        )}
      />
      <FormModal<{ reason: string }>
        open={withdrawing !== null}
        title={S.withdrawTitle}
        intro={S.withdrawIntro}
        okText={S.withdraw}
        danger
        name="withdraw"
        onClose={() => setWithdrawing(null)}
        mutationFn={(v) => withdraw(withdrawing?.id ?? '', v.reason)}
        success={S.withdrawn}
        invalidate={[keys.publications.all]}
      >
        <ReasonField label={S.reason} placeholder={S.reasonPlaceholder} maxLength={500} />
      </FormModal>
    </>
  );
}
