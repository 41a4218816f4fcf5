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
  const last = target?.steps.at(-1);
  const today = localToday();
  // The outcome of a recall case starts from the certified recall vote's result.
  const result = step === 'outcome' ? target?.recall?.result : null;
  return (
    <FormModal<StepValues>
      open={target !== null}
      name="case-step"
      title={target ? S.stepTitle(CASE_STEP_LABELS[step], target.name) : ''}
      intro={target ? S.years(target.years[0], target.years[1]) : undefined}
      onClose={onClose}
      initialValues={{ on: today, ...(result ? { text: `${result.verdict}。${result.rule}` } : {}) }}
      mutationFn={(values) => addCaseStep(target!.id, { ...values, step })}
      success={S.stepDone}
      invalidate={[keys.sanctions.all]}
    >
      <Form.Item
        name="on"
        label={S.stepOn[step]}
        extra={last ? S.stepOnHelp(last.label, last.on) : undefined}
        rules={[{ required: true, message: S.pickDate }]}
      >
        <Input type="date" min={last?.on} max={today} />
      </Form.Item>
      <Form.Item
        name="text"
        label={S.stepText[step]}
        extra={S.stepTextHelp[step]}
        rules={[{ required: true, whitespace: true, message: S.required }]}
      >
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
