import { Button, Space, Table, Tag, Typography } from 'antd';
import type { Participant } from '../../api/types.ts';
import { S } from './strings.ts';

function RoleTags({ p }: { p: Participant }) {
  if (p.isSecretary && p.isDirector) return <Tag color="gold">{p.roleLabel}</Tag>;
  return <Tag color={p.isSecretary ? 'red' : 'blue'}>{p.roleLabel}</Tag>;
}

function Status({ p }: { p: Participant }) {
  if (!p.excluded) return <Tag color="green">{S.active}</Tag>;
  return (
    <Space size={4} wrap>
      <Tag color="default">{S.excluded}</Tag>
      <Typography.Text type="secondary">{S.excludedDetail(p.excludedOn, p.excludedReason)}</Typography.Text>
    </Space>
  );
}

export function ParticipantsTable({
  rows,
  loading,
  canAct,
  empty,
  onExclude,
  onReinstate,
}: {
  rows: Participant[];
  loading: boolean;
  canAct: boolean;
  empty: string;
  onExclude: (p: Participant) => void;
  onReinstate: (p: Participant) => void;
}) {
  return (
    <Table<Participant>
      rowKey="id"
      loading={loading}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: empty }}
      rowClassName={(p) => (p.excluded ? 'vp-row-muted' : '')}
      columns={[
        { title: S.name, dataIndex: 'name', fixed: 'left' },
        { title: S.village, dataIndex: 'villageName' },
        { title: S.role, key: 'role', render: (_, p) => <RoleTags p={p} /> },
        { title: S.status, key: 'status', render: (_, p) => <Status p={p} /> },
        ...(canAct
          ? [
              {
                title: S.actions,
                key: 'actions',
                render: (_: unknown, p: Participant) =>
                  p.excluded ? (
                    <Button size="small" onClick={() => onReinstate(p)}>
                      {S.reinstate}
                    </Button>
                  ) : (
                    <Button size="small" danger onClick={() => onExclude(p)}>
                      {S.exclude}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
