import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { keys } from '../../api/query-keys.ts';
import type { CampaignSummary } from '../../api/types.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { Page } from '../../shared/Page.tsx';
import { PhaseTag } from '../../shared/PhaseTag.tsx';
import { ReasonField } from '../../shared/ReasonField.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCampaigns } from '../campaigns/queries.ts';
import {
  previewUrl,
  type ReportView,
  type Submission,
  type SummaryTexts,
  saveSummary,
  submitReport,
  useCountyReport,
} from './queries.ts';
import { ResultTable } from './ResultTable.tsx';
import { S } from './strings.ts';

const REPORTED_PHASES = ['evaluation', 'sanctions', 'archived'];

/** The campaign the page opens on: the newest one at year end (评诺 or later), else the newest. */
function defaultCampaign(campaigns: CampaignSummary[]) {
  const sorted = [...campaigns].sort((a, b) => b.year - a.year);
  return sorted.find((c) => REPORTED_PHASES.includes(c.phase)) ?? sorted[0];
}

/** The office's report upward: the result table, the summary's text, previews, submit and its record. */
export function CountyReportPage() {
  const campaigns = useCampaigns();
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const campaignId = picked ?? (campaigns.data ? defaultCampaign(campaigns.data)?.id : undefined);
  const report = useCountyReport(campaignId);
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError)
    return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  if (!campaignId) {
    return (
      <Page title={S.reportMenu}>
        <Empty description={S.report.noCampaign} />
      </Page>
    );
  }
  if (report.isPending) return <FullPageSpin />;
  if (report.isError) return <LoadError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const picker = (
    <Select<string>
      aria-label={S.report.campaign}
      style={{ minWidth: 160 }}
      value={campaignId}
      onChange={setPicked}
      options={[...campaigns.data]
        .sort((a, b) => b.year - a.year)
        .map((c) => ({ value: c.id, label: `${c.year} 年（${c.phaseLabel}）` }))}
    />
  );
  const may = (a: ReportView['allowedActions'][number]) => r.allowedActions.includes(a);
  return (
    <Page
      title={S.report.title(r.campaign.townshipName, r.campaign.year)}
      extra={
        <>
          {campaigns.data.length > 1 && picker}
          {may('download') && (
            <>
              <Button icon={<DownloadOutlined />} href={previewUrl(r.campaign.id, 'xlsx')}>
                {S.report.previewXlsx}
              </Button>
              <Button icon={<DownloadOutlined />} href={previewUrl(r.campaign.id, 'docx')}>
                {S.report.previewDocx}
              </Button>
            </>
          )}
        </>
      }
    >
      <Flex vertical gap={16}>
        <Flex gap={8} wrap align="center">
          <PhaseTag phase={r.campaign.phase} label={r.campaign.phaseLabel} />
          <Typography.Text type="secondary">{S.report.recipients}</Typography.Text>
          {r.submissions.length > 0 && <Tag color="green">{S.report.submitted}</Tag>}
        </Flex>
        {r.ungraded > 0 && <Alert type="info" showIcon title={S.report.notFinal(r.ungraded)} />}
        <SubmitBar report={r} />
        <Card title={S.report.resultsTitle} size="small">
          <Flex gap={24} wrap style={{ marginBottom: 12 }}>
            {r.counts.map((c) => (
              <Statistic key={c.grade} title={c.grade} value={c.count} suffix="名" />
            ))}
          </Flex>
          <ResultTable rows={r.rows} testId="report-results" />
        </Card>
        <SummaryCard report={r} />
        <History submissions={r.submissions} />
      </Flex>
    </Page>
  );
}

