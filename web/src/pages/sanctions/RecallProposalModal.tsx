import { Form, Input, InputNumber } from 'antd';
import { localToday } from '../../../../server/domain/local-time.ts';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { recordRecallProposal } from './queries.ts';
import { S } from './strings.ts';
import type { ProposalValues, RemovalCase } from './types.ts';

const count = [{ required: true, message: S.required }];

/** Records the villagers' recall proposal: the server checks 1/5 of voters or 1/3 of representatives. */
export function RecallProposalModal({
  target,
  onClose,
}: {
  target: RemovalCase | null;
  onClose: () => void;
}) {
  const today = localToday();
  const p = target?.recall?.proposal;
  return (
    <FormModal<ProposalValues>
      open={target !== null}
      name="recall-proposal"
      title={target ? S.recallProposalTitle(target.name) : ''}
      intro={S.recallProposalIntro}
      onClose={onClose}
      initialValues={p ? { ...p } : { on: today }}
      mutationFn={(values) => recordRecallProposal(target!.id, values)}
      success={S.recallProposalDone}
      invalidate={[keys.sanctions.all]}
    >
      <Form.Item name="voterSignatures" label={S.voterSignatures} rules={count}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="registeredVoters" label={S.registeredVoters} rules={count}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="representativeSignatures" label={S.representativeSignatures} rules={count}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="representatives" label={S.representatives} rules={count}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="on" label={S.proposedOn} rules={[{ required: true, message: S.pickDate }]}>
        <Input type="date" max={today} />
      </Form.Item>
    </FormModal>
  );
}
