import { Button, Empty, Flex, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { FullPageSpin, LoadError } from '../../shared/StatusPages.tsx';
import { ElectionModal } from './ElectionModal.tsx';
import { openAccount, useSupervisors } from './queries.ts';
import { S } from './strings.ts';
import type { Slip, SupervisionSummary, Supervisor } from './types.ts';

function SlipsModal({ slips, onClose }: { slips: Slip[]; onClose: () => void }) {
  return (
    <Modal
      open={slips.length > 0}
      title={S.slipsTitle}
      onCancel={onClose}
      onOk={() => window.print()}
      okText={S.print}
      cancelText="关闭"
    >
      <Flex vertical gap={8}>
        {slips.map((s) => (
          <Typography.Text key={s.account.id} data-testid="slip">
            {`${s.account.displayName}　${S.username}：${s.account.username}　${S.firstPassword}：${s.firstPassword}`}
          </Typography.Text>
        ))}
      </Flex>
    </Modal>
  );
}

export function SupervisorsTab({ summary }: { summary: SupervisionSummary }) {
  const list = useSupervisors(summary.campaign.id);
  const [adding, setAdding] = useState(false);
  const [slips, setSlips] = useState<Slip[]>([]);
  const open = useAppMutation<string, { slips: Slip[] }>({
    mutationFn: openAccount,
    invalidate: [keys.supervision.all],
    onSuccess: (r) => setSlips(r.slips),
  });
  if (list.isPending) return <FullPageSpin />;
  if (list.isError) return <LoadError error={list.error} />;
  return (
    <Flex vertical gap={12}>
      {summary.allowedActions.includes('record_election') && (
        <div>
          <Button type="primary" onClick={() => setAdding(true)}>
            {S.recordElection}
          </Button>
        </div>
      )}
      {list.data.length === 0 ? (
        <Empty description={S.noSupervisors} />
      ) : (
        <Table<Supervisor>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={list.data}
          columns={[
            { title: S.village, dataIndex: 'villageName' },
            { title: S.personName, dataIndex: 'name' },
            { title: S.votes, dataIndex: 'votes', align: 'right' },
            { title: S.meeting, render: (_, s) => `${s.electedOn} ${s.meetingKindLabel}` },
            {
              title: S.term,
              render: (_, s) => (
                <>
                  {`${s.termStart} 至 ${s.termEnd} `}
                  <Tag color={s.inTerm ? 'green' : 'default'}>{s.inTerm ? S.inTerm : S.outOfTerm}</Tag>
                </>
              ),
            },
            {
              title: S.account,
              render: (_, s) =>
                s.username ??
                (s.allowedActions.includes('open_account') ? (
                  <Button size="small" loading={open.isPending} onClick={() => open.submit(s.id)}>
                    {S.openAccountAction}
                  </Button>
                ) : (
                  S.noAccount
                )),
            },
          ]}
        />
      )}
      <ElectionModal
        open={adding}
        campaignId={summary.campaign.id}
        onClose={() => setAdding(false)}
        onSlips={setSlips}
      />
      <SlipsModal slips={slips} onClose={() => setSlips([])} />
    </Flex>
  );
}
