import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { useLocalTime } from '../../shared/local-time.ts';
import { Page } from '../../shared/Page.tsx';
import { MeetingFormModal } from './MeetingFormModal.tsx';
import { useMeetings } from './queries.ts';
import { MEETING_KIND_LABELS, S } from './strings.ts';
import type { Meeting } from './types.ts';

const C = S.columns;

export function MeetingsPage() {
  const me = useCurrentUser();
  const meetings = useMeetings();
  const times = useLocalTime();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <Page
      title={S.title}
      extra={
        hasPermission(me, 'voting.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {S.create}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{S.intro}</Typography.Paragraph>
      {meetings.isError && <Alert type="error" showIcon title={errorMessage(meetings.error)} />}
      <Table<Meeting>
        rowKey="id"
        loading={meetings.isPending}
        dataSource={meetings.data ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: S.empty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: C.startsAt,
            dataIndex: 'startsAt',
            render: (v: string) => times.dateTime(v),
          },
          {
            title: C.title,
            dataIndex: 'title',
            render: (v: string, m) => <Link to={`/meetings/${m.id}`}>{v}</Link>,
          },
          { title: C.kind, dataIndex: 'kind', render: (k: Meeting['kind']) => MEETING_KIND_LABELS[k] },
          { title: C.village, dataIndex: 'villageName' },
          { title: C.place, dataIndex: 'place' },
          { title: C.eligible, dataIndex: 'eligible', align: 'right' },
          {
            title: C.attendance,
            dataIndex: 'attendance',
            align: 'right',
            render: (v: number | null) =>
              v ?? <Typography.Text type="secondary">{S.notRecorded}</Typography.Text>,
          },
        ]}
      />
      <MeetingFormModal
        open={creating}
        defaultVillageId={me.villageId}
        onClose={() => setCreating(false)}
        onCreated={(m) => navigate(`/meetings/${m.id}`)}
      />
    </Page>
  );
}
