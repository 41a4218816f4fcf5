import { Form, Input, InputNumber, Typography } from 'antd';
import { keys } from '../../api/query-keys.ts';
import type { VillageRow } from '../../api/types.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { createVillage, updateVillage, type VillageValues } from './queries.ts';
import { S } from './strings.ts';

const COUNT_FIELDS: [keyof VillageValues, string][] = [
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
  onClose: () => void;
}) {
  return (
    <FormModal<VillageValues, VillageRow>
      open={open}
      title={village ? S.editVillage : S.addVillage}
      okText={S.save}
      cancelText={S.cancel}
      onClose={onClose}
      mutationFn={(values) => {
        const body = { ...values, code: values.code?.trim() || null };
        return village ? updateVillage(village.id, body) : createVillage(body);
      }}
      success={S.saved}
      invalidate={[keys.org.villages]}
      initialValues={village}
    >
      <Form.Item
        name="name"
        label={S.village}
        rules={[{ required: true, whitespace: true, message: S.nameRequired }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item
        name="code"
        label={S.villageCodeFull}
        extra={S.villageCodeHint}
        rules={[{ pattern: /^\s*\d{12}\s*$/, message: S.villageCodeInvalid }]}
      >
        <Input maxLength={12} inputMode="numeric" />
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
    </FormModal>
  );
}
