import { CheckCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Grid, Space, Tag, Typography } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { useLocalTime } from '../../shared/local-time.ts';
import type { MeetingDetail } from '../meetings/types.ts';
import { certifyPoll } from './queries.ts';
import { S } from './strings.ts';
import type { Poll } from './types.ts';

const C = S.certify;
const SLOTS = [
  { as: 'clerk', action: 'certify_as_clerk', label: C.asClerk },
  { as: 'host', action: 'certify_as_host', label: C.asHost },
] as const;

function Who({ name }: { name: string | null }) {
  return name ? (
    // A long name with its post wraps instead of pushing a phone's page sideways.
    <Tag
      color="success"
      icon={<CheckCircleFilled />}
      style={{ fontSize: 14, whiteSpace: 'normal', maxWidth: '100%' }}
    >
      {name}
    </Tag>
  ) : (
    <Typography.Text type="secondary">{C.notYet}</Typography.Text>
  );
}

/** What is being certified, per channel (手机 / 纸质), as the confirm dialog shows it. */
function ChannelTotals({ poll }: { poll: Poll }) {
  const r = poll.results;
  if (!r) return <>{C.confirm}</>;
  return (
    <Space direction="vertical" size={4} data-testid="certify-totals">
      <span>{C.phone(r.ballotsCast, r.codesIssued, poll.codesVoided)}</span>
      <span>{r.paperBallots || r.paper.status !== 'none' ? C.paperTotals(r.paper) : C.noPaper}</span>
      <strong>{C.total(r.ballotsCast + r.paper.returned, r.attendance)}</strong>
      <span>{C.confirm}</span>
    </Space>
  );
}

/** The two certifications; the buttons are the ones the server allows this user, the blockers its own. */
export function CertifyCard({ poll, meeting }: { poll: Poll; meeting: MeetingDetail }) {
  const certify = useAppMutation({
    mutationFn: (as: 'clerk' | 'host') => certifyPoll(poll.id, as),
    success: C.done,
    invalidate: [keys.polls.all, keys.meetings.all],
  });
  const { certification } = poll;
  // A 民主测评 is certified as host by the village's 村务监督委员会主任, not by the meeting's host.
  const evaluation = poll.purpose === 'democratic_evaluation';
  const host = evaluation
    ? (poll.evaluationChair ?? C.chairNotRecorded)
    : (meeting.meeting.hostAccountName ?? meeting.meeting.host);
  const mine = SLOTS.filter((s) => poll.allowedActions.includes(s.action));
  const closed = poll.status === 'closed';
  const isPhone = !Grid.useBreakpoint().md;
  const times = useLocalTime();
  return (
    <Card title={C.title} data-testid="certify">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{C.help}</Typography.Text>
        <Descriptions
          layout={isPhone ? 'vertical' : 'horizontal'}
          column={{ xs: 1, md: 3 }}
          items={[
            { label: C.clerk, children: <Who name={certification.clerk} /> },
            {
              label: evaluation ? `${C.chairHost}（${host}）` : `${C.host}（${host}）`,
              children: <Who name={certification.host} />,
            },
            ...(certification.certifiedAt
              ? [
                  {
                    label: C.certifiedAt,
                    children: times.dateTime(certification.certifiedAt),
                  },
                ]
              : []),
          ]}
        />
        {(poll.status === 'draft' || poll.status === 'open') && (
          <Typography.Text type="secondary">{C.closeFirst}</Typography.Text>
        )}
        {closed && !evaluation && !meeting.meeting.hostUserId && (
          <Alert type="warning" showIcon title={C.noHostAccount} />
        )}
        {closed && evaluation && !poll.evaluationChair && <Alert type="warning" showIcon title={C.noChair} />}
        {closed && poll.certificationProblems.map((b) => <Alert key={b} type="error" showIcon title={b} />)}
        {closed && mine.length > 0 && (
          <Flex gap={8} wrap>
            {mine.map((slot) => (
              <Button
                key={slot.as}
                type="primary"
                icon={<SafetyCertificateOutlined />}
                loading={certify.isPending}
                disabled={poll.certificationProblems.length > 0}
                onClick={() =>
                  certify.confirm(slot.as, {
                    title: slot.label,
                    content: <ChannelTotals poll={poll} />,
                    okText: S.page.ok,
                  })
                }
              >
                {slot.label}
              </Button>
            ))}
          </Flex>
        )}
      </Space>
    </Card>
  );
}
