import { Form, Input, InputNumber, Modal, Radio, Switch } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { useSubmit } from '../../api/use-submit.ts';
import { orgKeys } from './queries.ts';
import { S } from './strings.ts';

type PersonForm = {
  name: string;
  gender: '男' | '女' | null;
  birthYear: number | null;
  phone: string | null;
  partyMember: boolean;
};

const clean = (v: PersonForm) => ({
  ...v,
  name: v.name.trim(),
  gender: v.gender ?? null,
  birthYear: v.birthYear ?? null,
  phone: v.phone?.trim() ? v.phone.trim() : null,
});

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
  const [form] = Form.useForm<PersonForm>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (person) form.setFieldsValue(person);
  }, [open, person, form]);
  const { submit, busy } = useSubmit(
    form,
    (values: PersonForm) =>
      person
        ? api.patch<Person>(`/api/persons/${person.id}`, clean(values))
        : api.post<Person>('/api/persons', { villageId, ...clean(values) }),
    { success: S.personSaved, invalidate: [orgKeys.villages], onDone: onClose },
  );
  const thisYear = new Date().getFullYear();

  return (
    <Modal
      open={open}
      title={person ? S.editPerson : S.addPerson}
      okText={S.save}
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
        initialValues={{ partyMember: false }}
      >
        <Form.Item
          name="name"
          label={S.name}
          rules={[{ required: true, whitespace: true, message: S.nameOfPersonRequired }]}
        >
          <Input maxLength={30} />
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
      </Form>
    </Modal>
  );
}
