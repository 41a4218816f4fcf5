import { Form, Input, Radio, Select } from 'antd';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { addPaperOpinion, handleOpinion } from './queries.ts';
import { S } from './strings.ts';
import type { Opinion, Pledge } from './types.ts';

const O = S.opinions;

type HandleValues = { handling: 'adopted' | 'explained'; note: string };

/** 采纳 / 解释说明, with a note the villagers could be told. */
export function HandleOpinionModal({ opinion, onClose }: { opinion: Opinion | null; onClose: () => void }) {
  const [form] = Form.useForm<HandleValues>();
  const handling = Form.useWatch('handling', form);
  return (
    <FormModal<HandleValues>
      open={opinion !== null}
      title={O.handleTitle}
      okText={S.pledge.save}
      cancelText={S.pledge.cancel}
      onClose={onClose}
      form={form}
      name="handleOpinion"
      initialValues={{ handling: 'adopted' }}
      intro={
        <blockquote
          style={{ margin: '0 0 16px', paddingInlineStart: 12, borderInlineStart: '3px solid #d9d9d9' }}
        >
          {opinion?.content}
        </blockquote>
      }
      mutationFn={(v) => handleOpinion(opinion?.id ?? '', { handling: v.handling, note: v.note.trim() })}
      success={O.handled}
      invalidate={[keys.pledging.all]}
    >
      <Form.Item name="handling" label={O.handling} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'adopted', label: O.adopted },
            { value: 'explained', label: O.explained },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={O.note}
        rules={[{ required: true, whitespace: true, message: S.pledge.required(O.note) }]}
      >
        <Input.TextArea
          maxLength={500}
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={handling === 'explained' ? O.notePlaceholderExplained : O.notePlaceholderAdopted}
        />
      </Form.Item>
    </FormModal>
  );
}

type PaperValues = { pledgeId?: string; name?: string; content: string };

/** The clerk types in an opinion gathered on paper. */
export function PaperOpinionModal({
  open,
  onClose,
  setId,
  pledges,
}: {
  open: boolean;
  onClose: () => void;
  setId: string;
  pledges: Pledge[];
}) {
  return (
    <FormModal<PaperValues>
      open={open}
      title={O.paperTitle}
      okText={S.pledge.save}
      cancelText={S.pledge.cancel}
      onClose={onClose}
      name="paperOpinion"
      mutationFn={(v) =>
        addPaperOpinion(setId, {
          content: v.content.trim(),
          ...(v.pledgeId ? { pledgeId: v.pledgeId } : {}),
          ...(v.name?.trim() ? { name: v.name.trim() } : {}),
        })
      }
      success={O.paperSaved}
      invalidate={[keys.pledging.all]}
    >
      <Form.Item name="pledgeId" label={O.pledge}>
        <Select
          allowClear
          placeholder={O.wholeSet}
          options={pledges
            .filter((p) => p.status !== 'withdrawn')
            .map((p) => ({ value: p.id, label: p.title }))}
        />
      </Form.Item>
      <Form.Item name="name" label={O.name}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item
        name="content"
        label={O.content}
        rules={[{ required: true, whitespace: true, message: S.pledge.required(O.content) }]}
      >
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </FormModal>
  );
}
