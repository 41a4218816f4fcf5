import { Form, type FormInstance, type FormProps, Modal } from 'antd';
import type { ReactNode } from 'react';
import { type AppMutationOptions, useAppMutation } from '../api/use-app-mutation.ts';
import { SHARED_S } from './strings.ts';

export type FormModalProps<V, T> = Omit<AppMutationOptions<V, T>, 'form'> & {
  open: boolean;
  title: ReactNode;
  /** Called on 取消, on the close icon and after a successful write (before `onSuccess`). */
  onClose: () => void;
  /** The form's items. */
  children: ReactNode;
  /** Shown above the form (a hint, an Alert). */
  intro?: ReactNode;
  /** Pass your own `Form.useForm()` instance when the items watch values or set them. */
  form?: FormInstance<V>;
  /** The form's name (prefix of the fields' ids, for labels and tests). */
  name?: string;
  /** Applied every time the modal opens: its content is destroyed on close. */
  initialValues?: FormProps<V>['initialValues'];
  /** The OK button; 确定 by default. */
  okText?: string;
  cancelText?: string;
  danger?: boolean;
  width?: number;
};

/**
 * A form in a modal, the one skeleton for every dialog that writes:
 *
 *   <FormModal<Values, Participant>
 *     open={target !== null}
 *     title="排除承诺主体"
 *     okText="排除"
 *     danger
 *     onClose={() => setTarget(null)}
 *     mutationFn={(v) => api.post(`/api/participants/${target?.id}/exclude`, v)}
 *     success="已排除"
 *     invalidate={[keys.campaigns.all]}
 *   >
 *     <ReasonField />
 *   </FormModal>
 *
 * The OK button submits the form (validated by the items' rules) through `useAppMutation`; it shows
 * busy while the write runs; the server's message goes under the field it names, or to a toast. On
 * success the modal closes (`onClose`, then `onSuccess` with the server's answer). The content is
 * destroyed on close, so every opening starts from `initialValues`.
 */
export function FormModal<V, T = unknown>({
  open,
  title,
  onClose,
  children,
  intro,
  form: given,
  name,
  initialValues,
  okText,
  cancelText,
  danger,
  width,
  onSuccess,
  ...mutation
}: FormModalProps<V, T>) {
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const write = useAppMutation<V, T>({
    ...mutation,
    form,
    onSuccess: (result, values) => {
      onClose();
      onSuccess?.(result, values);
    },
  });
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? SHARED_S.ok}
      cancelText={cancelText ?? SHARED_S.cancel}
      okButtonProps={danger ? { danger: true } : undefined}
      confirmLoading={write.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={width}
    >
      {intro}
      <Form<V>
        form={form}
        name={name}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={(values) => {
          if (!write.isPending) write.mutate(values);
        }}
      >
        {children}
      </Form>
    </Modal>
  );
}
