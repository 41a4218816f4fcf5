import { Form, InputNumber, Modal, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import type { CampaignDetail } from '../../api/types.ts';
import { useSubmit } from '../../api/use-submit.ts';
import { campaignKeys } from './queries.ts';
import { S } from './strings.ts';

export function CreateCampaignModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ year: number }>();
  const navigate = useNavigate();
  const { submit, busy } = useSubmit(
    form,
    (v: { year: number }) => api.post<CampaignDetail>('/api/campaigns', v),
    {
      invalidate: [campaignKeys.all],
      onDone: (c) => {
        onClose();
        navigate(`/campaigns/${c.id}`);
      },
    },
  );
  return (
    <Modal
      open={open}
      title={S.createTitle}
      okText={S.create}
      cancelText={S.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{ year: new Date().getFullYear() }}
      >
        <Form.Item name="year" label={S.year} rules={[{ required: true, message: S.yearRequired }]}>
          <InputNumber min={2000} max={2100} precision={0} suffix="年" style={{ width: '100%' }} />
        </Form.Item>
        <Typography.Text type="secondary">{S.yearHint}</Typography.Text>
      </Form>
    </Modal>
  );
}
