import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCurrentCampaign } from './current.ts';
import { FollowUpModal } from './FollowUpModal.tsx';
import { useOpenRectifications, useReports, useSummary } from './queries.ts';
import { RectificationItem } from './RectificationItem.tsx';
import { S } from './strings.ts';
import { AssessmentTag } from './Tags.tsx';
import type { Rectification } from './types.ts';
import { VisitModal } from './VisitModal.tsx';

/** A contact leader's home: each contact village with its open items and the visit button. */
export function LeaderHome() {
  const { campaign, isPending } = useCurrentCampaign();
  const summary = useSummary(campaign?.id);
  const open = useOpenRectifications(campaign?.id);
  const reports = useReports(campaign?.id);
  const [visiting, setVisiting] = useState<{ id: string; name: string } | null>(null);
  const [following, setFollowing] = useState<Rectification | null>(null);
  if (isPending || (campaign && (summary.isPending || open.isPending))) return <FullPageSpin />;
  if (!campaign) return <Alert type="info" title={S.noCampaign} />;
  if (summary.isError) return <LoadError error={summary.error} />;
  const { villages, today } = summary.data!;
  const behind = (reports.data ?? []).filter((r) => r.assessment !== 'on_track');
  return (
    <Card
      title={S.myVillages}
      size="small"
      data-testid="contact-villages"
      extra={<Link to="/supervision">{S.title}</Link>}
    >
      {villages.length === 0 && <Empty description={S.noContacts} />}
      <Flex vertical gap={12}>
        {villages.map((v) => {
          const demands = (open.data ?? []).filter((r) => r.villageId === v.id);
          const flagged = behind.filter((r) => r.villageId === v.id).slice(0, 3);
          return (
            <Card key={v.id} size="small" type="inner" title={v.name} data-testid="contact-village">
              <Flex vertical gap={8}>
                <Typography.Text type="secondary">{S.villageOpen}</Typography.Text>
                {demands.length === 0 && flagged.length === 0 && (
                  <Typography.Text type="secondary">{S.nothingOpen}</Typography.Text>
                )}
                {demands.map((r) => (
                  <RectificationItem key={r.id} r={r} onFollowUp={setFollowing} />
                ))}
                {flagged.map((r) => (
                  <Typography.Text key={r.id}>
                    <AssessmentTag assessment={r.assessment} label={r.assessmentLabel} />
                    {`${r.pledgeTitle}（${r.observedOn} ${r.authorName}）`}
                  </Typography.Text>
                ))}
                {v.allowedActions.includes('log_visit') && (
                  <Button type="primary" onClick={() => setVisiting(v)}>
                    {S.logVisit}
                  </Button>
                )}
              </Flex>
            </Card>
          );
        })}
      </Flex>
      <VisitModal
        campaignId={campaign.id}
        village={visiting}
        today={today}
        onClose={() => setVisiting(null)}
      />
      <FollowUpModal target={following} today={today} onClose={() => setFollowing(null)} />
    </Card>
  );
}
