import { Form, Input, InputNumber, Radio, Switch } from 'antd';
import { parseIdCard } from '../../../../server/domain/person-id.ts';
import { keys } from '../../api/query-keys.ts';
import type { Person } from '../../api/types.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { createPerson, type PersonValues, updatePerson } from './queries.ts';
import { S } from './strings.ts';

type PersonForm = {
  name: string;
  gender: '男' | '女' | null;
  birthYear: number | null;
  phone: string | null;
  partyMember: boolean;
  /** Blank: none (new person) or unchanged (edit): the stored number is never sent back. */
  idCard?: string;
};

function clean(v: PersonForm): PersonValues {
  const idCard = v.idCard?.trim();
  return {
    name: v.name.trim(),
    gender: v.gender ?? null,
    birthYear: v.birthYear ?? null,
    phone: v.phone?.trim() ? v.phone.trim() : null,
    partyMember: v.partyMember,
    ...(idCard ? { idCard } : {}),
  };
}

/** The same check as the server's, so a typo shows under the field at once. */
const idCardRule = {
  validator: async (_: unknown, value: string | undefined) => {
    if (!value?.trim()) return;
    const parsed = parseIdCard(value);
    if (!parsed.ok) throw new Error(parsed.message);
  },
};

/** Adds a person to the village (no `person`) or edits one. */
export function PersonFormModal({
  open,
  villageId,
  person,
  onClose,
}: {
  open: boolean;
  villageId: string;
  person?: Person;
  onClose: () => void;
}) {
  const thisYear = new Date().getFullYear();
  const idCardExtra = person?.idCardMasked ? S.idCardRegistered(person.idCardMasked) : S.idCardHint;
  return (
    <FormModal<PersonForm, Person>
      open={open}
      title={person ? S.editPerson : S.addPerson}
      okText={S.save}
      cancelText={S.cancel}
      onClose={onClose}
      mutationFn={(values) =>
        person ? updatePerson(person.id, clean(values)) : createPerson(villageId, clean(values))
      }
      success={S.personSaved}
      invalidate={[keys.org.villages]}
      initialValues={person ? { ...person, idCard: '' } : { partyMember: false }}
    >
      <Form.Item
        name="name"
        label={S.name}
        rules={[{ required: true, whitespace: true, message: S.nameOfPersonRequired }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="idCard" label={S.idCard} extra={idCardExtra} rules={[idCardRule]}>
        <Input
          maxLength={22}
          autoComplete="off"
          placeholder={person?.idCardMasked ?? undefined}
          style={{ fontFamily: 'monospace' }}
        />
      </Form.Item>
      <Form.Item name="gender" label={S.gender}>
        <Radio.Group
          options={[
            { value: '男', label: S.genderMale },
            { value: '女', label: S.genderFemale },
          ]}
        />
      </Form.Item>
      <Form.Item name="birthYear" label={S.birthYear}>
        <InputNumber min={1900} max={thisYear} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="phone" label={S.phone} extra={S.phoneHint}>
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item name="partyMember" label={S.partyMember} valuePropName="checked">
        <Switch checkedChildren={S.yes} unCheckedChildren={S.no} />
      </Form.Item>
    </FormModal>
  );
}
