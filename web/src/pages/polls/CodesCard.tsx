import { QrcodeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import type { Meeting } from '../meetings/types.ts';
import { issueCodes, voidCodes } from './queries.ts';
import { holdCodes } from './slip-store.ts';
import { S } from './strings.ts';
import type { Poll } from './types.ts';

const C = S.codes;

/** Each printed sheet of codes; a lost one is voided (its unused codes), with the reason. */
function Batches({ poll }: { poll: Poll }) {
  const [voiding, setVoiding] = useState<number | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const canVoid = poll.allowedActions.includes('void_codes');
  return (
    <>
      <Flex gap={8} wrap align="center" data-testid="code-batches">
        <Typography.Text type="secondary">{C.batches}：</Typography.Text>
        {poll.codeBatches
          .map((b, i) => ({ ...b, n: i + 1 }))
          .map((b) => (
            <Space key={b.n} size={4}>
              <span>{C.batchLine(b.n, b.size)}</span>
              {b.voided !== null ? (
                <Typography.Text type="secondary">{C.batchVoided(b.voided)}</Typography.Text>
              ) : (
                canVoid && (
                  <Button size="small" danger onClick={() => setVoiding(b.n)}>
                    {C.voidBatch}
                  </Button>
                )
              )}
            </Space>
          ))}
      </Flex>
      {voiding !== null && (
        <FormModal<{ reason: string }, unknown>
          open
          title={C.voidTitle(voiding)}
          okText={C.voidOk}
          cancelText={S.page.cancel}
          form={form}
          initialValues={{ reason: '' }}
          onClose={() => setVoiding(null)}
          mutationFn={(v) => voidCodes(poll.id, voiding, v.reason.trim())}
          success={C.voidDone}
          invalidate={[keys.polls.detail(poll.id)]}
        >
          <Alert type="warning" showIcon title={C.voidHelp} style={{ marginBottom: 12 }} />
          <Form.Item
            name="reason"
            label={C.voidReason}
            rules={[{ required: true, whitespace: true, message: S.form.required(C.voidReason) }]}
          >
            <Input maxLength={200} placeholder={C.voidReasonPlaceholder} />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}

/** Generate N one-time codes, then straight to the printable QR slips. */
export function CodesCard({ poll, meeting }: { poll: Poll; meeting: Meeting }) {
  const navigate = useNavigate();
  const room = Math.max(0, (meeting.attendance ?? 0) - poll.codesIssued - (poll.paperIssued ?? 0));
  const [count, setCount] = useState<number | null>(Math.min(room, 24) || null);
  const canIssue = poll.allowedActions.includes('issue_codes');
  const issue = useAppMutation({
    mutationFn: (n: number) => issueCodes(poll.id, n),
    invalidate: [keys.polls.detail(poll.id)],
    onSuccess: ({ codes, batch, publicAddress }) => {
      holdCodes({ pollId: poll.id, codes, batch, address: publicAddress });
      navigate(`/meetings/polls/${poll.id}/slips`);
    },
  });
  const generate = () =>
    issue.confirm(count ?? 0, { title: C.warnTitle, content: C.warn, okText: C.generate });
  return (
    <Card title={C.title}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text strong data-testid="codes-issued">
          {C.issued(poll.codesIssued)}
          {poll.codesVoided ? `（另${C.voided(poll.codesVoided)}）` : ''}
          {poll.paperIssued ? `；${C.paperIssued(poll.paperIssued)}` : ''}
        </Typography.Text>
        {poll.codeBatches.length > 0 && <Batches poll={poll} />}
        {canIssue && meeting.attendance === null && (
          <Alert type="warning" showIcon title={C.needAttendance} />
        )}
        {canIssue && (
          <>
            <Alert type="warning" showIcon title={C.warnTitle} description={C.warn} />
            <Flex gap={8} align="center" wrap>
              <span>{C.count}</span>
              <InputNumber
                min={1}
                max={2000}
                precision={0}
                value={count}
                onChange={setCount}
                suffix="张"
                aria-label={C.count}
                style={{ width: 140 }}
              />
              <Button
                type="primary"
                icon={<QrcodeOutlined />}
                loading={issue.isPending}
                disabled={!count}
                onClick={generate}
              >
                {C.generate}
              </Button>
            </Flex>
            <Typography.Text type="secondary">{C.limit}</Typography.Text>
          </>
        )}
      </Space>
    </Card>
  );
}
