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
import { type PaperTally, tallyProblems } from '../../../../server/domain/voting/tally.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import type { Meeting } from '../meetings/types.ts';
import { enterTally, useTallyStatus } from './queries.ts';
import { S, SLOT_LABELS } from './strings.ts';
import type { Poll, PollQuestion, TallySlot, TallyStatus } from './types.ts';

const T = S.tally;

type Values = {
  slot: TallySlot;
  issued?: number;
  returned?: number;
  invalid?: number;
  q?: Record<string, Record<string, number | undefined>>;
  blank?: Record<string, number | undefined>;
};

/** What the entry would be sent as (blank fields count 0), for the live check before sending. */
function tallyOf(questions: PollQuestion[], v: Values): PaperTally {
  return {
    issued: v.issued ?? 0,
    returned: v.returned ?? 0,
    invalid: v.invalid ?? 0,
    counts: Object.fromEntries(
      questions.map((q) => [
        q.id,
        Object.fromEntries(q.options.map((o) => [o.id, v.q?.[q.id]?.[o.id] ?? 0])),
      ]),
    ),
    blanks: Object.fromEntries(questions.map((q) => [q.id, v.blank?.[q.id] ?? 0])),
  };
}

/** The server's own reconciliation rules (domain/voting/tally.ts), checked as the clerk types. */
export function entryProblems(
  questions: PollQuestion[],
  v: Values,
  limits: { codesIssued: number; attendance: number | null },
) {
  if (v.issued === undefined || v.returned === undefined) return [];
  const shape = { questions: questions.map((q) => ({ id: q.id, optionIds: q.options.map((o) => o.id) })) };
  return [...new Set(tallyProblems(tallyOf(questions, v), shape, limits).map((p) => p.message))];
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

/** The question's rows: one per option, then the ballots that left it blank. */
function QuestionCounts({ question }: { question: PollQuestion }) {
  const rows = [
    ...question.options.map((o) => ({ id: o.id, label: o.label, name: ['q', question.id, o.id] })),
    { id: 'blank', label: T.blank, name: ['blank', question.id] },
  ];
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="id"
      title={() => <strong>{question.label}</strong>}
      dataSource={rows}
      columns={[
        { title: '选项', dataIndex: 'label', width: 160 },
        {
          title: T.votes,
          render: (_, row) => (
            <Form.Item name={row.name} noStyle>
              <InputNumber
                min={0}
                max={1_000_000}
                precision={0}
                aria-label={`${question.label} ${row.label}`}
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
  const limits = {
    codesIssued: poll.codesIssued,
    attendance: poll.results?.attendance ?? meeting.attendance,
  };
  const problems = values ? entryProblems(poll.questions, values, limits) : [];
  const save = useAppMutation({
    form,
    mutationFn: (v: Values) => {
      const tally = tallyOf(poll.questions, v);
      return enterTally(poll.id, {
        slot: v.slot,
        issued: tally.issued,
        returned: tally.returned,
        invalid: tally.invalid,
        questions: poll.questions.map((q) => ({
          questionId: q.id,
          counts: tally.counts[q.id] ?? {},
          blank: tally.blanks[q.id] ?? 0,
        })),
      });
    },
    success: T.saved,
    invalidate: [keys.polls.tallies(poll.id), keys.polls.detail(poll.id)],
    onSuccess: onSaved,
  });
  const slot = (values?.slot ?? 'counter') as TallySlot;
  const who = slot === 'counter' ? meeting.counters : meeting.scrutineers;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void save.submit(v)}
      initialValues={{ slot: 'counter' }}
    >
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
        loading={save.isPending}
        disabled={problems.length > 0}
        style={{ marginTop: 12 }}
      >
        {T.submit(SLOT_LABELS[slot])}
      </Button>
    </Form>
  );
}

/** Blind double entry of the paper tally: each slot sees only the blank form and the status. */
export function TallyCard({ poll, meeting }: { poll: Poll; meeting: Meeting }) {
  const status = useTallyStatus(poll.id, poll.status !== 'draft');
  const [round, setRound] = useState(0);
  const canEnter = poll.allowedActions.includes('enter_tally');
  return (
    <Card title={T.title}>
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {T.help}
        </Typography.Paragraph>
        <StatusLine status={status.data} />
        {poll.status !== 'closed' && poll.status !== 'certified' && (
          <Alert type="info" showIcon title={T.closedOnly} />
        )}
        {canEnter && (
          <TallyForm key={round} poll={poll} meeting={meeting} onSaved={() => setRound((r) => r + 1)} />
        )}
      </Space>
    </Card>
  );
}
