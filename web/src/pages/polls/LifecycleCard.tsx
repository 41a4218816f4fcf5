import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Steps, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { closePoll, openPoll } from './queries.ts';
import { S } from './strings.ts';
import type { Poll } from './types.ts';

const P = S.page;
const STEP: Record<Poll['status'], number> = { draft: 0, open: 1, closed: 2, certified: 3 };

/** draft → open → closed → certified, with the one action the clerk takes next. */
export function LifecycleCard({ poll, canWrite }: { poll: Poll; canWrite: boolean }) {
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = (content: string, action: () => Promise<unknown>, done: string) =>
    modal.confirm({
      title: content,
      okText: P.ok,
      cancelText: P.cancel,
      onOk: async () => {
        setBusy(true);
        try {
          await action();
          message.success(done);
          await client.invalidateQueries({ queryKey: ['polls'] });
          await client.invalidateQueries({ queryKey: ['meetings'] });
        } catch (e) {
          message.error(errorMessage(e));
        } finally {
          setBusy(false);
        }
      },
    });
  return (
    <Card>
      <Steps
        current={STEP[poll.status]}
        items={P.steps.map((title) => ({ title }))}
        style={{ marginBottom: 16 }}
      />
      <Flex gap={12} align="center" wrap>
        {canWrite && poll.status === 'draft' && (
          <Button
            type="primary"
            size="large"
            loading={busy}
            onClick={() => run(P.openConfirm, () => openPoll(poll.id), P.opened)}
          >
            {P.open}
          </Button>
        )}
        {canWrite && poll.status === 'open' && (
          <Button
            danger
            type="primary"
            size="large"
            loading={busy}
            onClick={() => run(P.closeConfirm, () => closePoll(poll.id), P.closed)}
          >
            {P.close}
          </Button>
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
