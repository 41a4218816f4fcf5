import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from './client.ts';
import { showFieldError } from './form-errors.ts';

export type AppMutationOptions<V, T> = {
  /** The write: usually one function of a page's queries.ts. */
  mutationFn: (values: V) => Promise<T>;
  /** The toast after success. */
  success?: string | ((result: T, values: V) => string);
  /** Queries to refresh after success (from keys in query-keys.ts); awaited before the toast. */
  invalidate?: readonly QueryKey[];
  /** Also refresh them after a refusal, whose cause may be a change this page has not seen yet. */
  refreshOnError?: boolean;
  /** The form whose field the server's error may name: the message goes under that field. */
  form?: FormInstance | null;
  /** Prefix of the server's field paths that the form leaves out (e.g. "config"). */
  fieldPrefix?: string;
  /** Show a refusal in a dialog with this title instead of a toast (when it must be read). */
  errorTitle?: string;
  /** After the refresh and the toast. */
  onSuccess?: (result: T, values: V) => void;
  /** After the refusal was shown. */
  onError?: (error: unknown, values: V) => void;
};

export type ConfirmRequest = {
  title: ReactNode;
  content?: ReactNode;
  /** The OK button's text; 确定 by default. */
  okText?: string;
  danger?: boolean;
};

/**
 * THE way a page writes. One feedback path for every write: the server's message goes under the
 * form field it names (`form`), or else to a toast (or a dialog, `errorTitle`); after success the
 * named queries are refreshed and `success` is toasted.
 *
 *   const exclude = useAppMutation({
 *     mutationFn: (v: Values) => api.post(`/api/participants/${id}/exclude`, v),
 *     success: '已排除',
 *     invalidate: [keys.campaigns.all],
 *   });
 *   <Button loading={exclude.isPending} onClick={() => exclude.submit(values)} />
 *   <Button onClick={() => exclude.confirm(values, { title: '确认排除？', danger: true })} />
 *
 * Returns TanStack's mutation plus `submit` (resolves to the result, or undefined after a refusal
 * that has been shown: never rejects) and `confirm` (asks 确定/取消 first, then submits). For a form
 * in a modal use shared/FormModal.tsx, which calls this.
 */
export function useAppMutation<V = void, T = unknown>(options: AppMutationOptions<V, T>) {
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const refresh = () =>
    Promise.all((options.invalidate ?? []).map((queryKey) => client.invalidateQueries({ queryKey })));
  const mutation = useMutation<T, unknown, V>({
    mutationFn: options.mutationFn,
    onSuccess: async (result, values) => {
      await refresh();
      const { success } = options;
      if (success) message.success(typeof success === 'string' ? success : success(result, values));
      options.onSuccess?.(result, values);
    },
    onError: async (error, values) => {
      if (!(options.form && showFieldError(options.form, error, options.fieldPrefix))) {
        if (options.errorTitle) modal.error({ title: options.errorTitle, content: errorMessage(error) });
        else message.error(errorMessage(error));
      }
      options.onError?.(error, values);
      if (options.refreshOnError) await refresh();
    },
  });
  const submit = (values: V): Promise<T | undefined> => mutation.mutateAsync(values).catch(() => undefined);
  const confirm = (values: V, request: ConfirmRequest) =>
    modal.confirm({
      title: request.title,
      content: request.content,
      okText: request.okText ?? '确定',
      cancelText: '取消',
      okButtonProps: request.danger ? { danger: true } : undefined,
      onOk: () => submit(values),
    });
  return { ...mutation, submit, confirm };
}
