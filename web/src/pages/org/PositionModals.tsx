import { DatePicker, Form, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { POST_LABELS, POSTS } from '../../../../server/domain/roster.ts';
import { keys } from '../../api/query-keys.ts';
import type { Person, Position, Post } from '../../api/types.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { appoint, endPosition } from './queries.ts';
import { S } from './strings.ts';

type AppointForm = { personId: string; post: Post; startDate: Dayjs };

const isoDay = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Appoints a person of the village to a post from a date. */
export function AppointModal({
  open,
  persons,
  personId,
  onClose,
}: {
  open: boolean;
  persons: Person[];
  personId?: string;
  onClose: () => void;
}) {
  return (
    <FormModal<AppointForm, Position>
      open={open}
      title={S.appointTitle}
      okText={S.save}
      cancelText={S.cancel}
      onClose={onClose}
      mutationFn={(v) => appoint({ personId: v.personId, post: v.post, startDate: isoDay(v.startDate) })}
      success={S.appointed}
      invalidate={[keys.org.villages]}
      initialValues={{ personId, startDate: dayjs() }}
    >
      <Form.Item name="personId" label={S.person} rules={[{ required: true, message: S.personRequired }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={persons.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item name="post" label={S.post} rules={[{ required: true, message: S.postRequired }]}>
        <Select options={POSTS.map((p) => ({ value: p, label: POST_LABELS[p] }))} />
      </Form.Item>
      <Form.Item name="startDate" label={S.startDate} rules={[{ required: true, message: S.dateRequired }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Typography.Text type="secondary">{S.appointHint}</Typography.Text>
    </FormModal>
  );
}

type EndForm = { endDate: Dayjs };

/** Records the end of a post. */
export function EndPositionModal({ position, onClose }: { position: Position | null; onClose: () => void }) {
  return (
    <FormModal<EndForm, Position>
      open={position !== null}
      title={position ? `${S.endPositionTitle}：${position.personName} · ${POST_LABELS[position.post]}` : ''}
      okText={S.save}
      cancelText={S.cancel}
      onClose={onClose}
      mutationFn={(v) => endPosition(position?.id ?? '', isoDay(v.endDate))}
      success={S.endPositionDone}
      invalidate={[keys.org.villages]}
      initialValues={{ endDate: dayjs() }}
    >
      <Form.Item name="endDate" label={S.endDate} rules={[{ required: true, message: S.dateRequired }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
