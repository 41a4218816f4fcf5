import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Collapse, Empty, Flex, Row, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { type BarSeries, StackedBars } from '../../shared/charts/StackedBars.tsx';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { CountyTrends } from '../history/CountyTrends.tsx';
import { countyXlsxUrl, type OverviewTownship, type OverviewView, useCountyOverview } from './queries.ts';
import { ResultTable } from './ResultTable.tsx';
import { S } from './strings.ts';

const GRADE_COLORS: Record<string, string> = {
  优秀: '#52c41a',
  合格: '#1677ff',
  基本合格: '#faad14',
  不合格: '#f5222d',
};

/** The county's view: every township's submitted results side by side, charts and the county .xlsx. */
export function CountyPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const query = useCountyOverview(year);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  if (d.year === null) {
    return (
      <Page title={S.county.titleNoYear}>
        <Empty description={S.county.noYears} />
      </Page>
    );
  }
  const submitted = d.townships.filter((t) => t.submission !== null);
  const picker = (
    <Select<number>
      aria-label={S.county.year}
      style={{ minWidth: 120 }}
      value={d.year}
      onChange={setYear}
      options={d.years.map((y) => ({ value: y, label: S.county.yearOption(y) }))}
    />
  );
  return (
    <Page
      title={S.county.title(d.countyName, d.year)}
      extra={
        <>
          {d.years.length > 1 && picker}
          {submitted.length > 0 && (
            <Button icon={<DownloadOutlined />} href={countyXlsxUrl(d.year)}>
              {S.county.download}
            </Button>
          )}
        </>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">
          {S.county.submittedCount(submitted.length, d.townships.length)}
        </Typography.Text>
        {submitted.length === 0 ? (
          <Card>
            <Empty data-testid="county-empty" description={S.county.empty(d.year)} />
          </Card>
        ) : (
          <>
            <Charts d={d} submitted={submitted} />
            <TownshipSummary d={d} />
            <Collapse
              defaultActiveKey={submitted.map((t) => t.townshipId)}
              items={submitted.map((t) => ({
                key: t.townshipId,
                label: `${t.townshipName}（${t.submission!.rows.length} 人）`,
                children: (
                  <ResultTable rows={t.submission!.rows} testId={`county-results-${t.townshipName}`} />
                ),
              }))}
            />
          </>
        )}
        <CountyTrends />
      </Flex>
    </Page>
  );
}

function Charts({ d, submitted }: { d: OverviewView; submitted: OverviewTownship[] }) {
  const names = useMemo(() => submitted.map((t) => t.townshipName), [submitted]);
  const byGrade: BarSeries[] = useMemo(
    () =>
      d.grades.map((g) => ({
        name: g,
        color: GRADE_COLORS[g],
        data: submitted.map((t) => t.submission!.counts.find((c) => c.grade === g)?.count ?? 0),
      })),
    [d.grades, submitted],
  );
  const byBand: BarSeries[] = useMemo(
    () => submitted.map((t) => ({ name: t.townshipName, data: t.submission!.distribution })),
    [submitted],
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={S.county.gradeChart} size="small">
          <StackedBars
            label={S.county.gradeChart}
            categories={names}
            series={byGrade}
            testId="county-chart"
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={S.county.compositeChart} size="small">
          <StackedBars
            label={S.county.compositeChart}
            categories={d.bands}
            series={byBand}
            testId="county-chart"
          />
        </Card>
      </Col>
    </Row>
  );
}

function TownshipSummary({ d }: { d: OverviewView }) {
  return (
    <Card title={S.county.townships} size="small">
      <Table<OverviewTownship>
        data-testid="county-townships"
        size="small"
        rowKey="townshipId"
        dataSource={d.townships}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: S.county.township, dataIndex: 'townshipName' },
          {
            title: S.county.participants,
            key: 'n',
            align: 'right',
            render: (_, t) => t.submission?.rows.length ?? <Tag>{S.county.notSubmitted}</Tag>,
          },
          ...d.grades.map((g) => ({
            title: g,
            key: g,
            align: 'right' as const,
            render: (_: unknown, t: OverviewTownship) =>
              t.submission ? (t.submission.counts.find((c) => c.grade === g)?.count ?? 0) : '',
          })),
          {
            title: S.county.mean,
            key: 'mean',
            align: 'right',
            render: (_, t) => t.submission?.meanComposite?.toFixed(2) ?? '',
          },
          { title: S.county.submittedAt, key: 'at', render: (_, t) => t.submission?.submittedAtText ?? '' },
          { title: S.county.submittedBy, key: 'by', render: (_, t) => t.submission?.submittedByName ?? '' },
          {
            title: S.county.corrections,
            key: 'seq',
            align: 'right',
            render: (_, t) => (t.submission && t.submission.seq > 1 ? t.submission.seq - 1 : ''),
          },
          {
            title: S.county.documents,
            key: 'docs',
            render: (_, t) =>
              t.submission ? (
                <Flex gap={8}>
                  <a href={t.submission.xlsxUrl}>.xlsx</a>
                  <a href={t.submission.docxUrl}>.docx</a>
                </Flex>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
