import { Descriptions, Modal, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { S } from './strings.ts';
import type { VillageEvaluationResult } from './types.ts';

type Row = { key: string; option: string; votes: number; score: number | null; points: number | null };

function rowsOf(r: VillageEvaluationResult): Row[] {
  const { counts: c, optionScores: s } = r;
  return [
    {
      key: 's',
      option: S.satisfied,
      votes: c.satisfied,
      score: s.satisfied,
      points: c.satisfied * s.satisfied,
    },
    {
      key: 'b',
      option: S.basicallySatisfied,
      votes: c.basicallySatisfied,
      score: s.basicallySatisfied,
      points: c.basicallySatisfied * s.basicallySatisfied,
    },
    {
      key: 'u',
      option: S.unsatisfied,
      votes: c.unsatisfied,
      score: s.unsatisfied,
      points: c.unsatisfied * s.unsatisfied,
    },
    { key: 'k', option: S.unknown, votes: c.unknown, score: null, points: null },
    { key: 'x', option: S.blank, votes: c.blank, score: null, points: null },
  ];
}

export const percent = (rate: number | null) => (rate === null ? S.pending : `${(rate * 100).toFixed(2)}%`);

export function VerdictTag({ result }: { result: VillageEvaluationResult }) {
  return result.unqualified ? (
    <Tag color="red" data-testid="unqualified">
      {S.unqualified}
    </Tag>
  ) : (
    <Tag color="green">{S.qualified}</Tag>
  );
}

/** One participant's result opened into its parts: votes per option, the scores used, the formulas. */
export function ResultParts({
  name,
  result,
  onClose,
}: {
  name: string;
  result: VillageEvaluationResult;
  onClose: () => void;
}) {
  const rows = rowsOf(result);
  const points = rows.reduce((sum, r) => sum + (r.points ?? 0), 0);
  const approve = result.counts.satisfied + result.counts.basicallySatisfied;
  return (
    <Modal open title={S.partsTitle(name)} onCancel={onClose} footer={null} width={560}>
      <Space direction="vertical" style={{ width: '100%' }} data-testid="result-parts">
        <Table<Row>
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: S.option, dataIndex: 'option' },
            { title: S.votes, dataIndex: 'votes', align: 'right' },
            {
              title: S.score,
              dataIndex: 'score',
              align: 'right',
              render: (v: number | null) => v ?? S.pending,
            },
            {
              title: S.points,
              dataIndex: 'points',
              align: 'right',
              render: (v: number | null) => v ?? S.pending,
            },
          ]}
        />
        <Descriptions
          size="small"
          column={1}
          items={[
            { label: S.valid, children: result.valid },
            { label: S.colScore, children: S.formulaScore(points, result.valid, result.score) },
            { label: S.colRate, children: S.formulaRate(approve, result.valid, result.satisfactionRate) },
            {
              label: S.colVerdict,
              children: (
                <Space wrap>
                  <VerdictTag result={result} />
                  {S.formulaVerdict(result.counts.unsatisfied, result.valid, result.unqualified)}
                </Space>
              ),
            },
          ]}
        />
        <Typography.Text type="secondary">
          {S.certifiedAt(dayjs(result.certifiedAt).format('YYYY-MM-DD HH:mm'))}
        </Typography.Text>
        <Link to={`/meetings/polls/${result.pollId}`}>{S.openPoll}</Link>
      </Space>
    </Modal>
  );
}
