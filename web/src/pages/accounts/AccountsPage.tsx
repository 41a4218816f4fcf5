import { Button, Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type { AccountAction } from '../../../../server/domain/policies/account.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { Page } from '../../shared/Page.tsx';
import { AccountSlips } from './AccountSlips.tsx';
import { BulkAccountsModal } from './BulkAccountsModal.tsx';
import { CreateAccountModal } from './CreateAccountModal.tsx';
import {
  type AccountFilter,
  type AccountItem,
  resetAccount,
  type Slip,
  setDisabled,
  useAccounts,
  useManagedRoles,
} from './queries.ts';
import { S } from './strings.ts';

function StatusTag({ a }: { a: AccountItem }) {
  if (a.disabled) return <Tag>{S.statusDisabled}</Tag>;
  if (a.mustChangePassword) return <Tag color="orange">{S.statusPending}</Tag>;
  return <Tag color="green">{S.statusActive}</Tag>;
}

/** Accounts of the caller's township (the office) or county (the administrator): open, reset, deactivate. */
export function AccountsPage() {
  const [filter, setFilter] = useState<AccountFilter>({});
  const [dialog, setDialog] = useState<'create' | 'bulk' | null>(null);
  const [slips, setSlips] = useState<Slip[]>([]);
  const accounts = useAccounts(filter);
  const roles = useManagedRoles().data?.roles ?? [];
  const reset = useAppMutation({
    mutationFn: (a: AccountItem) => resetAccount(a.id),
    invalidate: [keys.accounts.all],
    success: S.resetDone,
    onSuccess: (slip) => setSlips([slip]),
  });
  const toggle = useAppMutation({
    mutationFn: ({ a, disabled }: { a: AccountItem; disabled: boolean }) => setDisabled(a.id, disabled),
    invalidate: [keys.accounts.all],
    success: (r) => (r.disabled ? S.deactivated : S.reactivated),
  });
  const act = (a: AccountItem, action: AccountAction) => {
    if (action === 'reset') {
      void reset.confirm(a, {
        title: S.confirmReset(a.displayName),
        content: S.confirmResetText,
        okText: S.reset,
      });
    } else if (action === 'deactivate') {
      void toggle.confirm(
        { a, disabled: true },
        {
          title: S.confirmDeactivate(a.displayName),
          content: S.confirmDeactivateText,
          okText: S.deactivate,
          danger: true,
        },
      );
    } else void toggle.submit({ a, disabled: false });
  };
  const hasPeople = roles.some((r) => r.personBound);
  return (
    <Page
      title={S.title}
      extra={
        <>
          {hasPeople ? (
            <Button type="primary" onClick={() => setDialog('bulk')}>
              {S.bulk}
            </Button>
          ) : null}
          <Button type={hasPeople ? 'default' : 'primary'} onClick={() => setDialog('create')}>
            {S.create}
          </Button>
        </>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={S.role}
          placeholder={S.allRoles}
          style={{ width: 170 }}
          value={filter.role}
          onChange={(role) => setFilter({ ...filter, role })}
          options={roles.map((r) => ({ value: r.role, label: r.label }))}
        />
        <Select
          allowClear
          aria-label={S.status}
          placeholder={S.allStatus}
          style={{ width: 160 }}
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status })}
          options={[
            { value: 'active', label: S.statusActive },
            { value: 'pending', label: S.statusPending },
            { value: 'disabled', label: S.statusDisabled },
          ]}
        />
        <Input.Search
          allowClear
          placeholder={S.search}
          style={{ width: 220 }}
          onSearch={(q) => setFilter({ ...filter, q: q || undefined })}
        />
      </Flex>
      <Table<AccountItem>
        rowKey="id"
        loading={accounts.isPending}
        dataSource={accounts.data ?? []}
        scroll={{ x: 760 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: S.username, dataIndex: 'username', width: 130 },
          { title: S.displayName, dataIndex: 'displayName' },
          { title: S.role, dataIndex: 'roleLabel', width: 140 },
          { title: S.org, dataIndex: 'orgName', width: 140 },
          { title: S.status, width: 130, render: (_, a) => <StatusTag a={a} /> },
          {
            title: S.actions,
            width: 170,
            render: (_, a) => (
              <Flex gap={4} wrap>
                {a.allowedActions.map((action) => (
                  <Button
                    key={action}
                    size="small"
                    danger={action === 'deactivate'}
                    onClick={() => act(a, action)}
                  >
                    {S[action]}
                  </Button>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      <CreateAccountModal open={dialog === 'create'} onClose={() => setDialog(null)} onCreated={setSlips} />
      <BulkAccountsModal open={dialog === 'bulk'} onClose={() => setDialog(null)} onCreated={setSlips} />
      <AccountSlips slips={slips} onClose={() => setSlips([])} />
    </Page>
  );
}
