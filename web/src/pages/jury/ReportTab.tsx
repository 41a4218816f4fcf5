import { Alert, Button, Flex, Table, Typography } from 'antd';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useJurorReport } from './queries.ts';
import { S } from './strings.ts';
import type { JurorReport, Meeting } from './types.ts';

type Row = JurorReport['jurors'][number];
const dp = (x: number | null) => (x === null ? S.none : x.toFixed(2));

/** After the meeting: the anonymized juror report (评委1..N, no names), printable. */
export function ReportTab({ meeting }: { meeting: Meeting }) {
  const report = useJurorReport(meeting.id, true);
  if (report.isPending) return <FullPageSpin />;
  if (report.isError) return <LoadError error={report.error} />;
  const r = report.data;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {r.title}
        </Typography.Title>
        <Button onClick={() => window.print()}>{S.print}</Button>
      </Flex>
      <Typography.Text type="secondary">{r.heldAtText}</Typography.Text>
      <Table<Row>
        rowKey="alias"
        size="small"
        pagination={false}
        dataSource={r.jurors}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: S.alias, dataIndex: 'alias' },
          { title: S.scored, dataIndex: 'scored', align: 'right' },
          { title: S.recused, dataIndex: 'recused', align: 'right' },
          { title: S.dropped, dataIndex: 'dropped', align: 'right' },
          { title: S.meanScore, dataIndex: 'meanScore', align: 'right', render: dp },
          { title: S.meanDeviation, dataIndex: 'meanDeviation', align: 'right', render: dp },
          { title: S.meanAbsDeviation, dataIndex: 'meanAbsDeviation', align: 'right', render: dp },
          { title: S.highLow, key: 'hl', align: 'right', render: (_, x) => `${x.highest} / ${x.lowest}` },
          { title: S.flags, key: 'f', render: (_, x) => (x.flags.length ? x.flags.join('；') : S.none) },
        ]}
      />
      <Alert type="info" title={r.note} />
    </Flex>
  );
}