function SubmitBar({ report: r }: { report: ReportView }) {
  const [resubmitting, setResubmitting] = useState(false);
  const submit = useAppMutation({
    mutationFn: () => submitReport(r.campaign.id),
    success: S.report.submitted,
    invalidate: [keys.county.all],
    errorTitle: S.report.submit,
  });
  const canSubmit = r.allowedActions.includes('submit');
  const canResubmit = r.allowedActions.includes('resubmit');
  if (!canSubmit && !canResubmit) {
    return r.submitRefusal && r.ungraded === 0 ? (
      <Alert type="warning" showIcon title={r.submitRefusal} />
    ) : null;
  }
  return (
    <Flex gap={8} wrap>
      {canSubmit && (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={submit.isPending}
          onClick={() =>
            submit.confirm(undefined, { title: S.report.confirmSubmit, content: S.report.confirmSubmitText })
          }
        >
          {S.report.submit}
        </Button>
      )}
      {canResubmit && (
        <Button icon={<SendOutlined />} onClick={() => setResubmitting(true)}>
          {S.report.resubmit}
        </Button>
      )}
      <FormModal<{ reason: string }, Submission>
        open={resubmitting}
        title={S.report.resubmitTitle}
        name="resubmit"
        okText={S.report.resubmit}
        onClose={() => setResubmitting(false)}
        mutationFn={(v) => submitReport(r.campaign.id, v.reason)}
        success={S.report.submitted}
        invalidate={[keys.county.all]}
      >
        <ReasonField label={S.report.reasonLabel} placeholder={S.report.reasonPlaceholder} maxLength={500} />
      </FormModal>
    </Flex>
  );
}

const FIELDS: { name: keyof SummaryTexts; label: string; rows: number }[] = [
  { name: 'opening', label: '开头', rows: 3 },
  { name: 'process', label: '考评工作开展情况', rows: 6 },
  { name: 'closing', label: '下一步工作', rows: 3 },
  { name: 'signature', label: '落款（每行一个单位）', rows: 2 },
];

function SummaryCard({ report: r }: { report: ReportView }) {
  const [form] = Form.useForm<SummaryTexts>();
  const editable = r.allowedActions.includes('edit_summary');
  useEffect(() => form.setFieldsValue(r.summary), [form, r.summary]);
  const save = useAppMutation({
    mutationFn: (texts: SummaryTexts) => saveSummary(r.campaign.id, texts),
    success: S.report.saved,
    invalidate: [keys.county.all],
    form,
  });
  return (
    <Card
      title={S.report.summaryTitle}
      size="small"
      extra={r.summaryEdited ? <Tag color="blue">{S.report.edited}</Tag> : null}
    >
      <Typography.Paragraph type="secondary">{S.report.summaryHint}</Typography.Paragraph>
      <Form<SummaryTexts>
        form={form}
        name="summary"
        layout="vertical"
        initialValues={r.summary}
        disabled={!editable}
        onFinish={(values) => void save.submit(values)}
      >
        {FIELDS.map((f) => (
          <Form.Item
            key={f.name}
            name={f.name}
            label={f.label}
            rules={[{ required: true, whitespace: true, message: `请填写${f.label}` }]}
          >
            <Input.TextArea autoSize={{ minRows: f.rows }} />
          </Form.Item>
        ))}
        {editable && (
          <Button htmlType="submit" loading={save.isPending}>
            {S.report.save}
          </Button>
        )}
      </Form>
    </Card>
  );
}

function History({ submissions }: { submissions: Submission[] }) {
  return (
    <Card title={S.report.history} size="small" data-testid="report-history">
      {submissions.length === 0 ? (
        <Typography.Text type="secondary">{S.report.none}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          {[...submissions].reverse().map((s) => (
            <Descriptions key={s.id} size="small" bordered column={1} title={S.report.seq(s.seq)}>
              <Descriptions.Item label={S.report.at}>{s.submittedAtText}</Descriptions.Item>
              <Descriptions.Item label={S.report.by}>{s.submittedByName}</Descriptions.Item>
              {s.reason && <Descriptions.Item label={S.report.reason}>{s.reason}</Descriptions.Item>}
              <Descriptions.Item label={S.report.hashes}>
                <Space direction="vertical" size={0} style={{ wordBreak: 'break-all' }}>
                  <a href={s.xlsxUrl}>{S.report.downloadXlsx}</a>
                  <Typography.Text code>{s.xlsxSha256}</Typography.Text>
                  <a href={s.docxUrl}>{S.report.downloadDocx}</a>
                  <Typography.Text code>{s.docxSha256}</Typography.Text>
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={S.report.chain}>{s.chainHead}</Descriptions.Item>
            </Descriptions>
          ))}
        </Flex>
      )}
    </Card>
  );
}
