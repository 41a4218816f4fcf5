import { Alert, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { hasPermission, useCurrentUser } from '../../api/session.ts';
import { Page } from '../../shared/Page.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { ChecksTab } from './ChecksTab.tsx';
import { useCurrentCampaign } from './current.ts';
import { LeadersTab } from './LeadersTab.tsx';
import { useReports, useSummary } from './queries.ts';
import { ReportsList } from './ReportsList.tsx';
import { SessionsTab } from './SessionsTab.tsx';
import { SupervisorsTab } from './SupervisorsTab.tsx';
import { S } from './strings.ts';
import type { SupervisionSummary } from './types.ts';
import { VisitsTab } from './VisitsTab.tsx';

function ReportsTab({ summary }: { summary: SupervisionSummary }) {
  const [villageId, setVillageId] = useState<string | undefined>();
  const reports = useReports(summary.campaign.id, villageId);
  return (
    <>
      <Select
        allowClear
        placeholder={S.colVillage}
        style={{ width: 200, marginBottom: 12 }}
        value={villageId}
        onChange={setVillageId}
        options={summary.villages.map((v) => ({ value: v.id, label: v.name }))}
      />
      {reports.isPending ? (
        <FullPageSpin />
      ) : reports.isError ? (
        <LoadError error={reports.error} />
      ) : (
        <ReportsList reports={reports.data} />
      )}
    </>
  );
}

/** The township's supervision (office, leaders, county, inspectors): reports, checks, supervisors, leaders, sessions. */
export function SupervisionPage() {
  const me = useCurrentUser();
  const { campaign, isPending } = useCurrentCampaign();
  const summary = useSummary(campaign?.id);
  if (isPending || (campaign && summary.isPending)) return <FullPageSpin />;
  if (!campaign) return <Alert type="info" title={S.noCampaign} />;
  if (summary.isError) return <LoadError error={summary.error} />;
  const data = summary.data!;
  const { open, overdue } = data.rectifications;
  const tabs = [
    { key: 'reports', label: S.tabs.reports, children: <ReportsTab summary={data} /> },
    { key: 'checks', label: S.tabs.checks, children: <ChecksTab summary={data} /> },
    { key: 'supervisors', label: S.tabs.supervisors, children: <SupervisorsTab summary={data} /> },
    { key: 'visits', label: S.tabs.visits, children: <VisitsTab summary={data} /> },
    hasPermission(me, 'supervision.manage') && {
      key: 'leaders',
      label: S.tabs.leaders,
      children: <LeadersTab summary={data} />,
    },
    { key: 'sessions', label: S.tabs.sessions, children: <SessionsTab summary={data} /> },
  ].filter((t) => t !== false);
  return (
    <Page
      title={`${S.title}（${data.campaign.year} 年 · ${data.campaign.phaseLabel}）`}
      extra={
        <Typography.Text type={overdue > 0 ? 'danger' : 'secondary'} data-testid="rectification-counts">
          {S.openRectifications(open, overdue)}
        </Typography.Text>
      }
    >
      <Tabs items={tabs} />
    </Page>
  );
}
