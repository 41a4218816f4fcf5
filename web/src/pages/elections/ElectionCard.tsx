import { Button, Card, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatLocalDate } from '../../../../server/domain/local-time.ts';
import { CandidateModal, PublishModal, ResultsModal } from './ElectionModals.tsx';
import type { Candidate, ElectionView } from './queries.ts';
import { S } from './strings.ts';

function CandidateItem({ c }: { c: Candidate }) {
  return (
    <List.Item data-testid="election-candidate" data-name={c.name}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Space>
          <Typography.Text strong>{c.name}</Typography.Text>
          <Tag>{c.postLabel}</Tag>
          {c.elected === true && <Tag color="green">{S.electedTag}</Tag>}
          {c.elected === false && <Tag>{S.notElected}</Tag>}
          <Typography.Text type="secondary">
            {S.speech} {formatLocalDate(c.speechDate)}
          </Typography.Text>
        </Space>
        <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>
          {c.speech}
        </Typography.Paragraph>
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {c.pledges.map((p) => (
            <li key={p.title}>
              【{p.category}】{p.title}：{p.content}（{p.completionStandard}；
              {S.due(formatLocalDate(p.dueDate))}）
            </li>
          ))}
        </ol>
      </Flex>
    </List.Item>
  );
}

/** One village's election: its candidates, and the office's next steps from allowedActions. */
export function ElectionCard({
  campaignId,
  election,
  categories,
}: {
  campaignId: string;
  election: ElectionView;
  categories: string[];
}) {
  const [open, setOpen] = useState<'candidate' | 'publish' | 'results' | null>(null);
  const may = (a: ElectionView['allowedActions'][number]) => election.allowedActions.includes(a);
  const close = () => setOpen(null);
  return (
    <Card
      size="small"
      data-testid="election"
      data-village={election.villageName}
      title={S.electionTitle(election.villageName, formatLocalDate(election.electionDate))}
      extra={
        <Space>
          {election.postLabels.map((p) => (
            <Tag key={p}>{p}</Tag>
          ))}
        </Space>
      }
    >
      <List dataSource={election.candidates} renderItem={(c) => <CandidateItem c={c} />} />
      <Space wrap>
        {may('add_candidate') && <Button onClick={() => setOpen('candidate')}>{S.addCandidate}</Button>}
        {may('publish') && <Button onClick={() => setOpen('publish')}>{S.publish}</Button>}
        {may('record_results') && <Button onClick={() => setOpen('results')}>{S.results}</Button>}
      </Space>
      <CandidateModal
        open={open === 'candidate'}
        election={election}
        categories={categories}
        onClose={close}
      />
      <PublishModal open={open === 'publish'} campaignId={campaignId} election={election} onClose={close} />
      <ResultsModal open={open === 'results'} election={election} onClose={close} />
    </Card>
  );
}
