import { Button, Table, Tag } from 'antd';
import { POST_LABELS } from '../../../../server/domain/roster.ts';
import type { Position } from '../../api/types.ts';
import { S } from './strings.ts';

/** The dated history of the village's posts, current first. */
export function PositionsTable({
  positions,
  manage,
  onEnd,
}: {
  positions: Position[];
  manage: boolean;
  onEnd: (p: Position) => void;
}) {
  const sorted = [...positions].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.startDate.localeCompare(a.startDate),
  );
  return (
    <Table<Position>
      rowKey="id"
      size="small"
      dataSource={sorted}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: S.noPositions }}
      columns={[
        { title: S.name, dataIndex: 'personName', fixed: 'left' },
        { title: S.post, dataIndex: 'post', render: (p: Position['post']) => POST_LABELS[p] },
        { title: S.startDate, dataIndex: 'startDate' },
        {
          title: S.endDate,
          dataIndex: 'endDate',
          render: (end: string | null, p) =>
            p.current ? <Tag color="green">{S.inOffice}</Tag> : (end ?? S.none),
        },
        ...(manage
          ? [
              {
                title: S.actions,
                key: 'actions',
                render: (_: unknown, p: Position) =>
                  p.current ? (
                    <Button type="link" size="small" onClick={() => onEnd(p)}>
                      {S.endPosition}
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
