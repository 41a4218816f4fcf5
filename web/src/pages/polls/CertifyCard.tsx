import { CheckCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import type { Me } from '../../api/session.ts';
import type { MeetingDetail } from '../meetings/types.ts';
import { certifyPoll } from './queries.ts';
import { S } from './strings.ts';
import type { Poll } from './types.ts';

const C = S.certify;

/** Which certification a role may give: the clerk's, the host's, or (the office) either. */
export function certifyRoles(role: Me['role']): ('clerk' | 'host')[] {
  if (role === 'village_clerk') return ['clerk'];
  if (role === 'township_office') return ['clerk', 'host'];
  if (role === 'village_cadre' || role === 'township_leader') return ['host'];
  return [];
}

function Who({ name }: { name: string | null }) {
  return name ? (
    <Tag color="success" icon={<CheckCircleFilled />} style={{ fontSize: 14 }}>
      {name}
    </Tag>
  ) : (
    <Typography.Text type="secondary">{C.notYet}</Typography.Text>
  );
}

export function CertifyCard({ poll, meeting, me }: { poll: Poll; meeting: MeetingDetail; me: Me }) {
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const { certification } = poll;
  const paperStatus = poll.results?.paper.status ?? 'none';
  const blockers = [
    !meeting.quorum.met && C.blockedQuorum,
    (paperStatus === 'pending' || paperStatus === 'mismatch') && C.blockedPaper,
  ].filter((b): b is string => Boolean(b));
  const certify = (as: 'clerk' | 'host') =>
    modal.confirm({
      title: as === 'clerk' ? C.asClerk : C.asHost,
      content: C.confirm,
      okText: S.page.ok,
      cancelText: S.page.cancel,
      onOk: async () => {
        setBusy(true);
        try {
          await certifyPoll(poll.id, as);
          message.success(C.done);
          await client.invalidateQueries({ queryKey: ['polls'] });
          await client.invalidateQueries({ queryKey: ['meetings'] });
        } catch (e) {
          message.error(errorMessage(e));
        } finally {
          setBusy(false);
        }
      },
    });
  const open = poll.status === 'closed';
  const mine = certifyRoles(me.role).filter((as) => certification[as] === null);
  return (
    <Card title={C.title} data-testid="certify">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{C.help}</Typography.Text>
        <Descriptions
          column={{ xs: 1, md: 3 }}
          items={[
            { label: C.clerk, children: <Who name={certification.clerk} /> },
            { label: `${C.host}（${meeting.meeting.host}）`, children: <Who name={certification.host} /> },
            ...(certification.certifiedAt
              ? [
                  {
                    label: C.certifiedAt,
                    children: dayjs(certification.certifiedAt).format('YYYY-MM-DD HH:mm'),
                  },
                ]
              : []),
          ]}
        />
        {poll.status === 'draft' || poll.status === 'open' ? (
          <Typography.Text type="secondary">{C.closeFirst}</Typography.Text>
        ) : null}
        {open && blockers.map((b) => <Alert key={b} type="error" showIcon title={b} />)}
        {open && mine.length > 0 && (
          <Flex gap={8} wrap>
            {mine.map((as) => (
              <Button
                key={as}
                type="primary"
                icon={<SafetyCertificateOutlined />}
                loading={busy}
                disabled={blockers.length > 0}
                onClick={() => certify(as)}
              >
                {as === 'clerk' ? C.asClerk : C.asHost}
              </Button>
            ))}
          </Flex>
        )}
      </Space>
    </Card>
  );
}
