import { Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { S } from './strings.ts';

export type ReasonRequest = {
  title: string;
  label: string;
  okText: string;
  required: boolean;
  hint?: ReactNode;
  placeholder?: string;
  success: string;
  run: (text: string) => Promise<unknown>;
};

/** A decision with a written reason or comment (approve, return, overrides). */
export function ReasonModal({ request, onClose }: { request: ReasonRequest | null; onClose: () => void }) {
  return (
    <FormModal<{ text?: string }>
      open={request !== null}
      title={request?.title}
      okText={request?.okText}
      cancelText={S.pledge.cancel}
      onClose={onClose}
      name="decision"
      intro={request?.hint && <Typography.Paragraph>{request.hint}</Typography.Paragraph>}
      mutationFn={(v) => request!.run(v.text?.trim() ?? '')}
      success={request?.success}
      invalidate={[keys.pledging.all]}
    >
      <Form.Item
        name="text"
        label={request?.label}
        rules={
          request?.required
            ? [{ required: true, whitespace: true, message: S.pledge.required(request.label) }]
            : []
        }
      >
        <Input.TextArea
          maxLength={1000}
          autoSize={{ minRows: 3, maxRows: 6 }}
          placeholder={request?.placeholder}
        />
      </Form.Item>
    </FormModal>
  );
}
