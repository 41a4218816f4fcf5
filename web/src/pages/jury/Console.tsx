import { Button, Descriptions, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { CorrectionsTab } from './CorrectionsTab.tsx';
import { JurorsTab } from './JurorsTab.tsx';
import { MonitorTab } from './MonitorTab.tsx';
import { OrderTab } from './OrderTab.tsx';
import { PaperTab } from './PaperTab.tsx';
import { ProgressTab } from './ProgressTab.tsx';
import { meetingPath, useMeeting } from './queries.ts';
import { ReportTab } from './ReportTab.tsx';
import { S } from './strings.ts';
import type { Meeting } from './types.ts';

const STATUS_COLORS = { setup: 'default', running: 'processing', finished: 'success' } as const;

function Actions({ meeting }: { meeting: Meeting }) {
  const step = (path: string, success: string) => ({
    mutationFn: () => api.post<Meeting>(`${meetingPath(meeting.id)}/${path}`),
    success,
    invalidate: [keys.jury.all],
    errorTitle: S.title,
  });
  const start = useAppMutation(step('start', S.started));
  const next = useAppMutation(step('next', S.next));
  const finish = useAppMutation(step('finish', S.finished));
  const may = (a: Meeting['allowedActions'][number]) => meeting.allowedActions.includes(a);
  const current = meeting.reporters.find((r) => r.id === meeting.currentReporterId);
  const missing = current ? current.expected - current.scored : 0;
  const waiting = meeting.reporters.some((r) => r.status === 'waiting');
  return (
    <>
      <Link to={`/jury-screen/${meeting.id}`} target="_blank">
        <Button>{S.openScreen}</Button>
      </Link>
      {may('issue_slip') && (
        <Link to={`/jury/${meeting.id}/slips`}>
          <Button>{S.printSlips}</Button>
        </Link>
      )}
      {may('start') && (
        <Button
          type="primary"
          loading={start.isPending}
          onClick={() => start.confirm(undefined, { title: S.start, content: S.startConfirm })}
        >
          {S.start}
        </Button>
      )}
      {may('next') && (current || waiting) && (
        <Button
          type="primary"
          loading={next.isPending}
          onClick={() =>
            next.confirm(undefined, {
              title: waiting ? S.next : S.nextLast,
              content: S.nextConfirm(missing, meeting.rules.missingPolicy === 'leave_out'),
            })
          }
        >
          {waiting ? S.next : S.nextLast}
        </Button>
      )}
      {may('finish') && (
        <Button
          danger
          loading={finish.isPending}
          onClick={() =>
            finish.confirm(undefined, { title: S.finish, content: S.finishConfirm, danger: true })
          }
        >
          {S.finish}
        </Button>
      )}
    </>
  );
}

/** The meeting's console: the office runs it from here; the monitor never leaves this page. */
export function Console({ meetingId }: { meetingId: string }) {
  const query = useMeeting(meetingId, true);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <LoadError error={query.error} />;
  const meeting = query.data;
  const current = meeting.reporters.find((r) => r.id === meeting.currentReporterId);
  const criteria = meeting.rules.subCriteria.map((c) => `${c.name}（${c.maxScore} 分）`).join('、');
  const items = [
    { key: 'progress', label: S.tabs.progress, children: <ProgressTab meeting={meeting} /> },
    {
      key: 'jurors',
      label: `${S.tabs.jurors}（${meeting.jurors.length}）`,
      children: <JurorsTab meeting={meeting} />,
    },
    { key: 'reporters', label: S.tabs.reporters, children: <OrderTab meeting={meeting} /> },
    { key: 'monitor', label: S.tabs.monitor, children: <MonitorTab meeting={meeting} /> },
    { key: 'paper', label: S.tabs.paper, children: <PaperTab meeting={meeting} /> },
    { key: 'corrections', label: S.tabs.corrections, children: <CorrectionsTab meeting={meeting} /> },
    ...(meeting.allowedActions.includes('view_report')
      ? [{ key: 'report', label: S.tabs.report, children: <ReportTab meeting={meeting} /> }]
      : []),
  ];
  return (
    <Page
      title={
        <>
          {meeting.title} <Tag color={STATUS_COLORS[meeting.status]}>{meeting.statusLabel}</Tag>
        </>
      }
      extra={<Actions meeting={meeting} />}
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={S.heldAt}>{meeting.heldAtText}</Descriptions.Item>
        <Descriptions.Item label={S.place}>{meeting.place}</Descriptions.Item>
        <Descriptions.Item label={S.current}>
          {current
            ? `${current.position}. ${current.villageName} ${current.name}（${S.scoredOf(current.scored, current.expected)}）`
            : S.none}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary">
        {S.rulesLine(meeting.rules.trimMinScores, meeting.rules.missingPolicyLabel, criteria)}
      </Typography.Paragraph>
      <Tabs items={items} defaultActiveKey={meeting.status === 'setup' ? 'jurors' : 'progress'} />
    </Page>
  );
}
