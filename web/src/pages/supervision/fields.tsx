import { Form, type FormItemProps, Input } from 'antd';

type Rule = NonNullable<FormItemProps['rules']>[number];

const required = (message: string): Rule[] => [{ required: true, message }];

/** A date field of the phone's own date picker (YYYY-MM-DD), at most `max` (today). */
export function DateField({
  name,
  label,
  max,
}: {
  name: string | (string | number)[];
  label: string;
  max?: string;
}) {
  return (
    <Form.Item name={name} label={label} rules={required(`请填写${label}`)}>
      <Input type="date" max={max} />
    </Form.Item>
  );
}

export function TextField({
  name,
  label,
  rows,
  optional,
  placeholder,
}: {
  name: string | (string | number)[];
  label: string;
  rows?: number;
  optional?: boolean;
  placeholder?: string;
}) {
  return (
    <Form.Item name={name} label={label} rules={optional ? [] : required(`请填写${label}`)}>
      {rows ? <Input.TextArea rows={rows} placeholder={placeholder} /> : <Input placeholder={placeholder} />}
    </Form.Item>
  );
}
