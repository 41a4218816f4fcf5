import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { DateField, TextField } from './fields.tsx';
import { logVisit, type VisitInput } from './queries.ts';
import { S } from './strings.ts';

/** A leader logs a visit to one contact village. */
export function VisitModal({
  campaignId,
  village,
  today,
  onClose,
}: {
  campaignId: string;
  village: { id: string; name: string } | null;
  today: string;
  onClose: () => void;
}) {
  return (
    <FormModal<Omit<VisitInput, 'villageId'>>
      open={village !== null}
      title={`${S.logVisit}：${village?.name ?? ''}`}
      name="visit"
      onClose={onClose}
      initialValues={{ visitedOn: today }}
      mutationFn={(v) => logVisit(campaignId, { ...v, villageId: village!.id })}
      success={S.visitLogged}
      invalidate={[keys.supervision.all]}
    >
      <DateField name="visitedOn" label={S.visitedOn} max={today} />
      <TextField name="discussed" label={S.discussed} rows={4} />
      <TextField name="followUps" label={S.followUps} rows={2} optional />
    </FormModal>
  );
}
