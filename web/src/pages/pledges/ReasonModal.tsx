import { Form, Input, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { keys } from '../../api/query-keys.ts';
import { useSubmit } from '../../api/use-submit.ts';
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
  const [form] = Form.useForm<{ text?: string }>();
  const { submit, busy } = useSubmit(form, (v: { text?: string }) => request!.run(v.text?.trim() ?? ''), {
    success: request?.success ?? '',
    invalidate: [keys.pledging.all],
    onDone: onClose,
  });
  return (
    <Modal
      open={request !== null}
      title={request?.title}
      okText={request?.okText}
      cancelText={S.pledge.cancel}
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {request?.hint && <Typography.Paragraph>{request.hint}</Typography.Paragraph>}
      <Form name="decision" form={form} layout="vertical" preserve={false} onFinish={submit}>
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
      </Form>
    </Modal>
  );
}
