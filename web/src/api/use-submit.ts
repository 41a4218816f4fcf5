import type { FormInstance } from 'antd';
import { useAppMutation } from './use-app-mutation.ts';

type SubmitOptions<T> = {
  success?: string | ((result: T) => string);
  invalidate?: readonly (readonly unknown[])[];
  fieldPrefix?: string;
  onDone?: (result: T) => void;
};

/**
 * @deprecated Compatibility only, until the remaining pages switch: use `useAppMutation` (one write)
 * or `shared/FormModal.tsx` (a form in a modal). Same feedback path: the server's message goes under
 * the field it names, or else to a toast.
 */
export function useSubmit<V, T>(
  form: FormInstance | null,
  write: (values: V) => Promise<T>,
  options: SubmitOptions<T> = {},
) {
  const { success } = options;
  const mutation = useAppMutation<V, T>({
    mutationFn: write,
    form,
    fieldPrefix: options.fieldPrefix,
    invalidate: options.invalidate,
    success: typeof success === 'function' ? (result) => success(result) : success,
    onSuccess: options.onDone,
  });
  return { submit: mutation.submit, busy: mutation.isPending };
}
