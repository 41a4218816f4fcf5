import { QrcodeOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client.ts';
import type { Meeting } from '../meetings/types.ts';
import { issueCodes } from './queries.ts';
import { holdCodes } from './slip-store.ts';
import { S } from './strings.ts';
import type { Poll } from './types.ts';

const C = S.codes;

/** Generate N one-time codes, then straight to the printable QR slips. */
export function CodesCard({ poll, meeting, canWrite }: { poll: Poll; meeting: Meeting; canWrite: boolean }) {
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const room = Math.max(0, (meeting.attendance ?? 0) - poll.codesIssued - (poll.paperIssued ?? 0));
  const [count, setCount] = useState<number | null>(Math.min(room, 24) || null);
  const [busy, setBusy] = useState(false);
  const canIssue = canWrite && (poll.status === 'draft' || poll.status === 'open');
  const generate = () =>
    modal.confirm({
      title: C.warnTitle,
      content: C.warn,
      okText: C.generate,
      cancelText: S.page.cancel,
      onOk: async () => {
        setBusy(true);
        try {
          const { codes } = await issueCodes(poll.id, count ?? 0);
          holdCodes(poll.id, codes);
          navigate(`/meetings/polls/${poll.id}/slips`);
        } catch (e) {
          message.error(errorMessage(e));
        } finally {
          setBusy(false);
        }
      },
    });
  return (
    <Card title={C.title}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text strong data-testid="codes-issued">
          {C.issued(poll.codesIssued)}
          {poll.paperIssued ? `；${C.paperIssued(poll.paperIssued)}` : ''}
        </Typography.Text>
        {canIssue && meeting.attendance === null && (
          <Alert type="warning" showIcon title={C.needAttendance} />
        )}
        {canIssue && (
          <>
            <Alert type="warning" showIcon title={C.warnTitle} description={C.warn} />
            <Flex gap={8} align="center" wrap>
              <span>{C.count}</span>
              <InputNumber
                min={1}
                max={2000}
                precision={0}
                value={count}
                onChange={setCount}
                suffix="张"
                aria-label={C.count}
                style={{ width: 140 }}
              />
              <Button
                type="primary"
                icon={<QrcodeOutlined />}
                loading={busy}
                disabled={!count}
                onClick={generate}
              >
                {C.generate}
              </Button>
            </Flex>
            <Typography.Text type="secondary">{C.limit}</Typography.Text>
          </>
        )}
        {canWrite && !canIssue && <Typography.Text type="secondary">{C.notNow}</Typography.Text>}
      </Space>
    </Card>
  );
}
