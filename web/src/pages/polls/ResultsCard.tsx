import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { recordUrl } from './queries.ts';
import { S } from './strings.ts';
import type { Poll, QuestionResult } from './types.ts';

const R = S.results;

function outcomeTag(poll: Poll, q: QuestionResult) {
  const evaluation = poll.purpose === 'democratic_evaluation';
  const text = q.outcome.rejected
    ? evaluation
      ? R.evalRejected
      : R.rejected
    : evaluation
      ? R.evalPassed
      : R.passed;
  return (
    <Tag color={q.outcome.rejected ? 'error' : 'success'} style={{ fontSize: 15, padding: '2px 10px' }}>
      {text}
    </Tag>
  );
}

function QuestionResultTable({ poll, q, index }: { poll: Poll; q: QuestionResult; index: number }) {
  return (
    <div data-testid="question-result">
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {index + 1}. {q.label}
        </Typography.Text>
        {outcomeTag(poll, q)}
      </Flex>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={q.options}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: R.option,
            dataIndex: 'label',
            render: (label: string, o) =>
              o.countsAsValid ? (
                label
              ) : (
                <span>
                  {label} <Typography.Text type="secondary">（{R.notCountsValid}）</Typography.Text>
                </span>
              ),
          },
          { title: R.electronic, dataIndex: 'electronic', align: 'right' },
          { title: R.paper, dataIndex: 'paper', align: 'right' },
          { title: R.votes, dataIndex: 'votes', align: 'right', render: (v: number) => <strong>{v}</strong> },
        ]}
      />
      <Typography.Paragraph style={{ margin: '6px 0 0' }}>
        {R.valid(q.valid, q.cast, q.invalid)}
        {q.satisfaction?.score != null &&
          q.satisfaction.rate != null &&
          `；${R.score(q.satisfaction.score, q.satisfaction.rate)}`}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{q.outcome.rule}</Typography.Paragraph>
    </div>
  );
}

/** Results after closing: per question, the outcome and the rule it was decided by. */
export function ResultsCard({ poll }: { poll: Poll }) {
  const results = poll.results;
  if (!results) return null;
  return (
    <Card
      title={R.title}
      extra={
        poll.status === 'certified' ? (
          <Button icon={<DownloadOutlined />} href={recordUrl(poll.id)} download>
            {R.download}
          </Button>
        ) : (
          <Typography.Text type="secondary">{R.downloadHelp}</Typography.Text>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size={16}>
        {(results.paper.status === 'pending' || results.paper.status === 'mismatch') && (
          <Alert type="warning" showIcon title={R.paperPending} />
        )}
        {poll.status === 'closed' && <Alert type="info" showIcon title={R.notFinal} />}
        <Flex gap={12} wrap>
          <Typography.Text>
            {R.summary(results.ballotsCast, results.codesIssued, results.paper.returned)}
          </Typography.Text>
          <Typography.Text>
            {R.quorum}：{results.quorum.met ? R.quorumMet : R.quorumNotMet}（{results.quorum.present ?? 0} /{' '}
            {results.quorum.required}）
          </Typography.Text>
        </Flex>
        {results.questions.map((q, i) => (
          <QuestionResultTable key={q.questionId} poll={poll} q={q} index={i} />
        ))}
      </Space>
    </Card>
  );
}
