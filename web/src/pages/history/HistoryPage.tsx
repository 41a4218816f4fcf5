import { Card, Descriptions, Empty, Flex, Grid, List, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatLocalDate } from '../../../../server/domain/local-time.ts';
import { Lines } from '../../shared/charts/Lines.tsx';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useHistory } from './queries.ts';
import { S } from './strings.ts';
import type { History, HistoryYear } from './types.ts';

const GRADE_COLORS: Record<string, string> = { 优秀: 'gold', 合格: 'green', 基本合格: 'blue', 不合格: 'red' };
const two = (x: number | null | undefined) => (x === null || x === undefined ? S.none : x.toFixed(2));
const C = S.columns;
const KIND_COLORS: Record<string, string> = { commendation: 'gold', performance_pay: 'blue' };
const kindColor = (kind: string) => KIND_COLORS[kind] ?? 'volcano';
type Pledge = HistoryYear['pledges'][number];

function PledgeStatus({ p }: { p: Pledge }) {
  return (
    <Flex gap={4} wrap>
      <Tag color={p.kept ? 'green' : p.statusSource ? 'orange' : 'default'}>{p.status}</Tag>
      {p.statusSource && <Typography.Text type="secondary">{p.statusSource}</Typography.Text>}
      {!p.approved && <Tag>{S.notApproved}</Tag>}
    </Flex>
  );
}

/** The year's pledges: a table on a wide screen, one line each (title, then status) on a phone. */
function Pledges({ rows }: { rows: Pledge[] }) {
  const isPhone = !Grid.useBreakpoint().md;
  if (isPhone)
    return (
      <List
        size="small"
        dataSource={rows}
        locale={{ emptyText: S.noPledges }}
        renderItem={(p) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex vertical gap={4}>
              <Typography.Text>{p.title}</Typography.Text>
              <Flex gap={8} wrap align="center">
                <Typography.Text type="secondary">
                  {p.category} · {formatLocalDate(p.dueDate)}
                </Typography.Text>
                <PledgeStatus p={p} />
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    );
  return (
    <Table<Pledge>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      locale={{ emptyText: S.noPledges }}
      columns={[
        { title: C.category, dataIndex: 'category' },
        { title: C.pledge, dataIndex: 'title' },
        { title: C.due, key: 'due', render: (_, p) => formatLocalDate(p.dueDate) },
        { title: C.status, key: 'status', render: (_, p) => <PledgeStatus p={p} /> },
      ]}
    />
  );
}

function GradeCell({ y }: { y: HistoryYear }) {
  if (y.excluded) return <Tag>{S.excluded(y.excludedReason)}</Tag>;
  if (!y.result) return <Typography.Text type="secondary">{S.noResult}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {y.result.grade ? <Tag color={GRADE_COLORS[y.result.grade]}>{y.result.grade}</Tag> : S.none}
      {!y.result.confirmed && <Tag color="default">{S.preview}</Tag>}
    </Flex>
  );
}

function YearsTable({ years }: { years: HistoryYear[] }) {
  return (
    <Table<HistoryYear>
      rowKey="campaignId"
      dataSource={years}
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
      data-testid="history-years"
      onRow={(y) => ({ 'data-year': y.year }) as never}
      columns={[
        { title: C.year, key: 'year', fixed: 'left', render: (_, y) => S.yearLabel(y.year) },
        { title: C.where, key: 'where', render: (_, y) => `${y.townshipName} · ${y.villageName}` },
        { title: C.posts, key: 'posts', render: (_, y) => y.posts.join('、') },
        {
          title: C.pledges,
          key: 'pledges',
          render: (_, y) =>
            y.pledges.length ? S.kept(y.pledges.filter((p) => p.kept).length, y.pledges.length) : S.none,
        },
        { title: C.village, key: 'village', align: 'right', render: (_, y) => two(y.result?.villageScore) },
        { title: C.jury, key: 'jury', align: 'right', render: (_, y) => two(y.result?.juryScore) },
        {
          title: C.inspection,
          key: 'inspection',
          align: 'right',
          render: (_, y) => two(y.result?.inspectionScore),
        },
        {
          title: C.composite,
          key: 'composite',
          align: 'right',
          render: (_, y) => <Typography.Text strong>{two(y.result?.composite)}</Typography.Text>,
        },
        { title: C.grade, key: 'grade', render: (_, y) => <GradeCell y={y} /> },
        {
          title: C.rank,
          key: 'rank',
          align: 'right',
          render: (_, y) => (y.result?.rank ? S.rank(y.result.rank, y.result.of) : S.none),
        },
        {
          title: C.consequences,
          key: 'consequences',
          render: (_, y) =>
            y.consequences.length ? (
              <Flex gap={4} wrap>
                {y.consequences.map((c) => (
                  <Tag key={c.kind + c.detail} color={kindColor(c.kind)}>
                    {c.label}
                  </Tag>
                ))}
              </Flex>
            ) : (
              S.none
            ),
        },
      ]}
    />
  );
}

