import { Button, Form, Upload, type UploadFile } from 'antd';
import type { ReactNode } from 'react';
import { SHARED_S } from './strings.ts';

/** The files a person picked, to send (the list also holds previews). */
export const pickedFiles = (list: UploadFile[]): File[] =>
  list.flatMap((f) => (f.originFileObj ? [f.originFileObj] : []));

/**
 * Evidence photos on a phone: opens the camera (or the gallery), up to `max` pictures, kept on the
 * page until the form is sent (the server checks, resizes and strips them).
 */
export function PhotoField({
  label,
  extra,
  value,
  onChange,
  max = 6,
}: {
  label: ReactNode;
  extra?: ReactNode;
  value: UploadFile[];
  onChange: (list: UploadFile[]) => void;
  max?: number;
}) {
  return (
    <Form.Item label={label} extra={extra}>
      <Upload
        accept="image/*"
        capture="environment"
        listType="picture"
        multiple
        maxCount={max}
        fileList={value}
        beforeUpload={() => false}
        onChange={({ fileList }) => onChange(fileList)}
      >
        <Button size="large">{SHARED_S.takePhoto}</Button>
      </Upload>
    </Form.Item>
  );
}
