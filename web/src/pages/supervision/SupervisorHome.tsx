import { Alert, Button, Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCurrentCampaign } from './current.ts';
import { useReports, useSupervisedPledges } from './queries.ts';
import { ReportsList } from './ReportsList.tsx';
import { S } from './strings.ts';
import { AssessmentTag } from './Tags.tsx';

/** A villager supervisor's home: the village's approved pledges, each with its report button. */
export function SupervisorHome() {
  const { campaign, isPending } = useCurrentCampaign();
  const pledges = useSupervisedPledges(campaign?.id);
  const reports = useReports(campaign?.id);
  if (isPending || (campaign && pledges.isPending)) return <FullPageSpin />;
  if (!campaign) return <Alert type="info" title={S.noCampaign} />;
  if (pledges.isError) return <LoadError error={pledges.error} />;
  const list = pledges.data ?? [];
  const mayReport = list.some((p) => p.allowedActions.includes('report'));
  return (
    <Flex vertical gap={16}>
      <Card title={S.myPledges} size="small" data-testid="supervised-pledges">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{S.myPledgesHint}</Typography.Text>
          {list.length > 0 && !mayReport && <Alert type="warning" showIcon title={S.notInTerm} />}
          {list.length === 0 && <Typography.Text type="secondary">{S.noPledges}</Typography.Text>}
          {list.map((p) => (
            <Card key={p.id} size="small" type="inner" data-testid="supervised-pledge">
              <Flex vertical gap={6} align="start">
                <Typography.Text strong>{p.title}</Typography.Text>
                <Typography.Text type="secondary">{`${S.cadre}：${p.cadreName} · ${S.dueDate}：${p.dueDate}`}</Typography.Text>
                <Typography.Text type="secondary">
                  {S.reportsSoFar(p.reports)}
                  {p.latestAssessment && p.latestAssessmentLabel && (
                    <>
                      {`，${S.latest}（${p.latestObservedOn}）`}
                      <AssessmentTag assessment={p.latestAssessment} label={p.latestAssessmentLabel} />
                    </>
                  )}
                </Typography.Text>
                {p.allowedActions.includes('report') && (
                  <Link to={`/supervision/report/${p.id}`}>
                    <Button type="primary">{S.fileReport}</Button>
                  </Link>
                )}
              </Flex>
            </Card>
          ))}
        </Flex>
      </Card>
      <Card title={S.myReports} size="small">
        {reports.data ? <ReportsList reports={reports.data} /> : <FullPageSpin />}
      </Card>
    </Flex>
  );
}
