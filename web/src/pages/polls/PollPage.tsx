import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useMeeting } from '../meetings/queries.ts';
import type { MeetingDetail } from '../meetings/types.ts';
import { CertifyCard } from './CertifyCard.tsx';
import { CodesCard } from './CodesCard.tsx';
import { LifecycleCard } from './LifecycleCard.tsx';
import { PollFormModal } from './PollFormModal.tsx';
import { PollStatusTag } from './PollStatusTag.tsx';
import { usePoll } from './queries.ts';
import { ResultsCard } from './ResultsCard.tsx';
import { PURPOSE_LABELS, S } from './strings.ts';
import { TallyCard } from './TallyCard.tsx';
import type { Poll } from './types.ts';

const P = S.page;

function Links({ poll }: { poll: Poll }) {
  return (
    <>
      {poll.correctsPollId && (
        <Alert
          type="info"
          showIcon
          title={
            <span>
              {P.corrects}
              <Link to={`/meetings/polls/${poll.correctsPollId}`}>{P.original}</Link>；{P.reason}：
              {poll.correctionReason}
            </span>
          }
        />
      )}
      {poll.correctedByPollIds.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={
            <span>
              {P.correctedBy}
              {poll.correctedByPollIds.map((id, i) => (
                <Link key={id} to={`/meetings/polls/${id}`} style={{ marginLeft: 8 }}>
                  {poll.correctedByPollIds.length > 1 ? `${P.corrected} ${i + 1}` : P.corrected}
                </Link>
              ))}
            </span>
          }
        />
      )}
    </>
  );
}

function Questions({ poll, meeting }: { poll: Poll; meeting: MeetingDetail }) {
  return (
    <Card
      title={P.questions}
      extra={
        <Link to={`/meetings/polls/${poll.id}/paper`}>
          <Button icon={<PrinterOutlined />}>{S.paper.open}</Button>
        </Link>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            label: P.meeting,
            children: <Link to={`/meetings/${meeting.meeting.id}`}>{meeting.meeting.title}</Link>,
          },
          { label: P.purpose, children: PURPOSE_LABELS[poll.purpose] },
        ]}
      />
      <ol style={{ margin: '8px 0 0', paddingLeft: 22 }}>
        {poll.questions.map((q) => (
          <li key={q.id} style={{ marginBottom: 4 }}>
            {q.label}
            <Typography.Text type="secondary">
              （{q.options.map((o) => o.label).join(' / ')}）
            </Typography.Text>
          </li>
        ))}
      </ol>
    </Card>
  );
}

function Correction({ poll }: { poll: Poll }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  if (!poll.allowedActions.includes('correct')) return null;
  return (
    <Card title={P.correct}>
      <Typography.Paragraph type="secondary">{P.correctHelp}</Typography.Paragraph>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)}>
        {S.form.correctionTitle}
      </Button>
      <PollFormModal
        open={open}
        meetingId={poll.meetingId}
        corrects={poll}
        onClose={() => setOpen(false)}
        onCreated={(p) => navigate(`/meetings/polls/${p.id}`)}
      />
    </Card>
  );
}

export function PollPage() {
  const { pollId = '' } = useParams();
  const poll = usePoll(pollId);
  const meeting = useMeeting(poll.data?.meetingId ?? '');
  if (poll.isPending || (poll.isSuccess && meeting.isPending)) return <FullPageSpin />;
  if (poll.isError) return <LoadError error={poll.error} onRetry={() => void poll.refetch()} />;
  if (meeting.isError || !meeting.data)
    return <LoadError error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const p = poll.data;
  const m = meeting.data;
  return (
    <Page
      title={
        <Space wrap>
          {p.title}
          <PollStatusTag status={p.status} />
        </Space>
      }
      extra={
        <Link to={`/meetings/${p.meetingId}`}>
          <Button icon={<ArrowLeftOutlined />}>{P.back}</Button>
        </Link>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Links poll={p} />
        <LifecycleCard poll={p} />
        <Questions poll={p} meeting={m} />
        {(p.status === 'draft' || p.status === 'open') && <CodesCard poll={p} meeting={m.meeting} />}
        {p.status !== 'draft' && p.status !== 'open' && <ResultsCard poll={p} />}
        {(p.status === 'closed' || (p.status === 'certified' && p.results?.paper.status !== 'none')) && (
          <TallyCard poll={p} meeting={m.meeting} />
        )}
        <CertifyCard poll={p} meeting={m} />
        <Correction poll={p} />
      </Space>
    </Page>
  );
}
