import { DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { keys } from '../../api/query-keys.ts';
import type { Participant } from '../../api/types.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { ReasonField } from '../../shared/ReasonField.tsx';
import { excludeParticipant, reinstateParticipant } from './queries.ts';
import { S } from './strings.ts';

type ExcludeValues = { reason: string; date: Dayjs };

export function ExcludeModal({
  participant,
  year,
  onClose,
}: {
  participant: Participant | null;
  year: number;
  onClose: () => void;
}) {
  const today = dayjs();
  const inYear = today.year() === year;
  return (
    <FormModal<ExcludeValues, Participant>
      open={participant !== null}
      title={participant ? S.excludeTitle(participant.name) : ''}
      okText={S.exclude}
      danger
      onClose={onClose}
      intro={<Typography.Paragraph type="secondary">{S.excludeHint}</Typography.Paragraph>}
      initialValues={inYear ? { date: today } : {}}
      mutationFn={(v) =>
        excludeParticipant(participant?.id ?? '', {
          reason: v.reason.trim(),
          date: v.date.format('YYYY-MM-DD'),
        })
      }
      success={S.excludedDone}
      invalidate={[keys.campaigns.all]}
    >
      <ReasonField placeholder={S.reasonPlaceholder} />
      <Form.Item
        name="date"
        label={S.date}
        extra={S.dateInYear(year)}
        rules={[{ required: true, message: S.dateRequired }]}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.year() !== year}
          defaultPickerValue={inYear ? today : dayjs(`${year}-01-01`)}
        />
      </Form.Item>
    </FormModal>
  );
}

export function ReinstateModal({
  participant,
  onClose,
}: {
  participant: Participant | null;
  onClose: () => void;
}) {
  return (
    <FormModal<{ reason: string }, Participant>
      open={participant !== null}
      title={participant ? S.reinstateTitle(participant.name) : ''}
      okText={S.reinstate}
      onClose={onClose}
      intro={<Typography.Paragraph type="secondary">{S.reinstateHint}</Typography.Paragraph>}
      mutationFn={(v) => reinstateParticipant(participant?.id ?? '', v.reason.trim())}
      success={S.reinstatedDone}
      invalidate={[keys.campaigns.all]}
    >
      <ReasonField placeholder={S.reinstatePlaceholder} />
    </FormModal>
  );
}
