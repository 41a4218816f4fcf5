import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import type { CampaignSummary } from '../../api/types.ts';
import { Page } from '../../shared/Page.tsx';
import { PhaseTag } from '../../shared/PhaseTag.tsx';
import { LoadError } from '../../shared/StatusPages.tsx';
import { CreateCampaignModal } from './CreateCampaignModal.tsx';
import { useCampaigns } from './queries.ts';
import { S } from './strings.ts';

export function CampaignsPage() {
  const me = useCurrentUser();
  const manage = hasPermission(me, 'campaign.write');
  const campaigns = useCampaigns();
  const [creating, setCreating] = useState(false);
  const rows = [...(campaigns.data ?? [])].sort(
    (a, b) => b.year - a.year || a.townshipName.localeCompare(b.townshipName),
  );

  return (
    <Page
      title={S.title}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {S.create}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{S.intro}</Typography.Paragraph>
      {campaigns.isError ? (
        <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : (
        <Table<CampaignSummary>
          rowKey="id"
          loading={campaigns.isPending}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={manage ? S.emptyManage : S.empty} /> }}
          columns={[
            {
              title: S.year,
              dataIndex: 'year',
              render: (year: number, c) => <Link to={`/campaigns/${c.id}`}>{S.yearTitle(year)}</Link>,
            },
            // A county account sees several townships' campaigns.
            ...(me.townshipId === null ? [{ title: S.township, dataIndex: 'townshipName' }] : []),
            {
              title: S.phase,
              dataIndex: 'phase',
              render: (_: unknown, c) => <PhaseTag phase={c.phase} label={c.phaseLabel} />,
            },
            {
              title: S.participants,
              key: 'participants',
              render: (_, c) => S.participantCount(c.participantCount, c.excludedCount),
            },
            {
              title: S.actions,
              key: 'actions',
              render: (_, c) => (
                <Space>
                  <Link to={`/campaigns/${c.id}`}>{S.settings}</Link>
                  <Link to={`/campaigns/${c.id}/participants`}>{S.participants}</Link>
                </Space>
              ),
            },
          ]}
        />
      )}
      <CreateCampaignModal open={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}
