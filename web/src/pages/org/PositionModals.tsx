import { DatePicker, Form, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { POST_LABELS, POSTS } from '../../../../server/domain/roster.ts';
import { api } from '../../api/client.ts';
import type { Person, Position, Post } from '../../api/types.ts';
import { useSubmit } from '../../api/use-submit.ts';
import { orgKeys } from './queries.ts';
import { S } from './strings.ts';

type AppointForm = { personId: string; post: Post; startDate: Dayjs };

const isoDay = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Appoints a person of the village to a post from a date. */
export function AppointModal({
  open,
  persons,
  personId,
  onClose,
}: {
  open: boolean;
  persons: Person[];
  personId?: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<AppointForm>();
  useEffect(() => {
    if (open) form.setFieldsValue({ personId, startDate: dayjs() });
  }, [open, personId, form]);
  const { submit, busy } = useSubmit(
    form,
    (v: AppointForm) =>
      api.post<Position>('/api/positions', {
        personId: v.personId,
        post: v.post,
        startDate: isoDay(v.startDate),
      }),
    { success: S.appointed, invalidate: [orgKeys.villages], onDone: onClose },
  );
  return (
    <Modal
      open={open}
      title={S.appointTitle}
      okText={S.save}
      cancelText={S.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="personId" label={S.person} rules={[{ required: true, message: S.personRequired }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={persons.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="post" label={S.post} rules={[{ required: true, message: S.postRequired }]}>
          <Select options={POSTS.map((p) => ({ value: p, label: POST_LABELS[p] }))} />
        </Form.Item>
        <Form.Item name="startDate" label={S.startDate} rules={[{ required: true, message: S.dateRequired }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Typography.Text type="secondary">{S.appointHint}</Typography.Text>
      </Form>
    </Modal>
  );
}

type EndForm = { endDate: Dayjs };

/** Records the end of a post. */
export function EndPositionModal({ position, onClose }: { position: Position | null; onClose: () => void }) {
  const [form] = Form.useForm<EndForm>();
  useEffect(() => {
    if (position) form.setFieldsValue({ endDate: dayjs() });
  }, [position, form]);
  const { submit, busy } = useSubmit(
    form,
    (v: EndForm) => api.post<Position>(`/api/positions/${position?.id}/end`, { endDate: isoDay(v.endDate) }),
    { success: S.endPositionDone, invalidate: [orgKeys.villages], onDone: onClose },
  );
  return (
    <Modal
      open={position !== null}
      title={position ? `${S.endPositionTitle}：${position.personName} · ${POST_LABELS[position.post]}` : ''}
      okText={S.save}
      cancelText={S.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="endDate" label={S.endDate} rules={[{ required: true, message: S.dateRequired }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
