import { Alert, Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { useLocalTime } from '../../shared/local-time.ts';
import { startRecallVote } from './queries.ts';
import { S } from './strings.ts';
import type { RemovalCase } from './types.ts';

/**
 * A committee director's recall (罢免) on the case: the villagers' proposal against the law's
 * threshold, the start of the recall vote at one of the village's 村民会议, the linked poll and, once
 * certified, its result. Buttons only from the case's allowedActions.
 */
export function RecallSection({
  item,
  onPropose,
}: {
  item: RemovalCase;
  onPropose: (c: RemovalCase) => void;
}) {
  const recall = item.recall!;
  const times = useLocalTime();
  const [meetingId, setMeetingId] = useState<string | undefined>();
  const start = useAppMutation({
    mutationFn: () => startRecallVote(item.id, meetingId!),
    success: S.recallStarted,
    invalidate: [keys.sanctions.all],
  });
  const may = (a: RemovalCase['allowedActions'][number]) => item.allowedActions.includes(a);
  return (
    <Flex vertical gap={8} data-testid="recall">
      <Typography.Text strong>{S.recallTitle}</Typography.Text>
      {recall.proposal ? (
        <Alert type={recall.proposal.met ? 'success' : 'warning'} showIcon message={recall.proposal.rule} />
      ) : (
        <Typography.Text type="secondary">{S.recallNoProposal}</Typography.Text>
      )}
      {may('propose_recall') ? (
        <Button onClick={() => onPropose(item)} style={{ alignSelf: 'flex-start' }}>
          {recall.proposal ? S.recallProposeAgain : S.recallPropose}
        </Button>
      ) : null}
      {may('start_recall_vote') ? (
        recall.meetings.length === 0 ? (
          <Alert type="info" showIcon message={S.recallNoMeeting} />
        ) : (
          <Flex gap={8} wrap>
            <Select
              aria-label={S.recallMeeting}
              placeholder={S.recallMeeting}
              value={meetingId}
              onChange={setMeetingId}
              options={recall.meetings.map((m) => ({
                value: m.id,
                label: `${m.title}（${times.dateTime(m.startsAt)}）`,
              }))}
              style={{ minWidth: 240, maxWidth: '100%' }}
            />
            <Button
              type="primary"
              disabled={!meetingId}
              loading={start.isPending}
              onClick={() => start.mutate()}
            >
              {S.recallStart}
            </Button>
          </Flex>
        )
      ) : null}
      {recall.poll ? (
        <Typography.Text>
          {S.recallPoll}
          <Link to={`/meetings/polls/${recall.poll.id}`} data-testid="recall-poll">
            {recall.poll.title}
          </Link>
          （{S.pollStatus[recall.poll.status as keyof typeof S.pollStatus] ?? recall.poll.status}）
        </Typography.Text>
      ) : null}
      {recall.result ? (
        <Alert
          type={recall.result.passed ? 'error' : 'info'}
          showIcon
          message={recall.result.verdict}
          description={recall.result.rule}
        />
      ) : null}
    </Flex>
  );
}
