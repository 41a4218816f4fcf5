import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { api } from '../../api/client.ts';
import type { Participant } from '../../api/types.ts';
import { useSubmit } from '../../api/use-submit.ts';
import { campaignKeys } from '../campaigns/queries.ts';
import { S } from './strings.ts';

type ExcludeForm = { reason: string; date: Dayjs };

/** The required reason of an exclusion or a reinstatement (the server keeps it in the audit log). */
function ReasonField({ placeholder }: { placeholder: string }) {
  return (
    <Form.Item
      name="reason"
      label={S.reason}
      rules={[{ required: true, whitespace: true, message: S.reasonRequired }]}
    >
      <Input.TextArea maxLength={200} showCount autoSize={{ minRows: 2 }} placeholder={placeholder} />
    </Form.Item>
  );
}

export function ExcludeModal({
  participant,
  year,
  onClose,
}: {
  participant: Participant | null;
  year: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ExcludeForm>();
  useEffect(() => {
    if (!participant) return;
    form.resetFields();
    const today = dayjs();
    if (today.year() === year) form.setFieldValue('date', today);
  }, [participant, year, form]);
  const { submit, busy } = useSubmit(
    form,
    (v: ExcludeForm) =>
      api.post<Participant>(`/api/participants/${participant?.id}/exclude`, {
        reason: v.reason.trim(),
        date: v.date.format('YYYY-MM-DD'),
      }),
    { success: S.excludedDone, invalidate: [campaignKeys.all], onDone: onClose },
  );
  return (
    <Modal
      open={participant !== null}
      title={participant ? S.excludeTitle(participant.name) : ''}
      okText={S.exclude}
      okButtonProps={{ danger: true }}
      cancelText={S.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{S.excludeHint}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <ReasonField placeholder={S.reasonPlaceholder} />
        <Form.Item
          name="date"
          label={S.date}
          extra={S.dateInYear(year)}
          rules={[{ required: true, message: S.dateRequired }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.year() !== year}
            defaultPickerValue={dayjs().year() === year ? dayjs() : dayjs(`${year}-01-01`)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ReinstateModal({
  participant,
  onClose,
}: {
  participant: Participant | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const { submit, busy } = useSubmit(
    form,
    (v: { reason: string }) =>
      api.post<Participant>(`/api/participants/${participant?.id}/reinstate`, { reason: v.reason.trim() }),
    { success: S.reinstatedDone, invalidate: [campaignKeys.all], onDone: onClose },
  );
  return (
    <Modal
      open={participant !== null}
      title={participant ? S.reinstateTitle(participant.name) : ''}
      okText={S.reinstate}
      cancelText={S.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{S.reinstateHint}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <ReasonField placeholder={S.reinstatePlaceholder} />
      </Form>
    </Modal>
  );
}
