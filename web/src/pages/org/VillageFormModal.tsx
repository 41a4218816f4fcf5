import { Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api/client.ts';
import type { VillageRow } from '../../api/types.ts';
import { useSubmit } from '../../api/use-submit.ts';
import { orgKeys } from './queries.ts';
import { S } from './strings.ts';

type VillageForm = {
  name: string;
  adultPopulation: number;
  households: number;
  representatives: number;
  partyMembers: number;
};

const COUNT_FIELDS: [keyof VillageForm, string][] = [
  ['adultPopulation', S.adultPopulation],
  ['households', S.households],
  ['representatives', S.representativesFull],
  ['partyMembers', S.partyMembersFull],
];

/** Adds a village (no `village`) or edits one. */
export function VillageFormModal({
  open,
  village,
  onClose,
}: {
  open: boolean;
  village?: VillageRow;
  onClose: (saved?: VillageRow) => void;
}) {
  const [form] = Form.useForm<VillageForm>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (village) form.setFieldsValue(village);
  }, [open, village, form]);
  const { submit, busy } = useSubmit(
    form,
    (values: VillageForm) =>
      village
        ? api.patch<VillageRow>(`/api/villages/${village.id}`, values)
        : api.post<VillageRow>('/api/villages', values),
    { success: S.saved, invalidate: [orgKeys.villages], onDone: (saved) => onClose(saved) },
  );

  return (
    <Modal
      open={open}
      title={village ? S.editVillage : S.addVillage}
      okText={S.save}
      cancelText={S.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="name"
          label={S.village}
          rules={[{ required: true, whitespace: true, message: S.nameRequired }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        {COUNT_FIELDS.map(([name, label]) => (
          <Form.Item
            key={name}
            name={name}
            label={label}
            rules={[{ required: true, message: S.countRequired }]}
          >
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
        <Typography.Text type="secondary">{S.countsHint}</Typography.Text>
      </Form>
    </Modal>
  );
}
