import { Button, Space, Table, Tag } from 'antd';
import { POST_LABELS, POSTS } from '../../../../server/domain/roster.ts';
import type { Person } from '../../api/types.ts';
import { S } from './strings.ts';

export function PersonsTable({
  persons,
  manage,
  onEdit,
  onAppoint,
}: {
  persons: Person[];
  manage: boolean;
  onEdit: (p: Person) => void;
  onAppoint: (p: Person) => void;
}) {
  return (
    <Table<Person>
      rowKey="id"
      size="small"
      dataSource={persons}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: S.noPersons }}
      columns={[
        { title: S.name, dataIndex: 'name', fixed: 'left' },
        {
          title: S.currentPosts,
          dataIndex: 'currentPosts',
          render: (posts: Person['currentPosts']) =>
            posts.length ? (
              <Space size={4} wrap>
                {POSTS.filter((p) => posts.includes(p)).map((p) => (
                  <Tag key={p} color={p === 'party_secretary' ? 'red' : 'blue'}>
                    {POST_LABELS[p]}
                  </Tag>
                ))}
                {posts.length === 2 && <Tag color="gold">{S.dualRole}</Tag>}
              </Space>
            ) : (
              S.none
            ),
        },
        {
          title: S.idCard,
          dataIndex: 'idCardMasked',
          render: (m: string | null) => (m ? <span style={{ fontFamily: 'monospace' }}>{m}</span> : S.none),
        },
        { title: S.gender, dataIndex: 'gender', render: (g: string | null) => g ?? S.none },
        { title: S.birthYear, dataIndex: 'birthYear', render: (y: number | null) => y ?? S.none },
        { title: S.phone, dataIndex: 'phone', render: (p: string | null) => p ?? S.none },
        { title: S.partyMember, dataIndex: 'partyMember', render: (m: boolean) => (m ? S.yes : S.no) },
        ...(manage
          ? [
              {
                title: S.actions,
                key: 'actions',
                render: (_: unknown, p: Person) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => onEdit(p)}>
                      {S.edit}
                    </Button>
                    <Button type="link" size="small" onClick={() => onAppoint(p)}>
                      {S.appoint}
                    </Button>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
