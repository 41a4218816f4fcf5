import { Card, Empty, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { EVENT_LABELS, S } from './strings.ts';
import type { SetEvent } from './types.ts';
import { useLocalTime } from './zone.ts';

const RED = '#ff4d4f';
const GREEN = '#52c41a';
const BLUE = '#1677ff';
const COLORS: Partial<Record<SetEvent['kind'], string>> = {
  committee_not_passed: RED,
  returned: RED,
  approved: GREEN,
};

/** 办理记录: what happened to the set, oldest first, with its meeting or poll. */
export function SetEvents({ events }: { events: SetEvent[] }) {
  const when = useLocalTime().dateTime;
  return (
    <Card size="small" title={S.set.events}>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={S.set.noEvents} />
      ) : (
        <Timeline
          style={{ marginBottom: -16 }}
          items={events.map((e) => ({
            color: COLORS[e.kind] ?? BLUE,
            content: (
              <div data-testid="set-event" data-kind={e.kind}>
                <Typography.Text strong>{EVENT_LABELS[e.kind] ?? e.kind}</Typography.Text>
                {e.round > 0 && (
                  <Typography.Text type="secondary">（{S.pledge.round(e.round)}）</Typography.Text>
                )}
                <div style={{ fontSize: 12, color: '#888' }}>
                  {when(e.at)} · {e.actorName}
                  {e.meetingId && (
                    <>
                      {' · '}
                      <Link to={`/meetings/${e.meetingId}`}>{S.actions.meeting}</Link>
                    </>
                  )}
                  {e.pollId && (
                    <>
                      {' · '}
                      <Link to={`/meetings/polls/${e.pollId}`}>{S.set.pollLink}</Link>
                    </>
                  )}
                </div>
                {e.note && <div style={{ fontSize: 13 }}>{e.note}</div>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
