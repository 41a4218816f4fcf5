import { DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { LETTER_LIMITS } from '../../../../server/domain/letters.ts';
import type { LetterBoxes } from '../../../../server/modules/letters/letters.schema.ts';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { CodeReceipt } from './CodeReceipt.tsx';
import { enterPaperLetter, type PaperValues } from './queries.ts';
import { S } from './strings.ts';

type Values = Omit<PaperValues, 'receivedOn'> & { receivedOn: Dayjs };

/** 登记书面来信: a letter from the physical box, with the day it was received; shows its code once. */
export function PaperLetterModal({
  open,
  onClose,
  boxes,
}: {
  open: boolean;
  onClose: () => void;
  boxes: LetterBoxes | undefined;
}) {
  const [form] = Form.useForm<Values>();
  const [sent, setSent] = useState<{ code: string; receivedOn: string } | null>(null);
  const villageId = Form.useWatch('villageId', form);
  const subject = Form.useWatch('subject', form);
  const anonymous = Form.useWatch('anonymous', form);
  const cadres = boxes?.villages.find((v) => v.id === villageId)?.cadres ?? [];
  return (
    <>
      <FormModal<Values, { code: string; receivedOn: string }>
        open={open}
        title={S.paperTitle}
        intro={<Typography.Paragraph type="secondary">{S.paperIntro}</Typography.Paragraph>}
        form={form}
        name="paper-letter"
        onClose={onClose}
        initialValues={{ receivedOn: dayjs(), box: 'township', subject: 'village', anonymous: true }}
        mutationFn={(v) =>
          enterPaperLetter({
            ...v,
            receivedOn: v.receivedOn.format('YYYY-MM-DD'),
            ...(v.subject === 'cadre' ? {} : { personId: undefined }),
            ...(v.anonymous ? { name: undefined, phone: undefined } : {}),
          })
        }
        invalidate={[keys.letters.all]}
        onSuccess={(result) => setSent(result)}
        width={560}
      >
        <Form.Item
          name="receivedOn"
          label={S.receivedOnField}
          rules={[{ required: true, message: S.required }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="box" label={S.boxField}>
          <Radio.Group
            options={[
              { value: 'township', label: '乡监督信箱' },
              { value: 'village', label: '村监督信箱' },
            ]}
          />
        </Form.Item>
        <Form.Item name="villageId" label={S.villageField} rules={[{ required: true, message: S.required }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(boxes?.villages ?? []).map((v) => ({ value: v.id, label: v.name }))}
          />
        </Form.Item>
        <Form.Item name="subject" label={S.subjectField}>
          <Radio.Group
            options={[
              { value: 'village', label: '村里的事' },
              { value: 'cadre', label: '村干部' },
            ]}
          />
        </Form.Item>
        {subject === 'cadre' ? (
          <Form.Item name="personId" label={S.personField} rules={[{ required: true, message: S.required }]}>
            <Select options={cadres.map((c) => ({ value: c.personId, label: `${c.name}（${c.post}）` }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="content" label={S.contentField} rules={[{ required: true, message: S.required }]}>
          <Input.TextArea rows={5} maxLength={LETTER_LIMITS.contentMax} showCount />
        </Form.Item>
        <Form.Item name="anonymous" label={S.anonymousField}>
          <Radio.Group
            options={[
              { value: true, label: S.anonymous },
              { value: false, label: S.signed },
            ]}
          />
        </Form.Item>
        {anonymous === false ? (
          <>
            <Form.Item name="name" label={S.nameField} rules={[{ required: true, message: S.required }]}>
              <Input maxLength={LETTER_LIMITS.name} />
            </Form.Item>
            <Form.Item name="phone" label={S.phoneField}>
              <Input maxLength={20} />
            </Form.Item>
          </>
        ) : null}
      </FormModal>
      <Modal
        open={sent !== null}
        title={S.codeTitle}
        onCancel={() => setSent(null)}
        footer={null}
        destroyOnHidden
      >
        {sent ? (
          <CodeReceipt code={sent.code} receivedOn={sent.receivedOn} onDone={() => setSent(null)} />
        ) : null}
      </Modal>
    </>
  );
}
