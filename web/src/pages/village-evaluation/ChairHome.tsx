import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { STATUS_LABELS } from '../polls/strings.ts';
import type { PollStatus } from '../polls/types.ts';
import { S } from './strings.ts';

type Chaired = {
  pollId: string;
  title: string;
  villageName: string;
  status: PollStatus;
  awaitingChair: boolean;
};

/** A 村务监督委员会主任's phone home: the evaluations they chair, the one awaiting their certification first. */
export function ChairHome() {
  const chaired = useQuery({
    queryKey: keys.villageEvaluation.chaired,
    queryFn: () => api.get<Chaired[]>('/api/village-evaluations/chaired'),
  });
  const rows = chaired.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Card title={S.chairHomeTitle} size="small" data-testid="chair-home">
      <Flex vertical gap={12}>
        {rows.map((r) => (
          <Flex key={r.pollId} vertical gap={4} align="start">
            <Typography.Text strong>{r.title}</Typography.Text>
            <Flex gap={8} wrap align="center">
              <Tag color={r.awaitingChair ? 'warning' : 'default'}>
                {r.awaitingChair ? S.awaitingChair : STATUS_LABELS[r.status]}
              </Tag>
              <Link to={`/meetings/polls/${r.pollId}`}>
                <Button type={r.awaitingChair ? 'primary' : 'default'} size="small">
                  {r.awaitingChair ? S.goCertify : S.toPoll}
                </Button>
              </Link>
            </Flex>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
