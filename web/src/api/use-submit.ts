import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { errorMessage } from './client.ts';
import { showFieldError } from './form-errors.ts';

type SubmitOptions<T> = {
  /** Shown after success. */
  success?: string | ((result: T) => string);
  /** Query keys to refresh after success. */
  invalidate?: readonly (readonly unknown[])[];
  /** Prefix of the server's field paths that the form leaves out (e.g. "config"). */
  fieldPrefix?: string;
  onDone?: (result: T) => void;
};

/**
 * Runs a write for a form: the server's message goes under the field it names, or to a toast when it
 * names none; related queries are refreshed after success.
 */
export function useSubmit<V, T>(
  form: FormInstance | null,
  write: (values: V) => Promise<T>,
  options: SubmitOptions<T> = {},
) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const submit = async (values: V) => {
    setBusy(true);
    try {
      const result = await write(values);
      await Promise.all((options.invalidate ?? []).map((queryKey) => client.invalidateQueries({ queryKey })));
      if (options.success) {
        message.success(typeof options.success === 'string' ? options.success : options.success(result));
      }
      options.onDone?.(result);
      return result;
    } catch (e) {
      if (form) showFieldError(form, e, options.fieldPrefix);
      message.error(errorMessage(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy };
}
