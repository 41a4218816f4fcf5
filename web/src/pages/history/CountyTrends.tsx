import { Card, Col, Empty, Row, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { type LineSeries, Lines } from '../../shared/charts/Lines.tsx';
import { type BarSeries, StackedBars } from '../../shared/charts/StackedBars.tsx';
import { LoadError } from '../../shared/StatusPages.tsx';
import { useCountyTrends } from './queries.ts';
import { S } from './strings.ts';
import type { TrendPoint, Trends } from './types.ts';

const GRADE_COLORS: Record<string, string> = {
  优秀: '#52c41a',
  合格: '#1677ff',
  基本合格: '#faad14',
  不合格: '#f5222d',
};

/** Every year of the trends, each with whether all its townships' results are confirmed. */
function yearsOf(d: Trends) {
  return d.points.filter((p) => p.townshipId === null).map((p) => ({ year: p.year, confirmed: p.confirmed }));
}

/** One line per township and one for the county, over the years. */
function lines(d: Trends, value: (p: TrendPoint) => number | null): LineSeries[] {
  const years = yearsOf(d).map((y) => y.year);
  const names = [...new Set(d.points.map((p) => p.townshipName))];
  return names.map((name) => ({
    name,
    data: years.map((year) => {
      const p = d.points.find((x) => x.year === year && x.townshipName === name);
      return p ? value(p) : null;
    }),
    ...(name === d.countyName ? { color: '#262626' } : {}),
  }));
}

function Charts({ d }: { d: Trends }) {
  const years = useMemo(() => yearsOf(d), [d]);
  const categories = useMemo(() => years.map((y) => S.yearAxis(y.year, y.confirmed)), [years]);
  const kept = useMemo(
    () => lines(d, (p) => (p.keptShare === null ? null : Math.round(p.keptShare * 1000) / 10)),
    [d],
  );
  const mean = useMemo(() => lines(d, (p) => p.meanComposite), [d]);
  const grades: BarSeries[] = useMemo(() => {
    const county = d.points.filter((p) => p.townshipId === null);
    return [
      ...d.gradeLabels.map((g) => ({
        name: g,
        color: GRADE_COLORS[g],
        data: county.map((p) => p.grades[g] ?? 0),
      })),
      { name: S.ungraded, color: '#d9d9d9', data: county.map((p) => p.ungraded) },
    ];
  }, [d]);
  const unconfirmed = years.filter((y) => !y.confirmed).map((y) => y.year);
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={S.keptChart} size="small">
            <Lines
              label={S.keptChart}
              categories={categories}
              series={kept}
              unit="%"
              min={0}
              max={100}
              testId="trends-chart"
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={S.meanChart} size="small">
            <Lines
              label={S.meanChart}
              categories={categories}
              series={mean}
              unit="分"
              testId="trends-chart"
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={S.gradeChart} size="small">
            <StackedBars label={S.gradeChart} categories={categories} series={grades} testId="trends-chart" />
          </Card>
        </Col>
      </Row>
      <Typography.Text type="secondary" data-testid="trends-caption">
        {S.unconfirmedCaption(unconfirmed)}
      </Typography.Text>
    </>
  );
}

function TrendsTable({ d }: { d: Trends }) {
  return (
    <Table<TrendPoint>
      size="small"
      data-testid="trends-table"
      rowKey={(p) => `${p.year}-${p.townshipId ?? 'county'}`}
      dataSource={d.points}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(p) => (p.townshipId === null ? 'vp-row-total' : '')}
      columns={[
        { title: S.columns.year, key: 'year', render: (_, p) => S.yearLabel(p.year) },
        {
          title: S.township,
          key: 'township',
          render: (_, p) =>
            p.townshipId === null ? (
              <Typography.Text strong>{p.townshipName}</Typography.Text>
            ) : (
              p.townshipName
            ),
        },
        { title: S.approved, dataIndex: 'approvedPledges', align: 'right' },
        { title: S.keptCount, dataIndex: 'keptPledges', align: 'right' },
        { title: S.keptShare, key: 'share', align: 'right', render: (_, p) => S.percent(p.keptShare) },
        ...d.gradeLabels.map((g) => ({
          title: g,
          key: g,
          align: 'right' as const,
          render: (_: unknown, p: TrendPoint) => p.grades[g] ?? 0,
        })),
        { title: S.ungraded, dataIndex: 'ungraded', align: 'right' },
        {
          title: S.mean,
          key: 'mean',
          align: 'right',
          render: (_, p) => p.meanComposite?.toFixed(2) ?? S.none,
        },
        {
          title: S.confirmed,
          key: 'confirmed',
          render: (_, p) =>
            p.confirmed ? <Tag color="green">{S.confirmedYes}</Tag> : <Tag>{S.confirmedNo}</Tag>,
        },
      ]}
    />
  );
}

/** 历年趋势: the county page's section of trends across years and townships. */
export function CountyTrends() {
  const query = useCountyTrends();
  return (
    <Card title={S.trendsTitle} size="small" data-testid="county-trends" loading={query.isPending}>
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data && query.data.points.length === 0 ? (
        <Empty description={S.noTrends} />
      ) : query.data ? (
        <Row gutter={[0, 16]}>
          <Col span={24}>
            <Typography.Text type="secondary">{S.trendsIntro}</Typography.Text>
          </Col>
          <Col span={24}>
            <Charts d={query.data} />
          </Col>
          <Col span={24}>
            <TrendsTable d={query.data} />
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}
