import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Select,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  LETTER_BOX_LABELS,
  LETTER_CHANNEL_LABELS,
  LETTER_LIMITS,
  LETTER_SUBJECT_LABELS,
} from '../../../../server/domain/letters.ts';
import type { LetterAction } from '../../../../server/domain/policies/letter.ts';
import { keys } from '../../api/query-keys.ts';
import { useAppMutation } from '../../api/use-app-mutation.ts';
import { BackLink } from '../../shared/BackLink.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { Page } from '../../shared/Page.tsx';
import { aboutText, StatusTag } from './LetterTags.tsx';
import {
  answerLetter,
  assignLetter,
  closeLetter,
  type LetterItem,
  type StaffLetter,
  useHandlers,
  useLetter,
} from './queries.ts';
import { S } from './strings.ts';

type AssignForm = { handlerUserId?: string; handlerUnit: string; dueOn?: Dayjs };

function AssignModal({ letter, open, onClose }: { letter: StaffLetter; open: boolean; onClose: () => void }) {
  const handlers = useHandlers(letter.id, open).data;
  return (
    <FormModal<AssignForm, LetterItem>
      open={open}
      title={S.assignTitle}
      name="assign-letter"
      onClose={onClose}
      initialValues={{
        handlerUserId: letter.handlerUserId ?? undefined,
        handlerUnit: letter.handlerUnit ?? '',
      }}
      mutationFn={(v) =>
        assignLetter(letter.id, {
          handlerUnit: v.handlerUnit,
          ...(v.handlerUserId ? { handlerUserId: v.handlerUserId } : {}),
          ...(v.dueOn ? { dueOn: v.dueOn.format('YYYY-MM-DD') } : {}),
        })
      }
      success={S.assigned}
      invalidate={[keys.letters.all]}
    >
      <Form.Item name="handlerUnit" label={S.handlerUnit} rules={[{ required: true, message: S.required }]}>
        <Input maxLength={LETTER_LIMITS.handlerUnit} placeholder={S.handlerUnitPlaceholder} />
      </Form.Item>
      <Form.Item name="handlerUserId" label={S.handlerUser}>
        <Select
          allowClear
          options={(handlers?.handlers ?? []).map((h) => ({
            value: h.userId,
            label: `${h.name}（${h.roleLabel}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="dueOn"
        label={S.dueOn}
        extra={handlers ? S.dueHint(handlers.defaultDueOn, handlers.dueDays) : undefined}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

function AnswerModal({ letter, open, onClose }: { letter: StaffLetter; open: boolean; onClose: () => void }) {
  return (
    <FormModal<{ answer: string }, LetterItem>
      open={open}
      title={S.answerTitle}
      name="answer-letter"
      intro={<Typography.Paragraph type="secondary">{S.answerHint}</Typography.Paragraph>}
      onClose={onClose}
      initialValues={{ answer: '' }}
      mutationFn={(v) => answerLetter(letter.id, v.answer)}
      success={S.answered}
      invalidate={[keys.letters.all]}
    >
      <Form.Item name="answer" label={S.answer} rules={[{ required: true, message: S.required }]}>
        <Input.TextArea rows={6} maxLength={LETTER_LIMITS.answerMax} showCount />
      </Form.Item>
    </FormModal>
  );
}

function Steps({ letter }: { letter: StaffLetter }) {
  return (
    <Timeline
      items={letter.events.map((e) => ({
        content: (
          <>
            <Typography.Text strong>{S.event[e.kind]}</Typography.Text> {e.on}
            {e.handlerUnit ? `：${e.handlerUnit}` : ''}
            {e.dueOn ? S.dueBy(e.dueOn) : ''}
          </>
        ),
      }))}
    />
  );
}

function StaffView({ letter }: { letter: StaffLetter }) {
  const [dialog, setDialog] = useState<'assign' | 'answer' | null>(null);
  const close = useAppMutation({
    mutationFn: () => closeLetter(letter.id),
    success: S.closed,
    invalidate: [keys.letters.all],
  });
  const act = (action: LetterAction) => {
    if (action === 'close') void close.confirm(undefined, { title: S.closeConfirm, content: S.closeText });
    else setDialog(action);
  };
  const writer = letter.anonymous ? S.anonymous : (letter.writerName ?? S.notShown);
  return (
    <>
      <Flex gap={8} wrap style={{ margin: '12px 0' }}>
        {letter.allowedActions.map((a) => (
          <Button
            key={a}
            type={a === 'answer' ? 'primary' : 'default'}
            onClick={() => act(a)}
            data-testid={`letter-${a}`}
          >
            {S.actions[a]}
          </Button>
        ))}
      </Flex>
      <Card style={{ marginBottom: 12 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={S.col.status}>
            <StatusTag status={letter.status} overdue={letter.overdue} />
            {letter.replied && letter.status !== 'closed' ? S.replied : null}
          </Descriptions.Item>
          <Descriptions.Item label={S.col.receivedOn}>{letter.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={S.col.box}>{LETTER_BOX_LABELS[letter.box]}</Descriptions.Item>
          <Descriptions.Item label={S.col.about}>
            {LETTER_SUBJECT_LABELS[letter.subject]}：{aboutText(letter)}
          </Descriptions.Item>
          <Descriptions.Item label={S.writer}>
            <span data-testid="letter-writer">{writer}</span>
          </Descriptions.Item>
          {letter.writerPhone ? (
            <Descriptions.Item label={S.phone}>{letter.writerPhone}</Descriptions.Item>
          ) : null}
          {letter.channel ? (
            <Descriptions.Item label={S.channel}>{LETTER_CHANNEL_LABELS[letter.channel]}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={S.col.handler}>
            {[letter.handlerUnit, letter.handlerName].filter(Boolean).join(' · ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={S.col.dueOn}>{letter.dueOn ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={S.content} style={{ marginBottom: 12 }}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="letter-content">
          {letter.content}
        </Typography.Paragraph>
      </Card>
      {letter.answer ? (
        <Card title={`${S.answer}（${letter.answeredOn ?? ''}）`} style={{ marginBottom: 12 }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{letter.answer}</Typography.Paragraph>
        </Card>
      ) : null}
      {letter.reply ? (
        <Card title={`${S.reply}（${letter.repliedOn ?? ''}）`} style={{ marginBottom: 12 }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{letter.reply}</Typography.Paragraph>
        </Card>
      ) : null}
      <Card title={S.steps}>
        <Steps letter={letter} />
      </Card>
      <AssignModal letter={letter} open={dialog === 'assign'} onClose={() => setDialog(null)} />
      <AnswerModal letter={letter} open={dialog === 'answer'} onClose={() => setDialog(null)} />
    </>
  );
}

/** One letter: the office assigns, answers and closes from the buttons the server allows. */
export function LetterPage() {
  const { letterId = '' } = useParams();
  const letter = useLetter(letterId).data;
  return (
    <Page title={S.detailTitle}>
      <BackLink to="/mailbox">{S.back}</BackLink>
      {letter?.view === 'answer_only' ? (
        <Card>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={S.col.about}>{aboutText(letter)}</Descriptions.Item>
            <Descriptions.Item label={S.answer}>{letter.answer ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={S.answeredOn}>{letter.answeredOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={S.closedOn}>{letter.closedOn ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
      ) : letter ? (
        <StaffView letter={letter} />
      ) : null}
    </Page>
  );
}
