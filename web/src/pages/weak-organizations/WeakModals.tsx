import { AutoComplete, Form, Input } from 'antd';
import { localToday } from '../../../../server/domain/local-time.ts';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { addFollowUp, closeWeakOrganization, listWeakOrganization } from './queries.ts';
import { S } from './strings.ts';
import type {
  CloseValues,
  FollowUpValues,
  ListValues,
  WeakCandidate,
  WeakOrganization,
  WeakOrganizations,
} from './types.ts';

const required = [{ required: true, whitespace: true, message: S.required }];
const dateRules = [{ required: true, message: S.pickDate }];
const invalidate = [keys.weakOrganizations.all, keys.history.all];

/** Lists a candidate village: reason (from the rule), measures, responsible leader, date. */
export function ListModal({
  campaignId,
  target,
  leaders,
  onClose,
}: {
  campaignId: string;
  target: WeakCandidate | null;
  leaders: WeakOrganizations['leaders'];
  onClose: () => void;
}) {
  return (
    <FormModal<ListValues>
      open={target !== null}
      name="weak-list"
      title={target ? S.listTitle(target.villageName) : ''}
      onClose={onClose}
      initialValues={{ reason: target?.reason, on: localToday() }}
      mutationFn={(v) =>
        listWeakOrganization(campaignId, {
          ...v,
          villageId: target!.villageId,
          // A name picked from the list is that leader's account; a typed name stays a name.
          leaderUserId: leaders.find((l) => l.name === v.leaderName)?.userId ?? null,
        })
      }
      success={S.listDone}
      invalidate={invalidate}
      width={640}
    >
      <Form.Item name="reason" label={S.reason} rules={required}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="measures" label={S.measures} extra={S.measuresHelp} rules={required}>
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="leaderName" label={S.leader} extra={S.leaderHelp} rules={required}>
        <AutoComplete
          options={leaders.map((l) => ({ value: l.name }))}
          filterOption={(input, option) => String(option?.value ?? '').includes(input)}
          maxLength={100}
        />
      </Form.Item>
      <Form.Item name="on" label={S.listedOn} rules={dateRules}>
        <Input type="date" />
      </Form.Item>
    </FormModal>
  );
}

export function FollowUpModal({ target, onClose }: { target: WeakOrganization | null; onClose: () => void }) {
  return (
    <FormModal<FollowUpValues>
      open={target !== null}
      name="weak-follow-up"
      title={target ? S.followUpTitle(target.villageName) : ''}
      onClose={onClose}
      initialValues={{ on: localToday() }}
      mutationFn={(v) => addFollowUp(target!.id, v)}
      success={S.followUpDone}
      invalidate={invalidate}
    >
      <Form.Item name="on" label={S.on} rules={dateRules}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="content" label={S.content} extra={S.contentHelp} rules={required}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}

export function CloseModal({ target, onClose }: { target: WeakOrganization | null; onClose: () => void }) {
  return (
    <FormModal<CloseValues>
      open={target !== null}
      name="weak-close"
      title={target ? S.closeTitle(target.villageName) : ''}
      intro={S.closeIntro}
      onClose={onClose}
      initialValues={{ on: localToday() }}
      mutationFn={(v) => closeWeakOrganization(target!.id, v)}
      success={S.closeDone}
      invalidate={invalidate}
      okText={S.close}
    >
      <Form.Item name="on" label={S.on} rules={dateRules}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="summary" label={S.summary} rules={required}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
