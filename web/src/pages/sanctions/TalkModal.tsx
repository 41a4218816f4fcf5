import { Alert, Form, Input } from 'antd';
import { localToday } from '../../../../server/domain/local-time.ts';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { recordTalk } from './queries.ts';
import { S } from './strings.ts';
import type { Admonishment, TalkValues } from './types.ts';

const required = [{ required: true, whitespace: true, message: S.required }];

/** Records the admonishment talk of one task, which closes it. */
export function TalkModal({ task, onClose }: { task: Admonishment | null; onClose: () => void }) {
  return (
    <FormModal<TalkValues>
      open={task !== null}
      name="talk"
      title={task ? S.talkTitle(task.name) : ''}
      intro={
        task ? (
          <Alert type="warning" showIcon message={task.reasonText} style={{ marginBottom: 16 }} />
        ) : undefined
      }
      onClose={onClose}
      initialValues={{ talkedOn: localToday() }}
      mutationFn={(values) => recordTalk(task!.id, values)}
      success={S.talkDone}
      invalidate={[keys.sanctions.all]}
    >
      <Form.Item name="talkedBy" label={S.talkedBy} extra={S.talkedByHelp} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="talkedOn" label={S.talkedOn} rules={[{ required: true, message: S.pickDate }]}>
        <Input type="date" max={localToday()} />
      </Form.Item>
      <Form.Item name="content" label={S.content} rules={required}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="undertaking" label={S.undertaking} rules={required}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
