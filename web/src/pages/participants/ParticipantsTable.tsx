import { Button, Card, Flex, Grid, List, Space, Table, Tag, Typography } from 'antd';
import type { Participant } from '../../api/types.ts';
import { PersonLink } from '../history/PersonLink.tsx';
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

type Props = {
  rows: Participant[];
  loading: boolean;
  canAct: boolean;
  empty: string;
  onExclude: (p: Participant) => void;
  onReinstate: (p: Participant) => void;
};

function Action({
  p,
  onExclude,
  onReinstate,
}: { p: Participant } & Pick<Props, 'onExclude' | 'onReinstate'>) {
  return p.excluded ? (
    <Button size="small" onClick={() => onReinstate(p)}>
      {S.reinstate}
    </Button>
  ) : (
    <Button size="small" onClick={() => onExclude(p)}>
      {S.exclude}
    </Button>
  );
}

/** Phone screens: one card per participant, the action at hand. */
function ParticipantCards({ rows, loading, canAct, empty, onExclude, onReinstate }: Props) {
  return (
    <List
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: empty }}
      renderItem={(p) => (
        <List.Item style={{ padding: '4px 0', border: 'none' }} data-testid="participant-card">
          <Card size="small" style={{ width: '100%', opacity: p.excluded ? 0.75 : 1 }}>
            <Flex justify="space-between" align="start" gap={8}>
              <Flex vertical gap={4}>
                <Typography.Text strong>
                  <PersonLink personId={p.personId} name={p.name} />{' '}
                  <Typography.Text type="secondary">{p.villageName}</Typography.Text>
                </Typography.Text>
                <Space size={4} wrap>
                  <RoleTags p={p} />
                  <Status p={p} />
                </Space>
              </Flex>
              {canAct && <Action p={p} onExclude={onExclude} onReinstate={onReinstate} />}
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );
}

export function ParticipantsTable(props: Props) {
  const isPhone = !Grid.useBreakpoint().md;
  return isPhone ? <ParticipantCards {...props} /> : <ParticipantsGrid {...props} />;
}

function ParticipantsGrid({ rows, loading, canAct, empty, onExclude, onReinstate }: Props) {
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
        {
          title: S.name,
          key: 'name',
          fixed: 'left',
          render: (_, p) => <PersonLink personId={p.personId} name={p.name} />,
        },
        { title: S.village, dataIndex: 'villageName' },
        { title: S.role, key: 'role', render: (_, p) => <RoleTags p={p} /> },
        { title: S.status, key: 'status', render: (_, p) => <Status p={p} /> },
        ...(canAct
          ? [
              {
                title: S.actions,
                key: 'actions',
                render: (_: unknown, p: Participant) => (
                  <Action p={p} onExclude={onExclude} onReinstate={onReinstate} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
