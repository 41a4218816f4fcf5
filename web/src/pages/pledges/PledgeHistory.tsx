import { Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { S } from './strings.ts';
import type { PledgeWithHistory, Revision, VoteRound } from './types.ts';
import { useLocalTime } from './zone.ts';

const P = S.pledge;
type When = (at: string) => string;

type Entry = { at: string; node: React.ReactNode; color: string };

function revisionEntry(r: Revision, when: When): Entry {
  return {
    at: r.replacedAt,
    color: '#8c8c8c',
    node: (
      <div data-testid="revision">
        <Typography.Text strong>{P.revisionLine(r.version, r.replacedBy)}</Typography.Text>
        <Typography.Text type="secondary"> · {when(r.replacedAt)}</Typography.Text>
        <div>
          <Typography.Text delete type="secondary">
            {r.title}
          </Typography.Text>
        </div>
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
          {P.standard}：{r.completionStandard}
        </Typography.Paragraph>
        {r.reason && (
          <div>
            {P.reasonLabel}：{r.reason}
          </div>
        )}
      </div>
    ),
  };
}

function roundEntry(r: VoteRound, when: When): Entry {
  const rejected = r.outcome === 'rejected';
  return {
    at: r.appliedAt,
    color: rejected ? '#ff4d4f' : '#52c41a',
    node: (
      <div data-testid="vote-round" data-outcome={r.outcome}>
        <Typography.Text strong>{P.round(r.round)}</Typography.Text>{' '}
        <Tag color={rejected ? 'error' : 'success'}>{P.outcome[r.outcome]}</Tag>
        <Typography.Text type="secondary">
          {P.rejectVotes(r.rejectVotes, r.denominatorValue, P.denominators[r.denominator])} ·{' '}
          {P.onVersion(r.pledgeVersion)} · <Link to={`/meetings/polls/${r.pollId}`}>{when(r.appliedAt)}</Link>
        </Typography.Text>
        <div style={{ fontSize: 13 }}>{r.rule}</div>
      </div>
    ),
  };
}

/** Every earlier text and every vote round of one pledge, oldest first. */
export function PledgeHistory({ pledge }: { pledge: PledgeWithHistory }) {
  const when = useLocalTime().dateTime;
  const entries = [
    ...pledge.revisions.map((r) => revisionEntry(r, when)),
    ...pledge.rounds.map((r) => roundEntry(r, when)),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (entries.length === 0) return <Typography.Text type="secondary">{P.noHistory}</Typography.Text>;
  return (
    <Timeline
      style={{ marginTop: 8, marginBottom: -16 }}
      items={entries.map((e) => ({ color: e.color, content: e.node }))}
    />
  );
}
