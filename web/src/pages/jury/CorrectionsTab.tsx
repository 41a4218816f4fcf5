import { Alert, Button, Flex, Form, Input, InputNumber, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { meetingPath, useReporterScores } from './queries.ts';
import { S } from './strings.ts';
import type { Correction, Meeting, ReporterScores } from './types.ts';

type ScoreRow = ReporterScores['scores'][number];

function RequestModal({
  meeting,
  score,
  onClose,
}: {
  meeting: Meeting;
  score: ScoreRow | null;
  onClose: () => void;
}) {
  return (
    <FormModal<{ total: number; reason: string }, Meeting>
      open={score !== null}
      title={`${S.requestCorrection}：${score?.jurorName ?? ''}（${score?.total.toFixed(2) ?? ''}）`}
      name="jury-correction"
      onClose={onClose}
      mutationFn={(v) =>
        api.post(`${meetingPath(meeting.id)}/corrections`, { scoreId: score!.scoreId, ...v })
      }
      invalidate={[keys.jury.all]}
      success={S.awaiting}
    >
      <Form.Item name="total" label={S.newScore} rules={[{ required: true }]}>
        <InputNumber min={0} max={100} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={S.reason} rules={[{ required: true }]}>
        <Input.TextArea maxLength={200} rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** Corrections of submitted scores: asked with a reason here, confirmed by a second office account. */
export function CorrectionsTab({ meeting }: { meeting: Meeting }) {
  const [reporterId, setReporterId] = useState<string | null>(null);
  const [target, setTarget] = useState<ScoreRow | null>(null);
  const scores = useReporterScores(reporterId);
  const decide = useAppMutation({
    mutationFn: ({ c, action }: { c: Correction; action: 'confirm' | 'cancel' }) =>
      api.post<Meeting>(`/api/jury/corrections/${c.id}/${action}`),
    invalidate: [keys.jury.all],
    errorTitle: S.tabs.corrections,
  });
  const may = meeting.allowedActions.includes('request_correction');
  return (
    <Flex vertical gap={12}>
      <Alert type="info" title={S.correctionHint} />
      <Table<Correction>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={meeting.corrections}
        locale={{ emptyText: S.none }}
        columns={[
          { title: S.reporter, dataIndex: 'reporterName' },
          { title: S.alias, dataIndex: 'jurorAlias' },
          { title: S.result, key: 'v', render: (_, c) => S.oldNew(c.oldTotal, c.newTotal) },
          { title: S.reason, dataIndex: 'reason' },
          { title: S.requestedBy, key: 'by', render: (_, c) => `${c.requestedByName} ${c.requestedAt}` },
          {
            title: S.confirmedBy,
            key: 'ok',
            render: (_, c) =>
              c.confirmedByName ? (
                `${c.confirmedByName} ${c.confirmedAt}`
              ) : (
                <Tag color="orange">{S.awaiting}</Tag>
              ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, c) => (
              <Flex gap={4}>
                {c.allowedActions.includes('confirm') && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => void decide.submit({ c, action: 'confirm' })}
                  >
                    {S.confirm}
                  </Button>
                )}
                {c.allowedActions.includes('cancel') && (
                  <Button size="small" onClick={() => void decide.submit({ c, action: 'cancel' })}>
                    {S.cancel}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {may && (
        <Flex vertical gap={8}>
          <Select
            placeholder={S.jurorScores}
            style={{ maxWidth: 420 }}
            value={reporterId}
            onChange={setReporterId}
            options={meeting.reporters
              .filter((r) => r.scored > 0)
              .map((r) => ({ value: r.id, label: `${r.position}. ${r.villageName} ${r.name}` }))}
          />
          {scores.data && (
            <Table<ScoreRow>
              rowKey="scoreId"
              size="small"
              pagination={false}
              dataSource={scores.data.scores}
              columns={[
                { title: S.alias, dataIndex: 'alias' },
                { title: S.jurorName, dataIndex: 'jurorName' },
                { title: S.result, dataIndex: 'total', render: (v: number) => v.toFixed(2) },
                { title: S.source, dataIndex: 'sourceLabel' },
                {
                  title: '',
                  key: 'a',
                  render: (_, s) => (
                    <Button size="small" onClick={() => setTarget(s)}>
                      {S.requestCorrection}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </Flex>
      )}
      <RequestModal meeting={meeting} score={target} onClose={() => setTarget(null)} />
    </Flex>
  );
}
