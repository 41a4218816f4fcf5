import { Form, Input } from 'antd';
import { localToday } from '../../../../server/domain/local-time.ts';
import { CASE_STEP_LABELS } from '../../../../server/domain/sanctions/due-process.ts';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { addCaseStep } from './queries.ts';
import { S } from './strings.ts';
import type { RemovalCase, StepValues } from './types.ts';

/** Records the next due-process step of a removal case (the server keeps the order). */
export function CaseStepModal({ target, onClose }: { target: RemovalCase | null; onClose: () => void }) {
  const step = target?.nextStep ?? 'notice';
  return (
    <FormModal<StepValues>
      open={target !== null}
      name="case-step"
      title={target ? S.stepTitle(CASE_STEP_LABELS[step], target.name) : ''}
      onClose={onClose}
      initialValues={{ on: localToday() }}
      mutationFn={(values) => addCaseStep(target!.id, { ...values, step })}
      success={S.stepDone}
      invalidate={[keys.sanctions.all]}
    >
      <Form.Item name="on" label={S.stepOn} rules={[{ required: true, message: S.pickDate }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item
        name="text"
        label={S.stepText}
        extra={S.stepTextHelp[step]}
        rules={[{ required: true, whitespace: true, message: S.required }]}
      >
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
