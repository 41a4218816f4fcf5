import { Alert, Form, Select } from 'antd';
import { Link } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { recordChair } from './queries.ts';
import { S } from './strings.ts';
import type { EvaluationVillage } from './types.ts';

/** Records the village's 村务监督委员会主任: one of its persons with a 村民监督员 account. */
export function ChairModal({
  campaignId,
  village,
  onClose,
}: {
  campaignId: string;
  village: EvaluationVillage;
  onClose: () => void;
}) {
  const candidates = village.chairCandidates;
  return (
    <FormModal<{ personId: string }>
      open
      title={S.chairTitle(village.villageName)}
      name="chair"
      onClose={onClose}
      initialValues={{ personId: village.chair?.personId }}
      mutationFn={(v) => recordChair(campaignId, village.villageId, v.personId)}
      success={S.chairSaved}
      invalidate={[keys.villageEvaluation.all]}
      intro={
        candidates.length === 0 ? (
          <Alert
            type="warning"
            showIcon
            title={S.noCandidates}
            action={<Link to="/accounts">{S.toAccounts}</Link>}
          />
        ) : (
          <Alert type="info" showIcon title={S.chairHint} />
        )
      }
    >
      <Form.Item
        name="personId"
        label={S.chair}
        rules={[{ required: true, message: '请选择村务监督委员会主任' }]}
      >
        <Select
          options={candidates.map((c) => ({ value: c.personId, label: `${c.name}（账号 ${c.account}）` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
