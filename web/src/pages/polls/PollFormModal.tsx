import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Input, Select } from 'antd';
import { optionsProblem } from '../../../../server/domain/voting/purposes.ts';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { createPoll } from './queries.ts';
import { OPTION_PRESETS, PURPOSE_LABELS, S } from './strings.ts';
import type { Poll, PollPurpose } from './types.ts';

type PresetKey = (typeof OPTION_PRESETS)[number]['key'];
type Values = {
  title: string;
  purpose: PollPurpose;
  questions: { label: string; preset: PresetKey }[];
  paperBallots: boolean;
  correctionReason?: string;
};

const F = S.form;
const DEFAULT_PRESET: Record<PollPurpose, PresetKey> = {
  pledge_confirmation: 'two_abstain',
  democratic_evaluation: 'four',
  recall: 'agree_abstain',
  general: 'agree_abstain',
};

const presetOptions = (key: PresetKey) =>
  (OPTION_PRESETS.find((p) => p.key === key) ?? OPTION_PRESETS[0]).options.map((o) => ({ ...o }));

/** The presets whose options the purpose's rule can decide on (the server's own check). */
const presetsFor = (purpose: PollPurpose) =>
  OPTION_PRESETS.filter((p) => optionsProblem(purpose, p.options) === null);

/** The preset a poll question's options came from (for prefilling a correction). */
function presetOf(purpose: PollPurpose, options: { label: string; kind: string }[]): PresetKey {
  const same = (p: (typeof OPTION_PRESETS)[number]) =>
    p.options.map((o) => `${o.kind}:${o.label}`).join('/') ===
    options.map((o) => `${o.kind}:${o.label}`).join('/');
  return OPTION_PRESETS.find(same)?.key ?? DEFAULT_PRESET[purpose];
}

/** 新建表决, or its correction: a new poll linked to the old one, with the reason. */
export function PollFormModal({
  open,
  meetingId,
  onClose,
  onCreated,
  corrects,
}: {
  open: boolean;
  meetingId: string;
  onClose: () => void;
  onCreated: (poll: Poll) => void;
  corrects?: Poll;
}) {
  const [form] = Form.useForm<Values>();
  const purpose = (Form.useWatch('purpose', form) ??
    corrects?.purpose ??
    'pledge_confirmation') as PollPurpose;
  const initial: Partial<Values> = corrects
    ? {
        title: `${corrects.title}（更正）`,
        purpose: corrects.purpose,
        paperBallots: corrects.paperBallots,
        questions: corrects.questions.map((q) => ({
          label: q.label,
          preset: presetOf(corrects.purpose, q.options),
        })),
      }
    : {
        purpose: 'pledge_confirmation',
        paperBallots: true,
        questions: [{ label: '', preset: DEFAULT_PRESET.pledge_confirmation }],
      };
  const onPurpose = (next: PollPurpose) => {
    const questions = form.getFieldValue('questions') as Values['questions'];
    form.setFieldValue(
      'questions',
      questions.map((q) => ({ ...q, preset: DEFAULT_PRESET[next] })),
    );
  };
  return (
    <FormModal<Values, Poll>
      open={open}
      title={corrects ? F.correctionTitle : F.title}
      okText={F.submit}
      cancelText={F.cancel}
      form={form}
      initialValues={initial}
      width={720}
      onClose={onClose}
      mutationFn={(v) =>
        createPoll(meetingId, {
          title: v.title.trim(),
          purpose: v.purpose,
          questions: v.questions.map((q) => ({ label: q.label.trim(), options: presetOptions(q.preset) })),
          paperBallots: v.paperBallots,
          correctsPollId: corrects?.id,
          correctionReason: corrects ? v.correctionReason?.trim() : undefined,
        })
      }
      success={F.saved}
      invalidate={[keys.meetings.all, keys.polls.all]}
      onSuccess={onCreated}
    >
      {corrects && (
        <Form.Item
          name="correctionReason"
          label={F.reason}
          rules={[{ required: true, whitespace: true, message: F.required(F.reason) }]}
        >
          <Input.TextArea rows={2} maxLength={500} placeholder={F.reasonPlaceholder} />
        </Form.Item>
      )}
      <Form.Item
        name="title"
        label={F.name}
        rules={[{ required: true, whitespace: true, message: F.required(F.name) }]}
      >
        <Input maxLength={100} placeholder={F.namePlaceholder} />
      </Form.Item>
      <Form.Item name="purpose" label={F.purpose}>
        <Select
          onChange={onPurpose}
          options={Object.entries(PURPOSE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item name="paperBallots" valuePropName="checked" extra={F.paperBallotsHelp}>
        <Checkbox>{F.paperBallots}</Checkbox>
      </Form.Item>
      <Alert type="info" showIcon title={F.questionsHelp} style={{ marginBottom: 12 }} />
      <Form.List name="questions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <Form.Item
                  name={[field.name, 'label']}
                  label={F.question(index + 1)}
                  rules={[{ required: true, whitespace: true, message: F.required(F.question(index + 1)) }]}
                  style={{ flex: '1 1 280px', marginBottom: 12 }}
                >
                  <Input maxLength={200} placeholder={F.questionPlaceholder} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'preset']}
                  label={F.preset}
                  style={{ flex: '0 1 260px', marginBottom: 12 }}
                >
                  <Select options={presetsFor(purpose).map((p) => ({ value: p.key, label: p.label }))} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={F.remove}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined />}
              type="dashed"
              block
              disabled={fields.length >= 100}
              onClick={() => add({ label: '', preset: DEFAULT_PRESET[purpose] })}
            >
              {F.addQuestion}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
