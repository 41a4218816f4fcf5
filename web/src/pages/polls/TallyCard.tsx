import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  InputNumber,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSubmit } from '../../api/use-submit.ts';
import type { Meeting } from '../meetings/types.ts';
import { enterTally, pollKeys, useTallyStatus } from './queries.ts';
import { S, SLOT_LABELS } from './strings.ts';
import type { Poll, PollQuestion, TallySlot, TallyStatus } from './types.ts';

const T = S.tally;

type Values = {
  slot: TallySlot;
  issued?: number;
  returned?: number;
  invalid?: number;
  q?: Record<string, Record<string, number | undefined>>;
};

/** Problems the entry has before it is sent: options + invalid = returned ≤ issued, per question. */
export function tallyProblems(questions: PollQuestion[], v: Values): string[] {
  const problems: string[] = [];
  const returned = v.returned ?? 0;
  const invalid = v.invalid ?? 0;
  if (v.issued !== undefined && returned > v.issued) problems.push(T.returnedTooMany);
  if (invalid > returned) problems.push(T.invalidTooMany);
  if (v.returned === undefined) return problems;
  for (const q of questions) {
    const counts = v.q?.[q.id] ?? {};
    const sum = q.options.reduce((total, o) => total + (counts[o.id] ?? 0), 0);
    if (sum + invalid !== returned) problems.push(T.sumWrong(q.label, sum, returned));
  }
  return problems;
}

function StatusLine({ status }: { status?: TallyStatus }) {
  const entered = (ok?: boolean) =>
    ok ? (
      <Tag color="success" icon={<CheckCircleFilled />}>
        {T.entered}
      </Tag>
    ) : (
      <Tag icon={<MinusCircleOutlined />}>{T.notEntered}</Tag>
    );
  return (
    <Flex gap={16} wrap align="center" data-testid="tally-status">
      <span>
        {SLOT_LABELS.counter}：{entered(status?.counter)}
      </span>
      <span>
        {SLOT_LABELS.scrutineer}：{entered(status?.scrutineer)}
      </span>
      {status?.match === true && (
        <Tag color="success" icon={<CheckCircleFilled />}>
          {T.match}
        </Tag>
      )}
      {status?.match === false && (
        <Tag color="error" icon={<CloseCircleFilled />}>
          {T.mismatch}
        </Tag>
      )}
      {status?.match === null && <Typography.Text type="secondary">{T.waiting}</Typography.Text>}
    </Flex>
  );
}

function QuestionCounts({ question }: { question: PollQuestion }) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="id"
      title={() => <strong>{question.label}</strong>}
      dataSource={question.options}
      columns={[
        { title: '选项', dataIndex: 'label', width: 160 },
        {
          title: T.votes,
          render: (_, o) => (
            <Form.Item name={['q', question.id, o.id]} noStyle>
              <InputNumber
                min={0}
                max={1_000_000}
                precision={0}
                aria-label={`${question.label} ${o.label}`}
              />
            </Form.Item>
          ),
        },
      ]}
    />
  );
}

/** One blank entry form; a fresh instance after each save, so the next person sees no numbers. */
function TallyForm({ poll, meeting, onSaved }: { poll: Poll; meeting: Meeting; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const problems = values ? tallyProblems(poll.questions, values) : [];
  const { submit, busy } = useSubmit(
    form,
    (v: Values) =>
      enterTally(poll.id, {
        slot: v.slot,
        issued: v.issued ?? 0,
        returned: v.returned ?? 0,
        invalid: v.invalid ?? 0,
        questions: poll.questions.map((q) => ({
          questionId: q.id,
          counts: Object.fromEntries(q.options.map((o) => [o.id, v.q?.[q.id]?.[o.id] ?? 0])),
        })),
      }),
    { success: T.saved, invalidate: [pollKeys.tallies(poll.id), pollKeys.one(poll.id)], onDone: onSaved },
  );
  const slot = (values?.slot ?? 'counter') as TallySlot;
  const who = slot === 'counter' ? meeting.counters : meeting.scrutineers;
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ slot: 'counter' }}>
      <Form.Item name="slot" label={T.slot}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          options={(['counter', 'scrutineer'] as const).map((s) => ({
            value: s,
            label: SLOT_LABELS[s],
          }))}
        />
      </Form.Item>
      {who.length > 0 && (
        <Descriptions size="small" items={[{ label: SLOT_LABELS[slot], children: who.join('、') }]} />
      )}
      <Flex gap={16} wrap>
        {(['issued', 'returned', 'invalid'] as const).map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={T[name]}
            rules={[{ required: true, message: `请填写${T[name]}` }]}
          >
            <InputNumber min={0} max={1_000_000} precision={0} suffix="张" style={{ width: 150 }} />
          </Form.Item>
        ))}
      </Flex>
      <Space direction="vertical" style={{ width: '100%' }}>
        {poll.questions.map((q) => (
          <QuestionCounts key={q.id} question={q} />
        ))}
      </Space>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Button
        type="primary"
        htmlType="submit"
        loading={busy}
        disabled={problems.length > 0}
        style={{ marginTop: 12 }}
      >
        {T.submit(SLOT_LABELS[slot])}
      </Button>
    </Form>
  );
}

/** Blind double entry of the paper tally: each slot sees only the blank form and the status. */
export function TallyCard({ poll, meeting, canWrite }: { poll: Poll; meeting: Meeting; canWrite: boolean }) {
  const status = useTallyStatus(poll.id, poll.status !== 'draft');
  const [round, setRound] = useState(0);
  const canEnter = canWrite && poll.status === 'closed';
  return (
    <Card title={T.title}>
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {T.help}
        </Typography.Paragraph>
        <StatusLine status={status.data} />
        {!canEnter && poll.status !== 'certified' && <Alert type="info" showIcon title={T.closedOnly} />}
        {canEnter && (
          <TallyForm key={round} poll={poll} meeting={meeting} onSaved={() => setRound((r) => r + 1)} />
        )}
      </Space>
    </Card>
  );
}
