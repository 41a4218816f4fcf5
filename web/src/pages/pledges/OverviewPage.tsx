import { DownloadOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Select, Spin, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { PHASE_LABELS } from '../../../../server/domain/phases.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns } from '../campaigns/queries.ts';
import { letterUrl, overviewXlsxUrl, useChecklist, useOverview } from './queries.ts';
import { S } from './strings.ts';
import type { OverviewVillage } from './types.ts';

const O = S.overview;
const LAST_STAGE = 6;

function Letters({ campaignId, villageId }: { campaignId: string; villageId: string }) {
  const list = useChecklist(campaignId, villageId);
  if (list.isPending) return <Spin size="small" />;
  const approved = (list.data?.participants ?? []).filter((p) => p.setStatus === 'approved' && p.setId);
  if (approved.length === 0) return <Typography.Text type="secondary">{O.noLetters}</Typography.Text>;
  return (
    <Flex gap={8} wrap>
      {approved.map((p) => (
        <Button
          key={p.participantId}
          size="small"
          icon={<DownloadOutlined />}
          href={letterUrl(p.setId ?? '')}
        >
          {O.letters}：{p.name}
        </Button>
      ))}
    </Flex>
  );
}

function YearSelect({ campaignId }: { campaignId: string }) {
  const campaigns = useCampaigns();
  const navigate = useNavigate();
  // A county viewer sees every township's campaigns: name the township then.
  const manyTownships = new Set((campaigns.data ?? []).map((c) => c.townshipId)).size > 1;
  return (
    <Select
      aria-label={O.campaign}
      value={campaignId}
      style={{ minWidth: 170 }}
      popupMatchSelectWidth={false}
      loading={campaigns.isPending}
      onChange={(id) => navigate(`/pledging/campaigns/${id}`)}
      options={[...(campaigns.data ?? [])]
        .sort((a, b) => b.year - a.year || a.townshipName.localeCompare(b.townshipName, 'zh-CN'))
        .map((c) => ({
          value: c.id,
          label: `${manyTownships ? `${c.townshipName} ` : ''}${c.year} 年度（${c.phaseLabel}）`,
        }))}
    />
  );
}

/** 各村承诺进度: every village's stage against the commitment deadline, overdue first to the eye. */
export function OverviewPage() {
  const { campaignId = '' } = useParams();
  const query = useOverview(campaignId);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const o = query.data;
  const villageUrl = (v: OverviewVillage) => `/pledging/campaigns/${campaignId}/villages/${v.villageId}`;
  return (
    <Page
      title={O.title(o.campaign.year)}
      extra={
        <>
          <YearSelect campaignId={campaignId} />
          <Button icon={<DownloadOutlined />} href={overviewXlsxUrl(campaignId)}>
            {O.download}
          </Button>
        </>
      }
    >
      <Flex vertical gap={16}>
        {o.campaign.phase !== 'pledging' && (
          <Alert type="info" showIcon title={S.notInPhase(PHASE_LABELS[o.campaign.phase])} />
        )}
        <Alert
          type={o.totals.overdueVillages > 0 ? 'warning' : 'info'}
          showIcon
          title={`${O.deadline(o.commitmentDeadline)}（${O.daysLeft(o.daysLeft)}）`}
          description={O.totals(o.totals.participants, o.totals.approved, o.totals.overdueVillages)}
        />
        <Card size="small">
          <Table<OverviewVillage>
            rowKey="villageId"
            dataSource={o.villages}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(v) =>
              ({
                'data-testid': 'overview-row',
                'data-village': v.villageName,
                'data-overdue': v.overdue,
                style: v.overdue ? { background: '#fff1f0' } : undefined,
              }) as object
            }
            expandable={{
              expandedRowRender: (v) => <Letters campaignId={campaignId} villageId={v.villageId} />,
              rowExpandable: (v) => v.approved > 0,
            }}
            columns={[
              {
                title: O.village,
                key: 'name',
                fixed: 'left',
                render: (_, v) => (
                  <Flex gap={6} align="center">
                    <Link to={villageUrl(v)}>{v.villageName}</Link>
                    {v.overdue && (
                      <Tag color="error" icon={<WarningOutlined />}>
                        {O.overdue}
                      </Tag>
                    )}
                  </Flex>
                ),
              },
              { title: O.participants, dataIndex: 'participants', align: 'right' },
              {
                title: O.stage,
                key: 'stage',
                render: (_, v) => (
                  <Tag color={v.stage === LAST_STAGE ? 'success' : v.stage === 0 ? 'default' : 'processing'}>
                    {v.stageLabel}
                  </Tag>
                ),
              },
              {
                title: O.progress,
                key: 'progress',
                width: 160,
                render: (_, v) => (
                  <Progress
                    percent={Math.round((v.stage / LAST_STAGE) * 100)}
                    size="small"
                    showInfo={false}
                    status={v.overdue ? 'exception' : v.stage === LAST_STAGE ? 'success' : 'active'}
                  />
                ),
              },
              {
                title: O.awaiting,
                key: 'awaiting',
                align: 'right',
                render: (_, v) =>
                  v.counts.confirmed > 0 ? <Tag color="processing">{v.counts.confirmed}</Tag> : 0,
              },
              {
                title: O.approved,
                key: 'approved',
                align: 'right',
                render: (_, v) => `${v.approved}/${v.participants}`,
              },
              {
                title: '',
                key: 'open',
                render: (_, v) => (
                  <Link to={villageUrl(v)}>
                    <Button size="small">{O.open}</Button>
                  </Link>
                ),
              },
            ]}
          />
        </Card>
      </Flex>
    </Page>
  );
}
