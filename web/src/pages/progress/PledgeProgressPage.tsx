import { Card, Flex, Typography } from 'antd';
import { useParams } from 'react-router';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { BackLink } from '../../shared/BackLink.tsx';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { usePledgeProgress } from './queries.ts';
import { ReportForm } from './ReportForm.tsx';
import { LatestProgress } from './StatusTag.tsx';
import { S } from './strings.ts';
import { ProgressTimeline } from './Timeline.tsx';

/** One pledge's progress: what was promised, the form (when allowed), and the timeline with photos. */
export function PledgeProgressPage() {
  const { pledgeId = '' } = useParams();
  const me = useCurrentUser();
  const progress = usePledgeProgress(pledgeId);
  if (progress.isPending) return <FullPageSpin />;
  if (progress.isError) return <LoadError error={progress.error} onRetry={() => void progress.refetch()} />;
  const { pledge, latest, reports, allowedActions, today } = progress.data;
  return (
    <Page title={pledge.title} extra={<BackLink to="/progress">{S.back}</BackLink>}>
      <Flex vertical gap={12} style={{ maxWidth: 720 }}>
        <Card size="small">
          <Typography.Text type="secondary">
            {`${pledge.villageName} · ${S.cadre} ${pledge.cadreName} · ${pledge.category} · ${S.dueDate} ${pledge.dueDate}`}
          </Typography.Text>
          <Typography.Paragraph style={{ margin: '6px 0' }}>{pledge.content}</Typography.Paragraph>
          <Typography.Text type="secondary">{`${S.standard}：${pledge.completionStandard}`}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <LatestProgress latest={latest} />
          </div>
        </Card>
        {allowedActions.includes('report') ? (
          <ReportForm pledgeId={pledge.id} today={today} onDone={() => window.scrollTo({ top: 0 })} />
        ) : null}
        <Card size="small" title={S.timeline}>
          <ProgressTimeline reports={reports} showReuse={hasPermission(me, 'file.review')} />
        </Card>
      </Flex>
    </Page>
  );
}
