import { Button, Card, Form, Input, InputNumber, Radio, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { PhotoField, pickedFiles } from '../../shared/PhotoField.tsx';
import { postReport, type ReportInput } from './queries.ts';
import { S } from './strings.ts';
import { type ProgressStatus, STATUS_LABELS } from './types.ts';

type Values = Omit<ReportInput, 'photos' | 'documents'>;

/** The phone form: status, percent, date, what was done, photos from the camera, documents. */
export function ReportForm({
  pledgeId,
  today,
  onDone,
}: {
  pledgeId: string;
  today: string;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [documents, setDocuments] = useState<UploadFile[]>([]);
  const submit = useAppMutation<Values, unknown>({
    mutationFn: (v) =>
      postReport(pledgeId, { ...v, photos: pickedFiles(photos), documents: pickedFiles(documents) }),
    form,
    success: S.submitted,
    invalidate: [keys.progress.all],
    onSuccess: () => {
      form.resetFields();
      setPhotos([]);
      setDocuments([]);
      onDone();
    },
  });
  return (
    <Card id="report" size="small" title={S.reportTitle}>
      <Form<Values>
        form={form}
        name="progress-report"
        layout="vertical"
        initialValues={{ reportDate: today, status: 'in_progress' }}
        onFinish={(v) => {
          if (!submit.isPending) void submit.submit(v);
        }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.status === 'done') form.setFieldValue('percent', 100);
          if (changed.status === 'not_started') form.setFieldValue('percent', 0);
        }}
      >
        <Form.Item name="status" label={S.status} rules={[{ required: true, message: '请选择进展状态' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" size="large">
            {(Object.keys(STATUS_LABELS) as ProgressStatus[]).map((s) => (
              <Radio.Button key={s} value={s}>
                {STATUS_LABELS[s]}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="percent" label={S.percent} rules={[{ required: true, message: '请填写完成进度' }]}>
          <InputNumber
            min={0}
            max={100}
            precision={0}
            size="large"
            inputMode="numeric"
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item name="reportDate" label={S.reportDate} rules={[{ required: true, message: '请填写日期' }]}>
          <Input type="date" max={today} size="large" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="note" label={S.note} rules={[{ required: true, message: '请填写进展情况' }]}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={S.noteHint} />
        </Form.Item>
        <Form.Item name="internalNote" label={S.internalNote}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <PhotoField label={S.photos} extra={S.photoHint} value={photos} onChange={setPhotos} />
        <Form.Item label={S.documents}>
          <Upload
            accept=".pdf,.docx,.xlsx"
            multiple
            maxCount={3}
            fileList={documents}
            beforeUpload={() => false}
            onChange={({ fileList }) => setDocuments(fileList)}
          >
            <Button>{S.addDocument}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending}>
          {S.submit}
        </Button>
      </Form>
    </Card>
  );
}
