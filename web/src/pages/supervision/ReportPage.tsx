import { Alert, Button, Card, Flex, Form, Radio, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { Page } from '../../shared/Page.tsx';
import { PhotoField, pickedFiles } from '../../shared/PhotoField.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { useCurrentCampaign } from './current.ts';
import { DateField, TextField } from './fields.tsx';
import { fileReport, type ReportInput, useSummary, useSupervisedPledges } from './queries.ts';
import { S } from './strings.ts';

const ASSESSMENTS = [
  ['on_track', '进展正常'],
  ['behind', '进度滞后'],
  ['not_seen', '未见落实'],
] as const;

type Values = Omit<ReportInput, 'photos'>;

/** A supervisor's report on one pledge, on the phone: date, what they saw, an assessment, photos. */
export function ReportPage() {
  const { pledgeId = '' } = useParams();
  const navigate = useNavigate();
  const { campaign, isPending } = useCurrentCampaign();
  const pledges = useSupervisedPledges(campaign?.id);
  const summary = useSummary(campaign?.id);
  const [form] = Form.useForm<Values>();
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const submit = useAppMutation<Values, unknown>({
    mutationFn: (v) =>
      fileReport(pledgeId, {
        ...v,
        photos: pickedFiles(photos),
      }),
    form,
    success: S.submitted,
    invalidate: [keys.supervision.all],
    onSuccess: () => navigate('/'),
  });
  if (isPending || pledges.isPending || summary.isPending) return <FullPageSpin />;
  if (pledges.isError) return <LoadError error={pledges.error} />;
  const pledge = pledges.data.find((p) => p.id === pledgeId);
  if (!pledge) return <Alert type="warning" title={S.pledgeGone} />;
  const today = summary.data?.today;
  return (
    <Page title={S.reportTitle} extra={<Link to="/">{S.back}</Link>}>
      <Flex vertical gap={12} style={{ maxWidth: 560 }}>
        <Card size="small">
          <Typography.Text strong>{pledge.title}</Typography.Text>
          <br />
          <Typography.Text type="secondary">
            {`${S.cadre}：${pledge.cadreName} · ${S.dueDate}：${pledge.dueDate}`}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary">{`${S.standard}：${pledge.completionStandard}`}</Typography.Text>
        </Card>
        <Form<Values>
          form={form}
          name="report"
          layout="vertical"
          initialValues={{ observedOn: today }}
          onFinish={(v) => {
            if (!submit.isPending) submit.mutate(v);
          }}
        >
          <DateField name="observedOn" label={S.observedOn} max={today} />
          <Form.Item
            name="assessment"
            label={S.assessment}
            rules={[{ required: true, message: '请选择评价' }]}
          >
            <Radio.Group optionType="button" buttonStyle="solid" size="large">
              {ASSESSMENTS.map(([value, label]) => (
                <Radio.Button key={value} value={value}>
                  {label}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <TextField name="observation" label={S.observation} rows={5} placeholder={S.observationHint} />
          <PhotoField label={S.photos} value={photos} onChange={setPhotos} />
          <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending}>
            {S.submit}
          </Button>
        </Form>
      </Flex>
    </Page>
  );
}
