import { Form, Input, InputNumber, Select } from 'antd';
import { localToday } from '../../../../server/domain/local-time.ts';
import { keys } from '../../api/query-keys.ts';
import type { CampaignDetail, VillageRow } from '../../api/types.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { publish } from './queries.ts';
import { S } from './strings.ts';
import type { PublicationKind } from './types.ts';

type Values = {
  kind: Extract<PublicationKind, 'plan' | 'pledges' | 'progress'>;
  villageId?: string;
  startDate: string;
  periodDays: number;
  objectionDays: number;
  text?: string;
};

/** 发布公示: what (the plan, a village's pledges or progress), when, and for how long. */
export function PublishModal({
  open,
  campaign,
  villages,
  onClose,
}: {
  open: boolean;
  campaign: CampaignDetail;
  villages: VillageRow[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  return (
    <FormModal<Values>
      open={open}
      title={S.publishTitle}
      intro={S.publishIntro}
      okText={S.publish}
      form={form}
      name="publish"
      onClose={onClose}
      initialValues={{
        kind: 'progress',
        startDate: localToday(),
        periodDays: campaign.config.publicityDays,
        objectionDays: campaign.config.objectionDays,
      }}
      mutationFn={(v) =>
        publish(campaign.id, {
          ...v,
          villageId: v.kind === 'plan' ? null : v.villageId,
          text: v.text?.trim() || undefined,
        })
      }
      success={S.published}
      invalidate={[keys.publications.all]}
    >
      <Form.Item name="kind" label={S.kind} rules={[{ required: true }]}>
        <Select
          options={(Object.keys(S.kinds) as Values['kind'][]).map((k) => ({ value: k, label: S.kinds[k] }))}
        />
      </Form.Item>
      {kind === 'plan' ? null : (
        <Form.Item
          name="villageId"
          label={S.village}
          rules={[{ required: true, message: S.villageRequired }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={villages.map((v) => ({ value: v.id, label: v.name }))}
          />
        </Form.Item>
      )}
      <Form.Item name="startDate" label={S.startDate} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="periodDays" label={S.periodDays} rules={[{ required: true }]}>
        <InputNumber min={5} max={60} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="objectionDays"
        label={S.objectionDays}
        extra={S.objectionHint}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="text"
        label={kind === 'plan' ? S.textPlan : S.text}
        extra={kind === 'plan' ? undefined : S.textHint}
        rules={kind === 'plan' ? [{ required: true, whitespace: true, message: S.textRequired }] : []}
      >
        <Input.TextArea autoSize={{ minRows: kind === 'plan' ? 6 : 2, maxRows: 16 }} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
