import { Checkbox, Form } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { DateField, TextField } from './fields.tsx';
import { type FollowUpInput, followUp } from './queries.ts';
import { S } from './strings.ts';
import type { Rectification } from './types.ts';

export function FollowUpModal({
  target,
  today,
  onClose,
}: {
  target: Rectification | null;
  today: string;
  onClose: () => void;
}) {
  return (
    <FormModal<FollowUpInput>
      open={target !== null}
      title={`${S.followUp}：${target?.demand ?? ''}`}
      name="follow-up"
      onClose={onClose}
      initialValues={{ followedOn: today, closes: false }}
      mutationFn={(v) => followUp(target!.id, { ...v, closes: Boolean(v.closes) })}
      success={S.followed}
      invalidate={[keys.supervision.all]}
    >
      <DateField name="followedOn" label={S.followedOn} max={today} />
      <TextField name="note" label={S.followNote} rows={3} />
      {target?.allowedActions.includes('close') && (
        <Form.Item name="closes" valuePropName="checked">
          <Checkbox>{S.closes}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
