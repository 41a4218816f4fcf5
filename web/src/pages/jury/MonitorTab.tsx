import { Alert, Flex, Table, Tag, Typography } from 'antd';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useMonitor } from './queries.ts';
import { S } from './strings.ts';
import type { Meeting, Monitor } from './types.ts';
import './jury.css';

type Row = Monitor['jurors'][number];
const dp = (x: number | null) => (x === null ? S.none : x.toFixed(2));

/** The juror deviation monitor (DESIGN §2.4 item 7): on this console only, never on the projector. */
export function MonitorTab({ meeting }: { meeting: Meeting }) {
  const monitor = useMonitor(meeting.id, meeting.status === 'running');
  if (monitor.isPending) return <FullPageSpin />;
  if (monitor.isError) return <LoadError error={monitor.error} />;
  return (
    <Flex vertical gap={12}>
      <Alert type="warning" title={S.monitorHint} description={monitor.data.rule} />
      <Table<Row>
        rowKey="jurorId"
        size="small"
        pagination={false}
        dataSource={monitor.data.jurors}
        scroll={{ x: 'max-content' }}
        data-testid="jury-monitor"
        rowClassName={(r) => (r.flags.length ? 'jury-flagged' : '')}
        columns={[
          { title: S.alias, dataIndex: 'alias', render: (a: string | null) => a ?? S.none },
          { title: S.jurorName, dataIndex: 'name' },
          { title: S.category, dataIndex: 'categoryLabel' },
          { title: S.scored, dataIndex: 'scored', align: 'right' },
          { title: S.meanDeviation, dataIndex: 'meanDeviation', align: 'right', render: dp },
          { title: S.meanAbsDeviation, dataIndex: 'meanAbsDeviation', align: 'right', render: dp },
          { title: S.outside, dataIndex: 'outside', align: 'right' },
          { title: S.highLow, key: 'hl', align: 'right', render: (_, r) => `${r.highest} / ${r.lowest}` },
          {
            title: S.flags,
            key: 'flags',
            render: (_, r) =>
              r.flags.length ? (
                <Flex vertical gap={2}>
                  {r.flags.map((f) => (
                    <span key={f.kind + f.text}>
                      <Tag color="red">{S.flagged}</Tag>
                      {f.text}
                    </span>
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{S.normal}</Typography.Text>
              ),
          },
        ]}
      />
    </Flex>
  );
}