function CompositeChart({ years }: { years: HistoryYear[] }) {
  const scored = useMemo(() => years.filter((y) => y.result?.composite != null), [years]);
  const categories = useMemo(
    () => scored.map((y) => (y.result!.confirmed ? `${y.year}年` : `${y.year}年（预览）`)),
    [scored],
  );
  const series = useMemo(
    () => [{ name: C.composite, data: scored.map((y) => y.result!.composite), color: '#1677ff' }],
    [scored],
  );
  const unconfirmed = scored.filter((y) => !y.result!.confirmed).map((y) => y.year);
  return (
    <Card title={S.compositeChart} size="small">
      {scored.length === 0 ? (
        <Empty description={S.noScores} />
      ) : (
        <>
          <Lines
            label={S.compositeChart}
            categories={categories}
            series={series}
            unit="分"
            min={0}
            max={100}
            height={220}
            testId="history-chart"
          />
          <Typography.Text type="secondary">{S.compositeCaption(unconfirmed)}</Typography.Text>
        </>
      )}
    </Card>
  );
}

function YearCard({ y }: { y: HistoryYear }) {
  return (
    <Card
      size="small"
      data-testid="history-year"
      title={`${S.yearLabel(y.year)} · ${y.townshipName} ${y.villageName} · ${y.posts.join('、')}`}
      extra={<Tag>{y.phaseLabel}</Tag>}
    >
      <Flex vertical gap={12}>
        {y.result && (
          <Typography.Text>
            {`${C.composite} ${two(y.result.composite)}`}
            {y.result.grade ? ` · ${y.result.grade}` : ''}
            {y.result.rank ? ` · ${C.rank} ${S.rank(y.result.rank, y.result.of)}` : ''}
            {y.result.satisfactionRate !== null ? ` · ${S.satisfaction(y.result.satisfactionRate)}` : ''}
            {y.result.unqualified ? ` · ${S.unqualified}` : ''}
            {!y.result.confirmed ? `（${S.preview}）` : ''}
          </Typography.Text>
        )}
        <Pledges rows={y.pledges} />
        <div>
          <Typography.Text strong>{S.consequencesTitle}</Typography.Text>
          {y.consequences.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {S.noConsequences}
            </Typography.Paragraph>
          ) : (
            <List
              size="small"
              dataSource={y.consequences}
              renderItem={(c) => (
                <List.Item style={{ paddingInline: 0 }}>
                  <Typography.Text>
                    <Tag color={kindColor(c.kind)}>{c.label}</Tag>
                    {c.detail}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
        </div>
      </Flex>
    </Card>
  );
}

function PersonFacts({ person }: { person: History['person'] }) {
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, md: 4 }}
      items={[
        { key: 'v', label: S.village, children: `${person.townshipName} ${person.villageName}` },
        { key: 'g', label: S.gender, children: person.gender ?? S.none },
        { key: 'b', label: S.birthYear, children: person.birthYear ?? S.none },
        { key: 'p', label: S.partyMember, children: person.partyMember ? S.yes : S.no },
      ]}
    />
  );
}

/** 履职档案: a cadre's every year, newest detail last; the table and the chart on top. */
export function HistoryPage() {
  const { personId = '' } = useParams();
  const navigate = useNavigate();
  const query = useHistory(personId);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { person, years } = query.data;
  const newestFirst = [...years].reverse();
  return (
    <Page
      title={S.title(person.name)}
      extra={
        <Typography.Link onClick={() => navigate(-1)} data-testid="history-back">
          {S.back}
        </Typography.Link>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{S.intro}</Typography.Text>
        <PersonFacts person={person} />
        {years.length === 0 ? (
          <Empty description={S.noYears} />
        ) : (
          <>
            <Card title={S.yearsTable} size="small">
              <YearsTable years={years} />
            </Card>
            <CompositeChart years={years} />
            {newestFirst.map((y) => (
              <YearCard key={y.campaignId} y={y} />
            ))}
          </>
        )}
      </Flex>
    </Page>
  );
}
