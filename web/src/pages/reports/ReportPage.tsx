import { DownloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { BackLink } from '../../shared/BackLink.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { Page } from '../../shared/Page.tsx';
import { ReasonField } from '../../shared/ReasonField.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { docxUrl, returnReport, useReport } from './queries.ts';
import { ReportForm } from './ReportForm.tsx';
import { ReportText } from './ReportText.tsx';
import { S } from './strings.ts';
import { type Report, STANDING_COLORS } from './types.ts';

function Versions({ report }: { report: Report }) {
  if (report.versions.length === 0) return null;
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'versions',
          label: `${S.versions}（${report.versions.length}）`,
          children: (
            <Flex vertical gap={8} data-testid="report-versions">
              {report.versions.map((v) => (
                <div key={v.version}>
                  <Typography.Text strong>{S.version(v.version)}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {S.versionBy(v.submittedAt, v.submittedBy)}
                  </Typography.Text>
                  {v.returnReason && (
                    <div>
                      <Typography.Text type="warning">
                        {S.versionReturned(v.returnedAt, v.returnedBy, v.returnReason)}
                      </Typography.Text>
                    </div>
                  )}
                </div>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}

/** One participant's report: the form while it may be written, else the text; return and download by allowedActions. */
export function ReportView({ report, back }: { report: Report; back?: boolean }) {
  const [returning, setReturning] = useState(false);
  const p = report.participant;
  const can = (a: Report['allowedActions'][number]) => report.allowedActions.includes(a);
  const writable = can('save') || can('submit');
  return (
    <Page
      title={`${report.campaign.year}年度述职报告 · ${p.name}`}
      extra={
        <>
          {back && <BackLink to="/reports">{S.back}</BackLink>}
          {can('download') && (
            <Button icon={<DownloadOutlined />} href={docxUrl(p.id)}>
              {S.download}
            </Button>
          )}
          {can('return') && (
            <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
              {S.returnAction}
            </Button>
          )}
        </>
      }
    >
      <Flex vertical gap={12} style={{ maxWidth: 820 }}>
        <Card size="small">
          <Flex gap={8} wrap align="center">
            <Typography.Text>{`${p.villageName} · ${p.posts} · ${p.name}`}</Typography.Text>
            <Tag color={STANDING_COLORS[report.status]} data-testid="report-status">
              {report.statusLabel}
            </Tag>
            {report.updatedAt && (
              <Typography.Text type="secondary">{`${S.updatedAt}：${report.updatedAt} ${report.updatedBy ?? ''}`}</Typography.Text>
            )}
          </Flex>
        </Card>
        {report.returnReason && (
          <Alert type="warning" showIcon title={S.returnedAlert(report.returnReason)} />
        )}
        {report.status === 'submitted' && <Alert type="success" showIcon title={S.locked} />}
        <Versions report={report} />
        {writable ? (
          <ReportForm key={`${report.status}-${report.versions.length}`} report={report} />
        ) : (
          <ReportText content={report.content} />
        )}
      </Flex>
      <FormModal<{ reason: string }, Report>
        open={returning}
        title={S.returnTitle}
        okText={S.returnAction}
        danger
        name="return"
        onClose={() => setReturning(false)}
        mutationFn={(v) => returnReport(p.id, v.reason)}
        success={S.returned}
        invalidate={[keys.reports.all]}
      >
        <ReasonField label={S.returnReason} placeholder={S.returnPlaceholder} maxLength={500} />
      </FormModal>
    </Page>
  );
}

export function ReportPage() {
  const { participantId = '' } = useParams();
  const report = useReport(participantId);
  if (report.isPending) return <FullPageSpin />;
  if (report.isError) return <LoadError error={report.error} onRetry={() => void report.refetch()} />;
  return <ReportView report={report.data} back />;
}
