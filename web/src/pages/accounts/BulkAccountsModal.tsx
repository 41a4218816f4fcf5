import { Alert, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Role } from '../../../../server/domain/roles.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { createAccounts, type RosterPerson, type Slip, useManagedRoles, useRosterPeople } from './queries.ts';
import { S } from './strings.ts';

/** A cadre's account for who holds a post, else the first people role offered. */
const defaultRole = (p: RosterPerson, roles: Role[]): Role =>
  p.posts.length && roles.includes('village_cadre') ? 'village_cadre' : roles[0]!;

/** Accounts for many of the roster's people at once: tick the people, choose each one's role. */
export function BulkAccountsModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (slips: Slip[]) => void;
}) {
  const roles = (useManagedRoles().data?.roles ?? []).filter((r) => r.personBound);
  const people = useRosterPeople(open);
  const [chosen, setChosen] = useState<Record<string, Role>>({});
  const labelOf = (role: Role) => roles.find((r) => r.role === role)?.label ?? role;
  const create = useAppMutation({
    mutationFn: () => createAccounts(Object.entries(chosen).map(([personId, role]) => ({ personId, role }))),
    invalidate: [keys.accounts.all],
    success: (r) => S.created(r.slips.length),
    onSuccess: (r) => {
      setChosen({});
      onClose();
      onCreated(r.slips);
    },
  });
  const roleIds = roles.map((r) => r.role);
  return (
    <Modal
      open={open}
      title={S.bulk}
      width={860}
      onCancel={onClose}
      okText={S.create}
      okButtonProps={{ disabled: Object.keys(chosen).length === 0, loading: create.isPending }}
      onOk={() => void create.submit()}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={S.pickPeople} style={{ marginBottom: 12 }} />
      <Table<RosterPerson>
        rowKey="personId"
        size="small"
        loading={people.isPending}
        dataSource={people.data ?? []}
        pagination={false}
        scroll={{ x: 600, y: 420 }}
        rowSelection={{
          selectedRowKeys: Object.keys(chosen),
          onChange: (_ids, rows) =>
            setChosen(
              Object.fromEntries(
                rows.map((p) => [p.personId, chosen[p.personId] ?? defaultRole(p, roleIds)]),
              ) as Record<string, Role>,
            ),
        }}
        columns={[
          { title: S.person, dataIndex: 'name', width: 100 },
          { title: '村', dataIndex: 'villageName', width: 100 },
          { title: '现任职务', render: (_, p) => p.posts.join('、') },
          {
            title: S.hasAccount,
            render: (_, p) =>
              p.accounts.map((a) => (
                <Tag key={a.id} color={a.disabled ? 'default' : 'blue'}>
                  {labelOf(a.role)}
                </Tag>
              )),
          },
          {
            title: S.rolePerRow,
            width: 170,
            render: (_, p) =>
              chosen[p.personId] ? (
                <Select
                  size="small"
                  style={{ width: 150 }}
                  aria-label={`${p.name}${S.rolePerRow}`}
                  value={chosen[p.personId]}
                  onChange={(role: Role) => setChosen({ ...chosen, [p.personId]: role })}
                  options={roles.map((r) => ({ value: r.role, label: r.label }))}
                />
              ) : null,
          },
        ]}
      />
    </Modal>
  );
}
