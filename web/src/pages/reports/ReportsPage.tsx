import { Alert, Card, Empty, Flex, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { docxUrl, useReport, useReportOverview } from './queries.ts';
import { ReportView } from './ReportPage.tsx';
import { S } from './strings.ts';
import {
  type Counts,
  type OverviewFilter,
  type OverviewRow,
  type ReportStanding,
  STANDING_COLORS,
} from './types.ts';

const STATUS_OPTIONS: { value: ReportStanding; label: string }[] = [
  { value: 'submitted', label: S.counts.submitted },
  { value: 'draft', label: S.counts.draft },
  { value: 'returned', label: S.counts.returned },
  { value: 'not_started', label: S.counts.notStarted },
];

function CountsRow({ counts }: { counts: Counts }) {
  return (
    <Flex gap={24} wrap data-testid="report-counts">
      <Statistic title={S.counts.submitted} value={counts.submitted} />
      <Statistic title={S.counts.draft} value={counts.draft} />
      <Statistic title={S.counts.returned} value={counts.returned} />
      <Statistic title={S.counts.notStarted} value={counts.notStarted} />
    </Flex>
  );
}

/** A cadre's own report (the overview holds only their row). */
function MyReport({ participantId }: { participantId: string }) {
  const report = useReport(participantId);
  if (report.isPending) return <FullPageSpin />;
  if (report.isError) return <LoadError error={report.error} onRetry={() => void report.refetch()} />;
  return <ReportView report={report.data} />;
}

/** 述职报告: the office's (and leader's, clerk's) overview by village; a cadre's own report. */
export function ReportsPage() {
  const [filter, setFilter] = useState<OverviewFilter>({});
  const overview = useReportOverview(filter);
  if (overview.isPending) return <FullPageSpin />;
  if (overview.isError) return <LoadError error={overview.error} onRetry={() => void overview.refetch()} />;
  const o = overview.data;
  if (!o.campaign) {
    return (
      <Page title={S.menu}>
        <Empty description={S.noCampaign} />
      </Page>
    );
  }
  const rows = o.villages.flatMap((v) => v.participants);
  if (o.ownOnly) {
    const mine = rows[0];
    if (!mine)
      return (
        <Page title={S.menuMine}>
          <Empty description={S.notParticipant} />
        </Page>
      );
    return <MyReport participantId={mine.id} />;
  }
  const villages = o.villages.map((v) => ({ value: v.id, label: v.name }));
  return (
    <Page
      title={S.title(o.campaign.year)}
      extra={
        <>
          <Select
            aria-label={S.village}
            style={{ width: 140 }}
            allowClear
            placeholder={S.allVillages}
            value={filter.villageId}
            options={villages}
            onChange={(villageId) => setFilter({ ...filter, villageId })}
          />
          <Select
            aria-label={S.status}
            style={{ width: 140 }}
            allowClear
            placeholder={S.allStatuses}
            value={filter.status}
            options={STATUS_OPTIONS}
            onChange={(status) => setFilter({ ...filter, status })}
          />
        </>
      }
    >
      <Flex vertical gap={12}>
        <Card size="small">
          <CountsRow counts={o.counts} />
        </Card>
        {o.contactVillagesOnly && <Alert type="info" showIcon title={S.leaderOnly} />}
        <Table<OverviewRow>
          rowKey="id"
          size="middle"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: S.empty }}
          data-testid="report-overview"
          columns={[
            { title: S.village, dataIndex: 'villageName' },
            { title: S.name, dataIndex: 'name' },
            { title: S.posts, dataIndex: 'posts' },
            {
              title: S.status,
              key: 'status',
              render: (_, r) => <Tag color={STANDING_COLORS[r.status]}>{r.statusLabel}</Tag>,
            },
            {
              title: S.submittedAt,
              key: 'submittedAt',
              render: (_, r) => r.submittedAt ?? <Typography.Text type="secondary">—</Typography.Text>,
            },
            { title: S.submittedBy, key: 'submittedBy', render: (_, r) => r.submittedBy ?? '' },
            {
              title: '',
              key: 'actions',
              render: (_, r) => (
                <Flex gap={12}>
                  <Link to={`/reports/participants/${r.id}`}>
                    {r.allowedActions.includes('save') ? S.enterFor : S.open}
                  </Link>
                  {r.allowedActions.includes('download') && <a href={docxUrl(r.id)}>{S.download}</a>}
                </Flex>
              ),
            },
          ]}
        />
      </Flex>
    </Page>
  );
}
