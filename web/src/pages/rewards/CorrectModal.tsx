import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { ReasonField } from '../../shared/ReasonField.tsx';
import { correctSheet } from './queries.ts';
import { S } from './strings.ts';

/** 更正: the signed sheet is reopened for a written reason; the office then signs the next version. */
export function CorrectModal({
  campaignId,
  open,
  onClose,
}: {
  campaignId: string;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <FormModal<{ reason: string }>
      open={open}
      name="correct"
      title={S.pay.correctTitle}
      intro={S.pay.correctIntro}
      onClose={onClose}
      mutationFn={(v) => correctSheet(campaignId, v.reason)}
      success={S.pay.correctDone}
      invalidate={[keys.rewards.all]}
    >
      <ReasonField label="更正原因" placeholder={S.pay.correctReason} maxLength={500} />
    </FormModal>
  );
}
