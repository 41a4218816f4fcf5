import { Form, Input, Select } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useTownships } from '../org/queries.ts';
import { type AccountValues, createAccount, type Slip, useManagedRoles, useRosterPeople } from './queries.ts';
import { S } from './strings.ts';

/** One account: a person's (people roles: pick the person) or an office's (pick the township). */
export function CreateAccountModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (slips: Slip[]) => void;
}) {
  const [form] = Form.useForm<AccountValues>();
  const roles = useManagedRoles().data?.roles ?? [];
  const role = Form.useWatch('role', form);
  const chosen = roles.find((r) => r.role === role);
  const people = useRosterPeople(open && roles.some((r) => r.personBound)).data ?? [];
  const townships = useTownships(open && roles.some((r) => r.townshipBound)).data ?? [];
  return (
    <FormModal<AccountValues, Slip>
      open={open}
      title={S.create}
      name="account"
      form={form}
      onClose={onClose}
      mutationFn={createAccount}
      invalidate={[keys.accounts.all]}
      onSuccess={(slip) => onCreated([slip])}
    >
      <Form.Item name="role" label={S.role} rules={[{ required: true, message: S.role }]}>
        <Select options={roles.map((r) => ({ value: r.role, label: r.label }))} />
      </Form.Item>
      {chosen?.personBound ? (
        <Form.Item name="personId" label={S.person} rules={[{ required: true, message: S.personRequired }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={people.map((p) => ({
              value: p.personId,
              label: `${p.name}（${p.villageName}${p.posts.length ? ` ${p.posts.join('、')}` : ''}）`,
            }))}
          />
        </Form.Item>
      ) : null}
      {chosen?.townshipBound ? (
        <Form.Item
          name="townshipId"
          label={S.township}
          rules={[{ required: true, message: S.townshipRequired }]}
        >
          <Select options={townships.map((t) => ({ value: t.id, label: t.name }))} />
        </Form.Item>
      ) : null}
      <Form.Item name="username" label={S.username} extra={S.usernameHint}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={S.displayName}
        extra={chosen?.personBound ? S.displayNameHint : undefined}
        rules={chosen && !chosen.personBound ? [{ required: true, message: S.displayNameRequired }] : []}
      >
        <Input />
      </Form.Item>
    </FormModal>
  );
}
