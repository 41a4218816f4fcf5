import { QrcodeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import type { Meeting } from '../meetings/types.ts';
import { issueCodes } from './queries.ts';
import { holdCodes } from './slip-store.ts';
import { S } from './strings.ts';
import type { Poll } from './types.ts';

const C = S.codes;

/** Generate N one-time codes, then straight to the printable QR slips. */
export function CodesCard({ poll, meeting }: { poll: Poll; meeting: Meeting }) {
  const navigate = useNavigate();
  const room = Math.max(0, (meeting.attendance ?? 0) - poll.codesIssued - (poll.paperIssued ?? 0));
  const [count, setCount] = useState<number | null>(Math.min(room, 24) || null);
  const canIssue = poll.allowedActions.includes('issue_codes');
  const issue = useAppMutation({
    mutationFn: (n: number) => issueCodes(poll.id, n),
    invalidate: [keys.polls.detail(poll.id)],
    onSuccess: ({ codes }) => {
      holdCodes(poll.id, codes);
      navigate(`/meetings/polls/${poll.id}/slips`);
    },
  });
  const generate = () =>
    issue.confirm(count ?? 0, { title: C.warnTitle, content: C.warn, okText: C.generate });
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
                loading={issue.isPending}
                disabled={!count}
                onClick={generate}
              >
                {C.generate}
              </Button>
            </Flex>
            <Typography.Text type="secondary">{C.limit}</Typography.Text>
          </>
        )}
      </Space>
    </Card>
  );
}
