import { Table, Tag, Typography } from 'antd';
import type { ResultRow } from './queries.ts';
import { S } from './strings.ts';

const score = (value: number | null) =>
  value === null ? <Typography.Text type="secondary">—</Typography.Text> : value.toFixed(2);

const GRADE_COLORS: Record<string, string> = {
  优秀: 'green',
  合格: 'blue',
  基本合格: 'orange',
  不合格: 'red',
};

/** A township's results: rank, each part, composite and grade (scores to 2 decimals). */
export function ResultTable({ rows, testId }: { rows: ResultRow[]; testId?: string }) {
  return (
    <Table<ResultRow>
      data-testid={testId}
      size="small"
      rowKey={(r) => `${r.villageName}-${r.name}`}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: S.table.rank, dataIndex: 'rank', align: 'right', render: (v: number | null) => v ?? '—' },
        { title: S.table.village, dataIndex: 'villageName' },
        { title: S.table.name, dataIndex: 'name' },
        { title: S.table.posts, key: 'posts', render: (_, r) => r.posts.join('、') },
        { title: S.table.villageScore, dataIndex: 'villageScore', align: 'right', render: score },
        {
          title: S.table.satisfaction,
          dataIndex: 'satisfactionRate',
          align: 'right',
          render: (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(2)}%`),
        },
        { title: S.table.jury, dataIndex: 'juryScore', align: 'right', render: score },
        { title: S.table.inspection, dataIndex: 'inspectionScore', align: 'right', render: score },
        { title: S.table.composite, dataIndex: 'composite', align: 'right', render: score },
        {
          title: S.table.grade,
          key: 'grade',
          render: (_, r) => (
            <>
              <Tag color={r.grade ? GRADE_COLORS[r.grade] : undefined}>{r.grade ?? S.table.ungraded}</Tag>
              {r.forcedFail && <Typography.Text type="danger">{S.table.forcedFail}</Typography.Text>}
            </>
          ),
        },
      ]}
    />
  );
}
