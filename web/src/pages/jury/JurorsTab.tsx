import { Button, Flex, Form, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, request } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useVillages } from '../org/queries.ts';
import { meetingPath, usePeople } from './queries.ts';
import { S } from './strings.ts';
import {
  JUROR_CATEGORIES,
  JUROR_CATEGORY_LABELS,
  type Juror,
  type JurorCategory,
  type Meeting,
} from './types.ts';

type AddValues = { personId: string; category: JurorCategory };

function AddJuror({ meeting, open, onClose }: { meeting: Meeting; open: boolean; onClose: () => void }) {
  const people = usePeople(meeting.id, open);
  const taken = new Set(meeting.jurors.map((j) => j.personId));
  return (
    <FormModal<AddValues, Meeting>
      open={open}
      title={S.addJuror}
      name="add-juror"
      onClose={onClose}
      mutationFn={(v) => api.post(`${meetingPath(meeting.id)}/jurors`, v)}
      invalidate={[keys.jury.all]}
      success={S.saved}
    >
      <Form.Item name="category" label={S.category} rules={[{ required: true }]}>
        <Select options={JUROR_CATEGORIES.map((c) => ({ value: c, label: JUROR_CATEGORY_LABELS[c] }))} />
      </Form.Item>
      <Form.Item name="personId" label={S.person} extra={S.personHint} rules={[{ required: true }]}>
        <Select
          showSearch
          loading={people.isPending}
          optionFilterProp="label"
          options={(people.data ?? [])
            .filter((p) => !taken.has(p.personId))
            .map((p) => ({ value: p.personId, label: `${p.name}（${p.villageName}）` }))}
        />
      </Form.Item>
    </FormModal>
  );
}

function TiesModal({ juror, onClose }: { juror: Juror | null; onClose: () => void }) {
  const villages = useVillages();
  const own = juror?.ties.filter((t) => t.source === 'office').map((t) => t.villageId) ?? [];
  return (
    <FormModal<{ villageIds: string[] }, Meeting>
      open={juror !== null}
      title={juror ? S.tiesTitle(juror.name) : ''}
      name="juror-ties"
      onClose={onClose}
      initialValues={{ villageIds: own }}
      mutationFn={(v) => api.put(`/api/jury/jurors/${juror!.id}/ties`, v)}
      invalidate={[keys.jury.all]}
      success={S.saved}
    >
      <Form.Item name="villageIds" label={S.ties}>
        <Select
          mode="multiple"
          options={(villages.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        />
      </Form.Item>
    </FormModal>
  );
}

/** The jury: who sits on it, how each signs in, which villages each is tied to (回避). */
export function JurorsTab({ meeting }: { meeting: Meeting }) {
  const [adding, setAdding] = useState(false);
  const [tying, setTying] = useState<Juror | null>(null);
  const may = (a: Meeting['allowedActions'][number]) => meeting.allowedActions.includes(a);
  const remove = useAppMutation({
    mutationFn: (j: Juror) => request<Meeting>('DELETE', `/api/jury/jurors/${j.id}`),
    invalidate: [keys.jury.all],
    success: S.saved,
  });
  const account = useAppMutation({
    mutationFn: (j: Juror) =>
      api.post<{ username: string; firstPassword: string; name: string }>(`/api/jury/jurors/${j.id}/account`),
    invalidate: [keys.jury.all],
    onSuccess: (slip) =>
      Modal.info({
        title: `${S.accountSlip}：${slip.name}`,
        content: S.accountSlipBody(slip.username, slip.firstPassword),
      }),
  });
  return (
    <Flex vertical gap={12}>
      {may('add_juror') && (
        <Flex>
          <Button type="primary" onClick={() => setAdding(true)}>
            {S.addJuror}
          </Button>
        </Flex>
      )}
      <Table<Juror>
        rowKey="id"
        size="small"
        dataSource={meeting.jurors}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="jury-jurors"
        columns={[
          { title: S.alias, dataIndex: 'alias', render: (a: string | null) => a ?? S.none },
          { title: S.jurorName, dataIndex: 'name' },
          { title: S.category, dataIndex: 'categoryLabel' },
          { title: S.homeVillage, dataIndex: 'villageName' },
          {
            title: S.signIn,
            key: 'signIn',
            render: (_, j) => (
              <Tag color={j.signIn === 'none' ? 'warning' : 'default'}>
                {j.signInLabel}
                {j.username ? `（${j.username}）` : ''}
              </Tag>
            ),
          },
          {
            title: S.ties,
            key: 'ties',
            render: (_, j) =>
              j.ties.length ? (
                <Flex gap={4} wrap>
                  {j.ties.map((t) => (
                    <Tag key={t.villageId} title={t.sourceLabel}>
                      {t.villageName}（{t.sourceLabel}）
                    </Tag>
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{S.noTies}</Typography.Text>
              ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, j) => (
              <Flex gap={4} wrap>
                {may('set_ties') && (
                  <Button size="small" onClick={() => setTying(j)}>
                    {S.addTies}
                  </Button>
                )}
                {may('issue_slip') && j.signIn === 'none' && (
                  <Button size="small" onClick={() => void account.submit(j)}>
                    {S.openAccount}
                  </Button>
                )}
                {may('remove_juror') && (
                  <Button
                    size="small"
                    danger
                    onClick={() => remove.confirm(j, { title: S.removeConfirm(j.name), danger: true })}
                  >
                    {S.remove}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <AddJuror meeting={meeting} open={adding} onClose={() => setAdding(false)} />
      <TiesModal juror={tying} onClose={() => setTying(null)} />
    </Flex>
  );
}
