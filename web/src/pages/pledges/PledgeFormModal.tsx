import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { addPledge, patchPledge } from './queries.ts';
import { S } from './strings.ts';
import type { Pledge, PledgeFields } from './types.ts';

type Values = Omit<PledgeFields, 'dueDate'> & { dueDate: Dayjs; reason?: string };

const P = S.pledge;
const need = (what: string) => [{ required: true, whitespace: true, message: P.required(what) }];

function toBody(v: Values): PledgeFields {
  return {
    category: v.category,
    title: v.title.trim(),
    content: v.content.trim(),
    completionStandard: v.completionStandard.trim(),
    dueDate: v.dueDate.format('YYYY-MM-DD'),
  };
}

/** Changed fields only, with the reason; the server keeps the old text as a revision. */
function toPatch(v: Values, old: Pledge) {
  const body = toBody(v);
  const changed = Object.fromEntries(
    Object.entries(body).filter(([k, value]) => old[k as keyof PledgeFields] !== value),
  );
  return { ...changed, ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) };
}

/** 新增 / 修改承诺事项: category from the campaign's config, due date within the campaign year. */
export function PledgeFormModal({
  open,
  onClose,
  participantId,
  categories,
  year,
  editing,
}: {
  open: boolean;
  onClose: () => void;
  participantId: string;
  categories: string[];
  year: number;
  editing: Pledge | null;
}) {
  const rejected = editing?.status === 'rejected';
  const initial = editing
    ? { ...editing, dueDate: dayjs(editing.dueDate) }
    : { category: categories[0], dueDate: dayjs(`${year}-12-31`) };
  return (
    <FormModal<Values>
      open={open}
      title={editing ? P.formEdit : P.formAdd}
      okText={P.save}
      cancelText={P.cancel}
      onClose={onClose}
      width={640}
      name="pledge"
      initialValues={initial}
      mutationFn={(v) =>
        editing ? patchPledge(editing.id, toPatch(v, editing)) : addPledge(participantId, toBody(v))
      }
      success={P.saved}
      invalidate={[keys.pledging.all]}
    >
      <Form.Item
        name="category"
        label={P.category}
        rules={[{ required: true, message: P.required(P.category) }]}
      >
        <Select options={categories.map((c) => ({ value: c, label: c }))} />
      </Form.Item>
      <Form.Item name="title" label={P.title} rules={need(P.title)}>
        <Input placeholder={P.titlePlaceholder} maxLength={60} showCount />
      </Form.Item>
      <Form.Item name="content" label={P.content} rules={need(P.content)}>
        <Input.TextArea
          placeholder={P.contentPlaceholder}
          maxLength={1000}
          autoSize={{ minRows: 3, maxRows: 8 }}
        />
      </Form.Item>
      <Form.Item name="completionStandard" label={P.standard} rules={need(P.standard)}>
        <Input.TextArea
          placeholder={P.standardPlaceholder}
          maxLength={500}
          autoSize={{ minRows: 2, maxRows: 6 }}
        />
      </Form.Item>
      <Form.Item
        name="dueDate"
        label={P.dueDate}
        rules={[
          { required: true, message: P.required(P.dueDate) },
          {
            validator: (_, d: Dayjs | undefined) =>
              !d || d.year() === year ? Promise.resolve() : Promise.reject(new Error(P.dueInYear(year))),
          },
        ]}
      >
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
      </Form.Item>
      {editing && (
        <Form.Item
          name="reason"
          label={P.reason}
          extra={rejected ? P.reasonForRejected : P.reasonHelp}
          rules={rejected ? need(P.reason) : []}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      )}
    </FormModal>
  );
}
