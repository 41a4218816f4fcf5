import { Form, InputNumber, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import type { CampaignDetail } from '../../api/types.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { createCampaign } from './queries.ts';
import { S } from './strings.ts';

type Values = { year: number };

export function CreateCampaignModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  return (
    <FormModal<Values, CampaignDetail>
      open={open}
      title={S.createTitle}
      okText={S.create}
      onClose={onClose}
      mutationFn={createCampaign}
      invalidate={[keys.campaigns.all]}
      onSuccess={(c) => navigate(`/campaigns/${c.id}`)}
      initialValues={{ year: new Date().getFullYear() }}
    >
      <Form.Item name="year" label={S.year} rules={[{ required: true, message: S.yearRequired }]}>
        <InputNumber min={2000} max={2100} precision={0} suffix="年" style={{ width: '100%' }} />
      </Form.Item>
      <Typography.Text type="secondary">{S.yearHint}</Typography.Text>
    </FormModal>
  );
}
