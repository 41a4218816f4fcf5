import { Alert, Form, Input, Radio } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { MeetingField } from './MeetingField.tsx';
import { recordCommittee, startVote } from './queries.ts';
import { S } from './strings.ts';

const A = S.actions;

type Common = { open: boolean; onClose: () => void; setId: string; villageId: string; campaignId: string };

type CommitteeValues = { meetingId: string; passed: boolean; note?: string };

/** 两委会议: which meeting, and whether it passed the set. */
export function CommitteeModal({ open, onClose, setId, villageId, campaignId }: Common) {
  const [form] = Form.useForm<CommitteeValues>();
  return (
    <FormModal<CommitteeValues>
      open={open}
      title={A.committeeTitle}
      okText={S.pledge.save}
      cancelText={S.pledge.cancel}
      onClose={onClose}
      width={600}
      form={form}
      name="committee"
      initialValues={{ passed: true }}
      mutationFn={(v) =>
        recordCommittee(setId, {
          meetingId: v.meetingId,
          passed: v.passed,
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        })
      }
      success={A.committeeSaved}
      invalidate={[keys.pledging.all]}
    >
      <MeetingField
        form={form}
        villageId={villageId}
        campaignId={campaignId}
        kinds={['two_committees']}
        help={A.twoCommitteesHint}
      />
      <Form.Item name="passed" label={A.decision}>
        <Radio.Group
          options={[
            { value: true, label: A.passed },
            { value: false, label: A.notPassed },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={A.note}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}

type VoteValues = { meetingId: string; title?: string };

/** 提交群众逐项表决: creates the poll in the voting engine. */
export function VoteModal({ open, onClose, setId, villageId, campaignId }: Common) {
  const [form] = Form.useForm<VoteValues>();
  return (
    <FormModal<VoteValues>
      open={open}
      title={A.voteTitle}
      okText={A.vote}
      cancelText={S.pledge.cancel}
      onClose={onClose}
      width={600}
      form={form}
      name="pledgeVote"
      intro={<Alert type="info" showIcon title={A.voteIntro} style={{ marginBottom: 16 }} />}
      mutationFn={(v) =>
        startVote(setId, { meetingId: v.meetingId, ...(v.title?.trim() ? { title: v.title.trim() } : {}) })
      }
      success={A.voteCreated}
      invalidate={[keys.pledging.all]}
    >
      <MeetingField
        form={form}
        villageId={villageId}
        campaignId={campaignId}
        kinds={['villager_assembly', 'party_and_representative_assembly']}
        help={A.voteMeetingHint}
      />
      <Form.Item name="title" label={A.voteName}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}
