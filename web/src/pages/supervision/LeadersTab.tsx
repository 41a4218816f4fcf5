import { Button, Empty, Form, Select, Table } from 'antd';
import { useState } from 'react';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { assignContacts, useLeaders } from './queries.ts';
import { S } from './strings.ts';
import type { Leader, SupervisionSummary } from './types.ts';

/** The office assigns each township leader their contact villages (联系村). */
export function LeadersTab({ summary }: { summary: SupervisionSummary }) {
  const may = summary.allowedActions.includes('assign_contacts');
  const leaders = useLeaders(may);
  const [target, setTarget] = useState<Leader | null>(null);
  if (!may) return null;
  if (leaders.isPending) return <FullPageSpin />;
  if (leaders.isError) return <LoadError error={leaders.error} />;
  if (leaders.data.length === 0) return <Empty description={S.noLeaders} />;
  return (
    <>
      <Table<Leader>
        rowKey="userId"
        size="small"
        pagination={false}
        dataSource={leaders.data}
        columns={[
          { title: S.leader, dataIndex: 'displayName' },
          { title: S.contactVillages, render: (_, l) => l.villages.map((v) => v.name).join('、') || '—' },
          {
            title: '',
            render: (_, l) => (
              <Button size="small" onClick={() => setTarget(l)}>
                {S.assign}
              </Button>
            ),
          },
        ]}
      />
      <FormModal<{ villageIds: string[] }>
        open={target !== null}
        title={`${S.assign}：${target?.displayName ?? ''}`}
        name="contacts"
        onClose={() => setTarget(null)}
        initialValues={{ villageIds: target?.villages.map((v) => v.id) ?? [] }}
        mutationFn={(v) => assignContacts(target!.userId, v.villageIds)}
        success={S.assigned}
        invalidate={[keys.supervision.all]}
      >
        <Form.Item
          name="villageIds"
          label={S.contactVillages}
          rules={[{ required: true, message: '请至少选择一个村' }]}
        >
          <Select mode="multiple" options={summary.villages.map((v) => ({ value: v.id, label: v.name }))} />
        </Form.Item>
      </FormModal>
    </>
  );
}
