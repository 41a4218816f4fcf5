import { Alert, Button, Flex, Form, InputNumber, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { meetingPath } from './queries.ts';
import { S } from './strings.ts';
import type { Juror, Meeting, PaperResult } from './types.ts';

/**
 * Paper sheets keyed in when the network fails: the sheet of each juror for one reporter; the same
 * sheets keyed in by a second account must agree before they count. Blind: no value is shown back.
 */
export function PaperTab({ meeting }: { meeting: Meeting }) {
  const [reporterId, setReporterId] = useState<string | undefined>();
  const [values, setValues] = useState<Record<string, number | null>>({});
  const [last, setLast] = useState<PaperResult | null>(null);
  const reporter = meeting.reporters.find((r) => r.id === reporterId);
  const jurors = reporter
    ? meeting.jurors.filter((j) => !j.ties.some((t) => t.villageId === reporter.villageId))
    : [];
  const criteria = meeting.rules.subCriteria;
  const enter = useAppMutation({
    mutationFn: () =>
      api.post<PaperResult>(`${meetingPath(meeting.id)}/paper`, {
        reporterId,
        entries: jurors
          .filter((j) => typeof values[j.id] === 'number')
          .map((j) => ({ jurorId: j.id, total: values[j.id] })),
      }),
    invalidate: [keys.jury.all],
    errorTitle: S.tabs.paper,
    onSuccess: (r) => {
      setLast(r);
      setValues({});
    },
  });
  const may = meeting.allowedActions.includes('enter_paper');
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Alert type="info" title={S.paperHint} />
      {criteria.length > 0 && (
        <Alert
          type="warning"
          title={S.rulesLine(meeting.rules.trimMinScores, '', criteria.map((c) => c.name).join('、'))}
        />
      )}
      <Form layout="vertical">
        <Form.Item label={S.paperReporter}>
          <Select
            value={reporterId}
            onChange={(v) => {
              setReporterId(v);
              setValues({});
              setLast(null);
            }}
            disabled={!may}
            options={meeting.reporters
              .filter((r) => r.status !== 'waiting')
              .map((r) => ({ value: r.id, label: `${r.position}. ${r.villageName} ${r.name}` }))}
          />
        </Form.Item>
      </Form>
      {reporter && (
        <Table<Juror>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={jurors}
          columns={[
            { title: S.jurorName, dataIndex: 'name' },
            { title: S.category, dataIndex: 'categoryLabel' },
            {
              title: S.result,
              key: 'v',
              render: (_, j) => (
                <InputNumber
                  min={0}
                  max={100}
                  precision={2}
                  aria-label={`${j.name}${S.result}`}
                  value={values[j.id] ?? null}
                  onChange={(v) => setValues((vs) => ({ ...vs, [j.id]: v }))}
                />
              ),
            },
          ]}
        />
      )}
      {reporter && (
        <Flex>
          <Button type="primary" loading={enter.isPending} onClick={() => void enter.submit()}>
            {S.paperSubmit}
          </Button>
        </Flex>
      )}
      {last && <Alert type="success" title={S.paperDone(last)} />}
      {last && last.mismatched.length > 0 && (
        <Alert type="error" title={S.paperMismatchNames(last.mismatched.map((m) => m.name).join('、'))} />
      )}
      {!may && <Typography.Text type="secondary">{S.none}</Typography.Text>}
    </Flex>
  );
}
