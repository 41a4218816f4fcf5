import { z } from 'zod';
import {
  LETTER_BOXES,
  LETTER_CHANNELS,
  LETTER_LIMITS,
  LETTER_STATUSES,
  LETTER_SUBJECTS,
} from '../../domain/letters.ts';
import { LETTER_ACTIONS } from '../../domain/policies/letter.ts';
import { isoDate } from '../../http/date-fields.ts';

export const fieldLabels: Record<string, string> = {
  box: '信箱',
  townshipId: '乡镇',
  villageId: '村',
  subject: '反映对象',
  personId: '村干部',
  publicationId: '公示',
  anonymous: '是否署名',
  name: '姓名',
  phone: '电话',
  content: '信件内容',
  code: '查询码',
  receivedOn: '收信日期',
  handlerUserId: '承办人',
  handlerUnit: '承办单位',
  dueOn: '答复期限',
  answer: '答复内容',
  reply: '回复内容',
  status: '状态',
  overdue: '是否超期',
  township: '乡镇',
  village: '村',
  publication: '公示',
  letterId: '信件',
};

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min > 1 ? `至少写 ${min} 个字` : '不能为空')
    .max(max, `不能超过 ${max} 个字`);

const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, '请填写正确的电话号码');

/** What a writer sends (online) or the office enters from a paper letter. */
export const letterBody = z.strictObject({
  box: z.enum(LETTER_BOXES),
  townshipId: z.uuid().optional(),
  villageId: z.uuid().optional(),
  subject: z.enum(LETTER_SUBJECTS),
  personId: z.uuid().optional(),
  publicationId: z.uuid().optional(),
  anonymous: z.boolean(),
  name: z.string().trim().max(LETTER_LIMITS.name, `不能超过 ${LETTER_LIMITS.name} 个字`).optional(),
  phone: phone.optional().or(z.literal('')),
  content: text(LETTER_LIMITS.contentMin, LETTER_LIMITS.contentMax),
});
export type LetterBody = z.infer<typeof letterBody>;

export const paperLetterBody = letterBody.extend({ receivedOn: isoDate });
export type PaperLetterBody = z.infer<typeof paperLetterBody>;

export const codeBody = z.strictObject({ code: z.string().trim().min(1, '请输入查询码').max(40) });
export const replyBody = codeBody.extend({ reply: text(2, LETTER_LIMITS.replyMax) });

export const assignBody = z.strictObject({
  handlerUserId: z.uuid().optional(),
  handlerUnit: text(1, LETTER_LIMITS.handlerUnit),
  /** Default: today + the default number of days, in the township's zone. */
  dueOn: isoDate.optional(),
});
export const answerBody = z.strictObject({ answer: text(5, LETTER_LIMITS.answerMax) });

export const idParams = z.strictObject({ id: z.uuid() });
export const boxesQuery = z.strictObject({
  township: z.uuid().optional(),
  village: z.uuid().optional(),
  publication: z.uuid().optional(),
});
export const listQuery = z.strictObject({
  status: z.enum(LETTER_STATUSES).optional(),
  villageId: z.uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

/** What the writer gets once: the code, to write down. */
export const submitted = z.object({ code: z.string(), receivedOn: z.string() });

const event = z.object({
  kind: z.enum(['received', 'assigned', 'answered', 'replied', 'closed']),
  on: z.string(),
  dueOn: z.string().nullable(),
});

/** What the writer reads with the code: dates, the answer, their reply; nothing of the office's people. */
export const followView = z.object({
  status: z.enum(LETTER_STATUSES),
  boxLabel: z.string(),
  about: z.string(),
  content: z.string(),
  receivedOn: z.string(),
  dueOn: z.string().nullable(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  mayReply: z.boolean(),
  events: z.array(event),
});

const actions = z.array(z.enum(LETTER_ACTIONS));

/** A letter in the office's list or on its page (who wrote only in the office's own view). */
export const staffLetter = z.object({
  view: z.enum(['full', 'staff']),
  id: z.uuid(),
  status: z.enum(LETTER_STATUSES),
  box: z.enum(LETTER_BOXES),
  subject: z.enum(LETTER_SUBJECTS),
  villageId: z.uuid().nullable(),
  villageName: z.string().nullable(),
  personName: z.string().nullable(),
  publicationTitle: z.string().nullable(),
  content: z.string(),
  receivedOn: z.string(),
  anonymous: z.boolean(),
  /** Office only: of a signed letter. */
  writerName: z.string().nullable(),
  writerPhone: z.string().nullable(),
  channel: z.enum(LETTER_CHANNELS).nullable(),
  handlerUserId: z.uuid().nullable(),
  handlerName: z.string().nullable(),
  handlerUnit: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  replied: z.boolean(),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  events: z.array(event.extend({ handlerUnit: z.string().nullable() })),
  allowedActions: actions,
});

/** A closed letter as a cadre or clerk of the village reads it (policies/letter.ts): the answer only. */
export const answerOnlyLetter = z.object({
  view: z.literal('answer_only'),
  id: z.uuid(),
  status: z.literal('closed'),
  subject: z.enum(LETTER_SUBJECTS),
  villageName: z.string().nullable(),
  personName: z.string().nullable(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  allowedActions: actions,
});

export const letterView = z.discriminatedUnion('view', [staffLetter, answerOnlyLetter]);
export const letterList = z.object({
  letters: z.array(letterView),
  counts: z.object({ open: z.number(), overdue: z.number() }),
  /** May the caller enter paper letters (the office). */
  mayEnterPaper: z.boolean(),
});

export const boxesView = z.object({
  townshipId: z.uuid(),
  townshipName: z.string(),
  villages: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      cadres: z.array(z.object({ personId: z.uuid(), name: z.string(), post: z.string() })),
    }),
  ),
  publication: z
    .object({ id: z.uuid(), title: z.string(), villageId: z.uuid().nullable(), objectionEndDate: z.string() })
    .nullable(),
  preselectedVillageId: z.uuid().nullable(),
});

export const handlersQuery = z.strictObject({ letterId: z.uuid().optional() });

export const handlerCandidates = z.object({
  handlers: z.array(z.object({ userId: z.uuid(), name: z.string(), roleLabel: z.string() })),
  /** The answer period (days) the default due date is counted with. */
  dueDays: z.number(),
  defaultDueOn: z.string(),
});

export type StaffLetter = z.infer<typeof staffLetter>;
export type AnswerOnlyLetter = z.infer<typeof answerOnlyLetter>;
export type LetterItem = z.infer<typeof letterView>;
export type LetterList = z.infer<typeof letterList>;
export type LetterBoxes = z.infer<typeof boxesView>;
export type HandlerCandidates = z.infer<typeof handlerCandidates>;
