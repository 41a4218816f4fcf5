import { Button, Card, Empty, Flex, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatLocalDate } from '../../../../server/domain/local-time.ts';
import { keys } from '../../api/query-keys.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useLocalTime } from '../../shared/local-time.ts';
import { Page } from '../../shared/Page.tsx';
import { ReasonField } from '../../shared/ReasonField.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaign, useCampaigns } from '../campaigns/queries.ts';
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
  const me = useCurrentUser();
  const campaigns = useCampaigns();
  const open = [...(campaigns.data ?? [])].filter((c) => c.phase !== 'setup').sort((a, b) => b.year - a.year);
  const [chosen, setChosen] = useState<string | undefined>();
  const campaignId = chosen ?? open[0]?.id;
  const campaign = useCampaign(campaignId ?? '');
  const villages = useVillages(campaign.data?.townshipId);
  const list = usePublications(campaignId);
  const [publishing, setPublishing] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Publication | null>(null);
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  if (!campaignId)
    return (
      <Page title={S.title}>
        <Empty description={S.noCampaign} />
      </Page>
    );
  if (list.isPending || campaign.isPending) return <FullPageSpin />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (campaign.isError) return <LoadError error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const mayPublish = hasPermission(me, 'publication.write') && campaign.data.phase !== 'archived';
  return (
    <Page
      title={S.title}
      extra={
        <>
          <Select
            aria-label={S.campaign}
            value={campaignId}
            onChange={setChosen}
            options={open.map((c) => ({ value: c.id, label: `${c.townshipName} ${S.year(c.year)}` }))}
            style={{ minWidth: 180 }}
          />
          {mayPublish ? (
            <Button type="primary" onClick={() => setPublishing(true)}>
              {S.publish}
            </Button>
          ) : null}
        </>
      }
    >
      <List
        dataSource={list.data}
        locale={{ emptyText: <Empty description={S.empty} /> }}
        renderItem={(p) => (
          <List.Item>
            <PublicationCard p={p} townshipId={campaign.data.townshipId} onWithdraw={setWithdrawing} />
          </List.Item>
        )}
      />
      <PublishModal
        open={publishing}
        campaign={campaign.data}
        villages={villages.data ?? []}
        onClose={() => setPublishing(false)}
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
    </Page>
  );
}
