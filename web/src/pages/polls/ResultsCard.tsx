import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { recordUrl } from './queries.ts';
import { S } from './strings.ts';
import type { Poll, QuestionResult } from './types.ts';

const R = S.results;

/**
 * The server's verdict (通过 / 不通过 / 不满意过半（不合格）/ 罢免通过 …), never re-derived here;
 * before certification the server says 待确认, shown without a colour of passing or failing.
 */
function outcomeTag(q: QuestionResult, certified: boolean) {
  const color = !certified ? 'default' : q.outcome.passed ? 'success' : 'error';
  return (
    <Tag color={color} style={{ fontSize: 15, padding: '2px 10px' }}>
      {q.outcome.verdict}
    </Tag>
  );
}

function QuestionResultTable({
  q,
  index,
  certified,
}: {
  q: QuestionResult;
  index: number;
  certified: boolean;
}) {
  return (
    <div data-testid="question-result">
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {index + 1}. {q.label}
        </Typography.Text>
        {outcomeTag(q, certified)}
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
            render: (label: string, o) => (
              <span>
                {label}
                {o.score !== null && (
                  <Typography.Text type="secondary">（{R.points(o.score)}）</Typography.Text>
                )}
                {!o.countsAsValid && (
                  <Typography.Text type="secondary">（{R.notCountsValid}）</Typography.Text>
                )}
              </span>
            ),
          },
          { title: R.electronic, dataIndex: 'electronic', align: 'right' },
          { title: R.paper, dataIndex: 'paper', align: 'right' },
          { title: R.votes, dataIndex: 'votes', align: 'right', render: (v: number) => <strong>{v}</strong> },
        ]}
      />
      <Typography.Paragraph style={{ margin: '6px 0 0' }}>
        {R.valid(q.valid, q.cast, q.blank, q.invalid)}
        {q.outcome.turnout && `；${R.turnout(q.outcome.turnout.voted, q.outcome.turnout.registered)}`}
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
        {results.frozen && (
          <Typography.Text type="secondary">
            {R.frozen(`${results.rule.name}，第 ${results.rule.version} 版`)}
          </Typography.Text>
        )}
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
          <QuestionResultTable key={q.questionId} q={q} index={i} certified={poll.status === 'certified'} />
        ))}
      </Space>
    </Card>
  );
}
