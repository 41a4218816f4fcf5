import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { SHARED_S } from './strings.ts';

/**
 * The written reason of a decision (exclude, reinstate, a change after the lock, an override): a
 * text area named `reason`, required unless `optional`. The server keeps it in the audit log.
 *
 *   <FormModal …><ReasonField placeholder="如：因涉嫌违纪被立案审查" /></FormModal>
 *   <ReasonField name="comment" label="审批意见" optional maxLength={1000} />
 */
export function ReasonField({
  name = 'reason',
  label = SHARED_S.reason,
  placeholder,
  extra,
  optional,
  requiredMessage,
  maxLength = 200,
  showCount = true,
  minRows = 2,
  maxRows,
}: {
  name?: string;
  label?: string;
  placeholder?: string;
  extra?: ReactNode;
  optional?: boolean;
  /** The message when left empty; 请填写<label> by default. */
  requiredMessage?: string;
  maxLength?: number;
  showCount?: boolean;
  minRows?: number;
  maxRows?: number;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={
        optional
          ? []
          : [{ required: true, whitespace: true, message: requiredMessage ?? SHARED_S.reasonRequired(label) }]
      }
    >
      <Input.TextArea
        maxLength={maxLength}
        showCount={showCount}
        autoSize={{ minRows, maxRows }}
        placeholder={placeholder}
      />
    </Form.Item>
  );
}
