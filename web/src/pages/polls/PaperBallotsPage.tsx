import { Flex, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useMeeting } from '../meetings/queries.ts';
import { PrintSheet } from './PrintSheet.tsx';
import { usePoll } from './queries.ts';
import { S } from './strings.ts';
import type { Poll } from './types.ts';

const B = S.paper;

/** Ballots per A4 page (full width, stacked) by length: 3 short ones, 2 medium ones, or 1 long one. */
export function ballotsPerPage(questions: number): 1 | 2 | 3 {
  if (questions <= 2) return 3;
  if (questions <= 6) return 2;
  return 1;
}

/** Stable keys for identical, never reordered copies. */
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

function Ballot({ poll, meetingTitle }: { poll: Poll; meetingTitle: string }) {
  const widest = Math.max(...poll.questions.map((q) => q.options.length));
  return (
    <div className="vp-ballot">
      <h2>{B.heading}</h2>
      <div className="vp-ballot-title">{poll.title}</div>
      <p style={{ textAlign: 'center' }}>{meetingTitle}</p>
      <p>{B.instruction}</p>
      <table>
        <tbody>
          {poll.questions.map((q, i) => (
            <tr key={q.id}>
              <td className="q">
                {i + 1}. {q.label}
              </td>
              {q.options.map((o, k) => (
                <td
                  key={o.id}
                  style={{ whiteSpace: 'nowrap' }}
                  colSpan={k === q.options.length - 1 ? widest - q.options.length + 1 : 1}
                >
                  {o.label} <span className="vp-box">□</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>{B.footer}</p>
    </div>
  );
}

/** Printable paper ballots: A4, several per page, with □ boxes, in Chinese. */
export function PaperBallotsPage() {
  const { pollId = '' } = useParams();
  const navigate = useNavigate();
  const poll = usePoll(pollId);
  const meeting = useMeeting(poll.data?.meetingId ?? '');
  const [copies, setCopies] = useState<number | null>(null);
  if (poll.isPending) return <FullPageSpin />;
  if (poll.isError) return <LoadError error={poll.error} onRetry={() => void poll.refetch()} />;
  const perPage = ballotsPerPage(poll.data.questions.length);
  const wanted = copies ?? perPage;
  const pageCount = Math.max(1, Math.ceil(wanted / perPage));
  const grid = `repeat(${perPage}, 1fr) / 1fr`;
  return (
    <PrintSheet
      onBack={() => navigate(`/meetings/polls/${pollId}`)}
      backLabel={B.back}
      printLabel={B.print}
      toolbar={
        <Flex gap={8} align="center" wrap>
          <span>{B.copies}</span>
          <InputNumber min={1} max={5000} precision={0} value={wanted} onChange={setCopies} suffix="张" />
          <Typography.Text>{B.perPage(perPage, pageCount)}</Typography.Text>
          <Typography.Text type="secondary">{B.copyHint}</Typography.Text>
        </Flex>
      }
    >
      {ids('page', pageCount).map((pageId) => (
        <div className="vp-a4" key={pageId}>
          <div className="vp-ballots" style={{ gridTemplate: grid }}>
            {ids(pageId, perPage).map((id) => (
              <Ballot key={id} poll={poll.data} meetingTitle={meeting.data?.meeting.title ?? ''} />
            ))}
          </div>
        </div>
      ))}
    </PrintSheet>
  );
}
