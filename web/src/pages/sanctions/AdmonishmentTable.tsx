import { Button, Flex, Table, Tag, Typography } from 'antd';
import { formatLocalDate } from '../../../../server/domain/local-time.ts';
import { S } from './strings.ts';
import type { Admonishment } from './types.ts';

function statusTag(a: Admonishment) {
  if (a.closed) return <Tag color="green">{S.closed}</Tag>;
  return a.overdue ? <Tag color="red">{S.overdue}</Tag> : <Tag color="orange">{S.open}</Tag>;
}

/** The year's admonishment talks: open and overdue first; the talk's summary once held. */
export function AdmonishmentTable({
  rows,
  onRecord,
}: {
  rows: Admonishment[];
  onRecord: (a: Admonishment) => void;
}) {
  const C = S.columns;
  return (
    <Table<Admonishment>
      rowKey="id"
      dataSource={rows}
      pagination={false}
      size="small"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: S.noAdmonishments }}
      onRow={(a) => ({ 'data-name': a.name }) as never}
      columns={[
        { title: C.name, dataIndex: 'name' },
        { title: C.village, dataIndex: 'villageName' },
        { title: C.status, render: (_, a) => statusTag(a) },
        {
          title: C.action,
          render: (_, a) =>
            a.allowedActions.includes('record') ? (
              <Button size="small" type="primary" onClick={() => onRecord(a)}>
                {S.record}
              </Button>
            ) : null,
        },
        { title: C.reason, dataIndex: 'reasonText' },
        { title: C.dueOn, render: (_, a) => formatLocalDate(a.dueOn) },
        {
          title: C.talk,
          render: (_, a) =>
            a.closed ? (
              <Flex vertical style={{ maxWidth: 360 }}>
                <Typography.Text>
                  {S.talkSummary(a.talkedBy ?? '', formatLocalDate(a.talkedOn ?? ''))}
                </Typography.Text>
                <Typography.Text type="secondary">{a.undertaking}</Typography.Text>
              </Flex>
            ) : (
              S.none
            ),
        },
      ]}
    />
  );
}
