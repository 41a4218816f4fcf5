import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  STANDING_LABELS,
  STANDING_STATUSES,
  type StandingStatus,
} from '../../../../server/domain/dashboard/standing.ts';
import { type BarSeries, StackedBars } from '../../shared/charts/StackedBars.tsx';
import { Page } from '../../shared/Page.tsx';
import { PhaseTag } from '../../shared/PhaseTag.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { type DashboardView, type DashboardVillage, dashboardXlsxUrl, useDashboard } from './queries.ts';
import { S } from './strings.ts';

const STATUS_COLORS: Record<StandingStatus, string> = {
  done: '#52c41a',
  in_progress: '#1677ff',
  blocked: '#fa541c',
  not_started: '#bfbfbf',
  no_report: '#d9d9d9',
};

const formatDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The township's 践诺 at a glance: per village, status and category, who falls behind, letters and rectifications. */
export function DashboardPage() {
  const [campaignId, setCampaignId] = useState<string | undefined>(undefined);
  const query = useDashboard(campaignId);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  if (!d.campaign || !d.villages || !d.totals) {
    return (
      <Page title={S.menu}>
        <Empty description={S.noCampaign} />
      </Page>
    );
  }
  const picker = (
    <Select<string>
      aria-label={S.campaign}
      style={{ minWidth: 180 }}
      value={d.campaign.id}
      onChange={setCampaignId}
      options={d.campaigns.map((c) => ({
        value: c.id,
        label: `${c.townshipName} ${c.year} 年（${c.phaseLabel}）`,
      }))}
    />
  );
  return (
    <Page
      title={S.title(d.campaign.townshipName, d.campaign.year)}
      extra={
        <>
          {d.campaigns.length > 1 && picker}
          <Button icon={<DownloadOutlined />} href={dashboardXlsxUrl(d.campaign.id)}>
            {S.download}
          </Button>
        </>
      }
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <PhaseTag phase={d.campaign.phase} label={d.campaign.phaseLabel} />
        {d.today && <Typography.Text type="secondary">{S.today(formatDate(d.today))}</Typography.Text>}
        {d.contactVillagesOnly && <Tag color="blue">{S.contactOnly}</Tag>}
      </Flex>
      <Stats d={d} />
      {d.totals.total === 0 ? (
        <Alert type="info" showIcon title={S.noPledges} style={{ marginTop: 16 }} />
      ) : (
        <Charts villages={d.villages} categories={d.categories ?? []} />
      )}
      <Behind villages={d.villages} />
    </Page>
  );
}

function Stats({ d }: { d: DashboardView }) {
  const totals = d.totals!;
  const behind = d.villages!.filter((v) => v.behind).length;
  const cards: { key: string; title: string; value: number; note?: string; alert?: boolean }[] = [
    {
      key: 'pledges',
      title: S.stats.pledges,
      value: totals.total,
      note: S.stats.villagesOf(d.villages!.length),
    },
    { key: 'done', title: S.stats.done, value: totals.byStatus.done },
    { key: 'overdue', title: S.stats.overdue, value: totals.overdue, alert: totals.overdue > 0 },
    { key: 'behind', title: S.stats.behind, value: behind, alert: behind > 0 },
    {
      key: 'letters',
      title: S.stats.letters,
      value: d.letters?.open ?? 0,
      note: S.stats.overdueOf(d.letters?.overdue ?? 0),
      alert: (d.letters?.overdue ?? 0) > 0,
    },
    {
      key: 'rectifications',
      title: S.stats.rectifications,
      value: d.rectifications?.open ?? 0,
      note: S.stats.overdueOf(d.rectifications?.overdue ?? 0),
      alert: (d.rectifications?.overdue ?? 0) > 0,
    },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} sm={8} lg={4}>
          <Card size="small" data-testid={`stat-${c.key}`}>
            <Statistic
              title={c.title}
              value={c.value}
              styles={{ content: c.alert ? { color: '#cf1322' } : {} }}
            />
            {c.note && <Typography.Text type="secondary">{c.note}</Typography.Text>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function Charts({ villages, categories }: { villages: DashboardVillage[]; categories: string[] }) {
  const names = useMemo(() => villages.map((v) => v.name), [villages]);
  const byStatus: BarSeries[] = useMemo(
    () =>
      STANDING_STATUSES.map((s) => ({
        name: STANDING_LABELS[s],
        data: villages.map((v) => v.byStatus[s] ?? 0),
        color: STATUS_COLORS[s],
      })),
    [villages],
  );
  const byCategory: BarSeries[] = useMemo(
    () =>
      categories
        .map((c) => ({ name: c, data: villages.map((v) => v.byCategory[c] ?? 0) }))
        .filter((s) => s.data.some((n) => n > 0)),
    [villages, categories],
  );
  return (
    <Row gutter={[12, 12]} style={{ marginTop: 16 }}>
      <Col xs={24} lg={12}>
        <Card size="small" title={S.charts.byStatus}>
          <StackedBars
            label={S.charts.byStatus}
            categories={names}
            series={byStatus}
            testId="dashboard-chart"
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={S.charts.byCategory}>
          <StackedBars
            label={S.charts.byCategory}
            categories={names}
            series={byCategory}
            testId="dashboard-chart"
          />
        </Card>
      </Col>
    </Row>
  );
}

function Behind({ villages }: { villages: DashboardVillage[] }) {
  const behind = villages.filter((v) => v.behind);
  const B = S.behind;
  return (
    <Card
      size="small"
      title={`${B.title}（${behind.length}）`}
      style={{ marginTop: 16 }}
      data-testid="behind-villages"
    >
      {behind.length === 0 ? (
        <Typography.Text>{B.none}</Typography.Text>
      ) : (
        <Table<DashboardVillage>
          rowKey="villageId"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={behind}
          expandable={{
            expandedRowRender: (v) => <BehindPledges village={v} />,
          }}
          columns={[
            {
              title: B.village,
              dataIndex: 'name',
              render: (name: string, v) => <Link to={`/villages/${v.villageId}`}>{name}</Link>,
            },
            { title: B.reasons, dataIndex: 'reasons', render: (r: string[]) => r.join('；') },
            { title: B.average, dataIndex: 'averagePercent', render: (n: number) => `${n}%` },
          ]}
        />
      )}
    </Card>
  );
}

function BehindPledges({ village }: { village: DashboardVillage }) {
  const B = S.behind;
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={village.behindPledges}
      columns={[
        { title: B.pledge, dataIndex: 'title' },
        { title: B.cadre, dataIndex: 'cadre' },
        { title: B.due, dataIndex: 'dueDate', render: formatDate },
        { title: B.latest, dataIndex: 'statusLabel', render: (s: string, p) => `${s}（${p.percent}%）` },
        {
          title: B.why,
          dataIndex: 'reasons',
          render: (r: string[]) =>
            r.map((x) => (
              <Tag color="red" key={x}>
                {x}
              </Tag>
            )),
        },
      ]}
    />
  );
}
