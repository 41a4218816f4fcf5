import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { useLocalTime } from '../../shared/local-time.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { PollFormModal } from '../polls/PollFormModal.tsx';
import { PollStatusTag } from '../polls/PollStatusTag.tsx';
import { AttendanceCard } from './AttendanceCard.tsx';
import { MeetingFormModal } from './MeetingFormModal.tsx';
import { deleteMeeting, useMeeting } from './queries.ts';
import { S } from './strings.ts';
import type { Meeting, MeetingDetail } from './types.ts';

const D = S.detail;

const names = (list: string[]) =>
  list.length ? list.join('、') : <Typography.Text type="secondary">{D.none}</Typography.Text>;

/** 修改 and 删除, each shown only when the server allows it (allowedActions). */
function MeetingActions({ meeting }: { meeting: Meeting }) {
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();
  const remove = useAppMutation({
    mutationFn: () => deleteMeeting(meeting.id),
    success: D.deleted,
    invalidate: [keys.meetings.all],
    onSuccess: () => navigate('/meetings'),
  });
  const may = (action: Meeting['allowedActions'][number]) => meeting.allowedActions.includes(action);
  return (
    <Space wrap>
      {may('edit') && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {D.edit}
        </Button>
      )}
      {may('delete') && (
        <Button
          danger
          icon={<DeleteOutlined />}
          loading={remove.isPending}
          onClick={() =>
            remove.confirm(undefined, {
              title: D.deleteConfirm,
              content: D.deleteHelp,
              okText: D.delete,
              danger: true,
            })
          }
        >
          {D.delete}
        </Button>
      )}
      <MeetingFormModal
        open={editing}
        meeting={meeting}
        onClose={() => setEditing(false)}
        onCreated={() => undefined}
      />
    </Space>
  );
}

function MeetingInfo({ meeting }: { meeting: Meeting }) {
  const times = useLocalTime();
  return (
    <Card title={D.info} extra={<MeetingActions meeting={meeting} />}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { label: D.village, children: meeting.villageName },
          { label: D.kind, children: meeting.kindLabel },
          { label: D.startsAt, children: times.dateTime(meeting.startsAt) },
          { label: D.place, children: meeting.place },
          { label: D.host, children: meeting.host },
          { label: D.hostAccount, children: meeting.hostAccountName ?? names([]) },
          { label: D.chair, children: meeting.chair ?? names([]) },
          { label: D.counters, children: names(meeting.counters) },
          { label: D.scrutineers, children: names(meeting.scrutineers) },
        ]}
      />
    </Card>
  );
}

function PollsCard({ detail }: { detail: MeetingDetail }) {
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  return (
    <Card
      title={D.polls}
      extra={
        detail.meeting.allowedActions.includes('add_poll') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {D.newPoll}
          </Button>
        )
      }
    >
      <List
        dataSource={detail.polls}
        locale={{ emptyText: D.noPolls }}
        renderItem={(poll) => (
          <List.Item
            actions={[
              <Link key="open" to={`/meetings/polls/${poll.id}`}>
                {D.openPoll}
              </Link>,
            ]}
          >
            <Space wrap>
              <Link to={`/meetings/polls/${poll.id}`} style={{ fontSize: 16 }}>
                {poll.title}
              </Link>
              <PollStatusTag status={poll.status} />
            </Space>
          </List.Item>
        )}
      />
      <PollFormModal
        open={creating}
        meetingId={detail.meeting.id}
        onClose={() => setCreating(false)}
        onCreated={(poll) => navigate(`/meetings/polls/${poll.id}`)}
      />
    </Card>
  );
}

export function MeetingDetailPage() {
  const { meetingId = '' } = useParams();
  const query = useMeeting(meetingId);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const detail = query.data;
  return (
    <Page
      title={detail.meeting.title}
      extra={
        <Link to="/meetings">
          <Button icon={<ArrowLeftOutlined />}>{D.back}</Button>
        </Link>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <MeetingInfo meeting={detail.meeting} />
        <AttendanceCard key={detail.meeting.id} detail={detail} />
        <PollsCard detail={detail} />
      </Space>
    </Page>
  );
}
