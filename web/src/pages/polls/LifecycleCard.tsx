import { Button, Card, Flex, Steps, Tag, Typography } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { closePoll, openPoll } from './queries.ts';
import { S } from './strings.ts';
import type { Poll } from './types.ts';

const P = S.page;
const STEP: Record<Poll['status'], number> = { draft: 0, open: 1, closed: 2, certified: 3 };
const invalidate = [keys.polls.all, keys.meetings.all];

/** draft → open → closed → certified, with the one action the caller may take next. */
export function LifecycleCard({ poll }: { poll: Poll }) {
  const open = useAppMutation({ mutationFn: () => openPoll(poll.id), success: P.opened, invalidate });
  const close = useAppMutation({ mutationFn: () => closePoll(poll.id), success: P.closed, invalidate });
  const may = (action: Poll['allowedActions'][number]) => poll.allowedActions.includes(action);
  return (
    <Card>
      <Steps
        current={STEP[poll.status]}
        items={P.steps.map((title) => ({ title }))}
        style={{ marginBottom: 16 }}
      />
      <Flex gap={12} align="center" wrap>
        {may('open') && (
          <Button
            type="primary"
            size="large"
            loading={open.isPending}
            onClick={() => open.confirm(undefined, { title: P.openConfirm, okText: P.ok })}
          >
            {P.open}
          </Button>
        )}
        {may('close') && (
          <Button
            danger
            type="primary"
            size="large"
            loading={close.isPending}
            onClick={() => close.confirm(undefined, { title: P.closeConfirm, okText: P.ok })}
          >
            {P.close}
          </Button>
        )}
        {poll.ballotsReceived !== null && (
          <Tag
            color="processing"
            style={{ fontSize: 15, padding: '4px 10px' }}
            data-testid="ballots-received"
          >
            {P.received(poll.ballotsReceived)}
          </Tag>
        )}
        {poll.status === 'open' && <Typography.Text type="secondary">{P.noCount}</Typography.Text>}
        {(poll.status === 'closed' || poll.status === 'certified') && (
          <a href={`/vote#board=${poll.id}`} target="_blank" rel="noreferrer">
            {P.publicBoard}
          </a>
        )}
      </Flex>
    </Card>
  );
}
