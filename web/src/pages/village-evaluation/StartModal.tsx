import { Alert, Checkbox, Form, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { holdCodes } from '../polls/slip-store.ts';
import { startEvaluation } from './queries.ts';
import { S } from './strings.ts';
import type { EvaluationVillage, Started, StartInput } from './types.ts';

type Values = Omit<StartInput, 'villageId'>;

/** Starts the village's 民主测评 at one of its meetings; codes generated now go straight to printing. */
export function StartModal({
  campaignId,
  village,
  onClose,
}: {
  campaignId: string;
  village: EvaluationVillage;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const meetings = village.meetings.map((m) => ({
    value: m.id,
    label: S.meetingOption({ ...m, date: dayjs(m.startsAt).format('YYYY-MM-DD') }),
  }));
  return (
    <FormModal<Values, Started>
      open
      title={S.startTitle(village.villageName)}
      name="start"
      width={620}
      okText={S.start}
      onClose={onClose}
      initialValues={{ meetingId: meetings.at(-1)?.value, paperBallots: true, codes: 0 }}
      mutationFn={(v) =>
        startEvaluation(campaignId, { ...v, codes: v.codes ?? 0, villageId: village.villageId })
      }
      success={S.started}
      invalidate={[keys.villageEvaluation.all, keys.meetings.all, keys.polls.all]}
      onSuccess={(started) => {
        if (started.codes.length > 0 && started.batch !== null) {
          holdCodes({
            pollId: started.pollId,
            codes: started.codes,
            batch: started.batch,
            address: started.publicAddress,
          });
          navigate(`/meetings/polls/${started.pollId}/slips`);
        } else {
          navigate(`/meetings/polls/${started.pollId}`);
        }
      }}
      intro={
        meetings.length === 0 ? (
          <Alert type="warning" showIcon title={S.noMeetings} />
        ) : (
          <Alert type="info" showIcon title={S.startHint(village.participants.length)} />
        )
      }
    >
      <Form.Item name="meetingId" label={S.meeting} rules={[{ required: true, message: S.meetingRequired }]}>
        <Select options={meetings} />
      </Form.Item>
      <Form.Item name="paperBallots" valuePropName="checked">
        <Checkbox>{S.paperBallots}</Checkbox>
      </Form.Item>
      <Form.Item name="codes" label={S.codes} extra={S.codesHint}>
        <InputNumber min={0} max={5000} precision={0} />
      </Form.Item>
    </FormModal>
  );
}
