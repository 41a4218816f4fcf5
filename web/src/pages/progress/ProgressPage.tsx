import { Button, Card, Empty, Flex, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useFulfilmentCampaign } from './current.ts';
import { useProgressList } from './queries.ts';
import { LatestProgress } from './StatusTag.tsx';
import { S } from './strings.ts';
import type { ProgressListItem } from './types.ts';

function PledgeItem({ pledge, showReuse }: { pledge: ProgressListItem; showReuse: boolean }) {
  return (
    <Card size="small" style={{ width: '100%' }}>
      <Flex vertical gap={6}>
        <Link to={`/progress/pledges/${pledge.id}`}>
          <Typography.Text strong>{pledge.title}</Typography.Text>
        </Link>
        <Typography.Text type="secondary">
          {`${pledge.villageName} · ${pledge.cadreName} · ${pledge.category} · ${S.dueDate} ${pledge.dueDate}`}
        </Typography.Text>
        <Flex wrap gap={8} align="center">
          <LatestProgress latest={pledge.latest} />
          {pledge.photoCount > 0 ? (
            <Typography.Text type="secondary">{S.photoCount(pledge.photoCount)}</Typography.Text>
          ) : null}
          {showReuse && pledge.reuseFlags > 0 ? <Tag color="warning">{S.reuse}</Tag> : null}
        </Flex>
        {pledge.allowedActions.includes('report') ? (
          <Link to={`/progress/pledges/${pledge.id}#report`}>
            <Button type="primary" block>
              {S.report}
            </Button>
          </Link>
        ) : null}
      </Flex>
    </Card>
  );
}

/** 践诺进展: the approved pledges of the year with their latest progress; a cadre's own first. */
export function ProgressPage() {
  const me = useCurrentUser();
  const { campaigns, campaign } = useFulfilmentCampaign();
  const [villageId, setVillageId] = useState<string | undefined>();
  const list = useProgressList(campaign?.id);
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  if (!campaign)
    return (
      <Page title={S.menu}>
        <Empty description={S.noCampaign} />
      </Page>
    );
  if (list.isPending) return <FullPageSpin />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const { pledges, allowedActions } = list.data;
  const villages = [...new Map(pledges.map((p) => [p.villageId, p.villageName])).entries()];
  const shown = villageId ? pledges.filter((p) => p.villageId === villageId) : pledges;
  const ordered = [...shown.filter((p) => p.mine), ...shown.filter((p) => !p.mine)];
  const showReuse = hasPermission(me, 'file.review');
  return (
    <Page
      title={S.title(campaign.year)}
      extra={
        <>
          {allowedActions.includes('import') ? (
            <Link to={`/progress/import/${campaign.id}`}>
              <Button>{S.import}</Button>
            </Link>
          ) : null}
          {showReuse ? (
            <Link to={`/progress/reuse/${campaign.id}`}>
              <Button>{S.reuseTitle}</Button>
            </Link>
          ) : null}
        </>
      }
    >
      {me.villageId ? null : (
        <Select
          allowClear
          placeholder={S.allVillages}
          style={{ minWidth: 200, marginBottom: 12 }}
          value={villageId}
          onChange={(v) => setVillageId(v)}
          options={villages.map(([value, label]) => ({ value, label }))}
        />
      )}
      <List
        dataSource={ordered}
        locale={{ emptyText: S.noReports }}
        renderItem={(p) => (
          <List.Item key={p.id} style={{ padding: '6px 0', border: 'none' }}>
            <PledgeItem pledge={p} showReuse={showReuse} />
          </List.Item>
        )}
      />
    </Page>
  );
}
