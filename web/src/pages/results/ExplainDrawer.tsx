import { Descriptions, Drawer, Flex, Table, Tag, Typography } from 'antd';
import { formatLocalDateTime } from '../../../../server/domain/local-time.ts';
import { S } from './strings.ts';
import type { ResultRow } from './types.ts';

export type Focus = 'village' | 'jury' | 'inspection' | 'composite' | 'grade' | 'rank';

const two = (x: number | null | undefined) => (x === null || x === undefined ? S.none : x.toFixed(2));
const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
const when = (iso: string) => formatLocalDateTime(new Date(iso));
const D = S.drawer;

function VillagePart({ row }: { row: ResultRow }) {
  const v = row.village;
  if (!v) return <Typography.Text type="secondary">{D.noVillage}</Typography.Text>;
  const c = v.counts;
  return (
    <Flex vertical gap={4}>
      <Typography.Text>
        {D.countLine(c.satisfied, c.basicallySatisfied, c.unsatisfied, c.unknown, c.blank)}
      </Typography.Text>
      <Typography.Text>{D.valid(v.valid)}</Typography.Text>
      <Typography.Text>
        {D.optionScores(
          v.optionScores.satisfied,
          v.optionScores.basicallySatisfied,
          v.optionScores.unsatisfied,
        )}
      </Typography.Text>
      {v.satisfactionRate === null ? null : (
        <Typography.Text>{D.rate(pct(v.satisfactionRate))}</Typography.Text>
      )}
      {v.unqualified ? <Typography.Text type="danger">{D.unqualified}</Typography.Text> : null}
      <Typography.Text type="secondary">{D.certifiedAt(when(v.certifiedAt))}</Typography.Text>
    </Flex>
  );
}

function JuryPart({ row }: { row: ResultRow }) {
  const j = row.jury;
  if (!j) return <Typography.Text type="secondary">{D.noJury}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      <Typography.Text>
        {j.rule}
        {j.complete ? '' : D.incomplete}
      </Typography.Text>
      <Flex wrap gap={4} data-testid="explain-jury-scores">
        {j.scores.map((s) => (
          <Tag
            key={s.juror}
            color={s.dropped ? 'default' : 'blue'}
            style={s.dropped ? { textDecoration: 'line-through' } : {}}
          >
            {s.juror} {s.value}
            {s.dropped ? `（${D.dropped}）` : ''}
          </Tag>
        ))}
      </Flex>
      <Typography.Text type="secondary">
        {[j.recused > 0 ? D.recused(j.recused) : null, j.missing > 0 ? D.missing(j.missing) : null]
          .filter(Boolean)
          .join('，')}
      </Typography.Text>
    </Flex>
  );
}

function InspectionPart({ row }: { row: ResultRow }) {
  const i = row.inspection;
  if (!i) return <Typography.Text type="secondary">{D.noInspection}</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      <Table
        size="small"
        pagination={false}
        rowKey="pledgeId"
        dataSource={i.items}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: D.item, dataIndex: 'title' },
          {
            title: D.status,
            dataIndex: 'status',
            render: (s: keyof typeof S.inspectionStatus | null) =>
              s ? S.inspectionStatus[s] : D.notInspected,
          },
          {
            title: D.progress,
            dataIndex: 'progressPercent',
            render: (p: number | null) => (p === null ? S.none : `${p}%`),
          },
          {
            title: D.recognition,
            dataIndex: 'recognition',
            render: (r: number | null) => (r === null ? S.none : r),
          },
          { title: D.itemScore, dataIndex: 'itemScore', render: two },
        ]}
      />
      <Typography.Text type="secondary">
        {D.meanOfItems}
        {i.complete ? '' : D.incomplete}
      </Typography.Text>
    </Flex>
  );
}

function CompositePart({ row }: { row: ResultRow }) {
  const e = row.explanation.composite;
  return (
    <Flex vertical gap={4}>
      <Typography.Text>{e.formula}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="part"
        dataSource={e.parts}
        columns={[
          { title: D.part, dataIndex: 'label' },
          { title: D.score, dataIndex: 'score', render: two },
          { title: D.weight, dataIndex: 'weight', render: (w: number) => `${w}%` },
          {
            title: D.weighted,
            dataIndex: 'weighted',
            render: (w: number | null) => (w === null ? S.none : String(w)),
          },
        ]}
      />
      {e.missing.length ? (
        <Typography.Text type="warning">
          {D.missingParts}：
          {e.parts
            .filter((p) => e.missing.includes(p.part))
            .map((p) => p.label)
            .join('、')}
        </Typography.Text>
      ) : (
        <Typography.Text strong>
          {S.columns.composite} {two(e.composite)}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Every number of one participant opened into its parts (DESIGN §2.4 explainable numbers). */
export function ExplainDrawer({
  row,
  focus,
  onClose,
}: {
  row: ResultRow | null;
  focus: Focus;
  onClose: () => void;
}) {
  if (!row) return <Drawer open={false} onClose={onClose} />;
  const g = row.explanation.grade;
  const r = row.explanation.rank;
  const items = [
    { key: 'village', label: `${D.village} ${two(row.village?.score)}`, children: <VillagePart row={row} /> },
    { key: 'jury', label: `${D.jury} ${two(row.jury?.score)}`, children: <JuryPart row={row} /> },
    {
      key: 'inspection',
      label: `${D.inspection} ${two(row.inspection?.score)}`,
      children: <InspectionPart row={row} />,
    },
    {
      key: 'composite',
      label: `${D.composite} ${two(row.composite)}`,
      children: <CompositePart row={row} />,
    },
    {
      key: 'grade',
      label: `${D.grade} ${row.grade ?? S.notGraded}`,
      children: (
        <Flex vertical gap={4}>
          <Typography.Text>{g.reason}</Typography.Text>
          <Typography.Text type="secondary">
            {[...g.bands.map((b) => `${b.label} ≥ ${b.minScore}`), `${g.failGrade} 其余`].join('；')}
          </Typography.Text>
          {g.capped ? (
            <Typography.Text type="warning">{D.capped(g.capped.limit, g.capped.of)}</Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'rank',
      label: `${D.rank} ${r.rank ?? S.none}`,
      children: (
        <Flex vertical gap={4}>
          <Typography.Text>{r.rank === null ? D.notRanked : D.rankOf(r.rank, r.of)}</Typography.Text>
          {r.tieBreaks.length ? (
            <Typography.Text>{D.tieBreaks(r.tieBreaks.join('、'))}</Typography.Text>
          ) : null}
          <Typography.Text type="secondary">{r.rule}</Typography.Text>
        </Flex>
      ),
    },
  ];
  // The clicked number first, the others after it in their order.
  const ordered = [...items.filter((i) => i.key === focus), ...items.filter((i) => i.key !== focus)];
  return (
    <Drawer
      open
      onClose={onClose}
      title={D.title(row.name)}
      size="min(720px, 100vw)"
      data-testid="explain-drawer"
    >
      <Descriptions
        column={1}
        bordered
        size="small"
        layout="vertical"
        items={ordered}
        data-testid="explain-parts"
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {D.config(row.explanation.config.hash.slice(0, 12), when(row.explanation.config.computedAt))}
      </Typography.Paragraph>
    </Drawer>
  );
}
