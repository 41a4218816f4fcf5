import { z } from 'zod';
import { parseIdCard } from '../../domain/person-id.ts';
import { COUNT_MAX, isValidPhone, NAME_MAX, PHONE_HINT, POSTS } from '../../domain/roster.ts';
import { VILLAGE_CODE } from '../../domain/village-order.ts';
import { isoDate } from '../../http/date-fields.ts';

export const fieldLabels: Record<string, string> = {
  townshipId: '乡镇',
  villageId: '村',
  code: '村代码（统计用区划代码）',
  personId: '人员',
  adultPopulation: '18岁以上人口',
  households: '户数',
  representatives: '村民代表人数',
  partyMembers: '党员人数',
  gender: '性别',
  birthYear: '出生年份',
  phone: '电话',
  idCard: '身份证号',
  partyMember: '是否党员',
  post: '职务',
  startDate: '任职日期',
  endDate: '离任日期',
  dryRun: '仅预览',
  file: '名册文件',
  id: '编号',
};

/** Missing → 必须填写; another type → the expected kind (clearer than zod's generic type message). */
const required = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? '必须填写' : expected;
const name = z
  .string({ error: required('应为文字') })
  .trim()
  .min(1, '不能为空')
  .max(NAME_MAX, `不能超过 ${NAME_MAX} 个字`);
const count = z
  .number({ error: required('应为数字') })
  .int('应为整数')
  .min(0, '不能小于 0')
  .max(COUNT_MAX, `不能大于 ${COUNT_MAX}`);
const phone = z
  .string()
  .trim()
  .max(20, '不能超过 20 个字符')
  .refine((s) => s === '' || isValidPhone(s), PHONE_HINT);
/** A 居民身份证号码 as typed (spaces, full-width digits, a small x are fine); '' clears it. */
const idCard = z
  .string({ error: required('应为文字') })
  .max(40, '不能超过 40 个字符')
  .superRefine((text, ctx) => {
    if (text.trim() === '') return;
    const parsed = parseIdCard(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  });
const gender = z.enum(['男', '女'], '应为“男”或“女”');
const birthYear = z
  .number({ error: required('应为数字') })
  .int('应为整数')
  .min(1900, '不能早于 1900 年')
  .max(new Date().getFullYear(), '不能晚于今年');
const nonEmpty = (o: object) => Object.keys(o).length > 0;
const NOTHING_TO_CHANGE = '请至少填写一项要修改的内容';

export const idParams = z.strictObject({ id: z.uuid('编号格式不正确') });

export const villagesQuery = z.strictObject({ townshipId: z.uuid('编号格式不正确').optional() });

const villageCode = z
  .string({ error: required('应为文字') })
  .trim()
  .regex(VILLAGE_CODE, '应为 12 位数字的统计用区划代码，如 410881103201');
const villageFields = {
  name,
  code: villageCode.nullable().optional(),
  adultPopulation: count,
  households: count,
  representatives: count,
  partyMembers: count,
};
export const villageBody = z.strictObject(villageFields);
export const villagePatch = z.strictObject(villageFields).partial().refine(nonEmpty, NOTHING_TO_CHANGE);
export type VillageBody = z.infer<typeof villageBody>;
export type VillagePatch = z.infer<typeof villagePatch>;

const personFields = {
  name,
  gender: gender.nullable().optional(),
  birthYear: birthYear.nullable().optional(),
  phone: phone.nullable().optional(),
  idCard: idCard.nullable().optional(),
  partyMember: z.boolean({ error: required('应为 true 或 false') }),
};
export const personBody = z.strictObject({ villageId: z.uuid('编号格式不正确'), ...personFields });
export const personPatch = z.strictObject(personFields).partial().refine(nonEmpty, NOTHING_TO_CHANGE);
export type PersonBody = z.infer<typeof personBody>;
export type PersonPatch = z.infer<typeof personPatch>;

export const positionBody = z.strictObject({
  personId: z.uuid('编号格式不正确'),
  post: z.enum(POSTS, '应为党支部书记或村委会主任'),
  startDate: isoDate,
});
export const endPositionBody = z.strictObject({ endDate: isoDate });
export type PositionBody = z.infer<typeof positionBody>;

export const importQuery = z.strictObject({
  dryRun: z.enum(['true', 'false'], '应为 true 或 false').optional(),
});

const holder = z.object({ personId: z.string(), name: z.string() }).nullable();

export const townshipItem = z.object({ id: z.string(), name: z.string(), villageCount: z.number() });

export const villageItem = z.object({
  id: z.string(),
  townshipId: z.string(),
  townshipName: z.string(),
  name: z.string(),
  /** 统计用区划代码; villages are listed in its order. */
  code: z.string().nullable(),
  adultPopulation: z.number(),
  households: z.number(),
  representatives: z.number(),
  partyMembers: z.number(),
  secretary: holder,
  director: holder,
  /** One person holds both posts (一肩挑). */
  dualRole: z.boolean(),
});

export const personItem = z.object({
  id: z.string(),
  villageId: z.string(),
  name: z.string(),
  gender: gender.nullable(),
  birthYear: z.number().nullable(),
  phone: z.string().nullable(),
  /** The ID-card number as shown to people (419001********1234); the full number is never sent. */
  idCardMasked: z.string().nullable(),
  partyMember: z.boolean({ error: required('应为 true 或 false') }),
  /** Posts held now (open positions). */
  currentPosts: z.array(z.enum(POSTS)),
});

export const positionItem = z.object({
  id: z.string(),
  villageId: z.string(),
  personId: z.string(),
  personName: z.string(),
  post: z.enum(POSTS),
  startDate: z.string(),
  endDate: z.string().nullable(),
  current: z.boolean(),
});

export const villageDetail = villageItem.extend({
  persons: z.array(personItem),
  positions: z.array(positionItem),
});

/** Something the office should know about one row before it confirms (e.g. who a name was taken to be). */
const importNote = z.object({ row: z.number(), column: z.string(), message: z.string() });

export const importResult = z.object({
  villagesCreated: z.number(),
  villagesUpdated: z.number(),
  personsCreated: z.number(),
  /** Persons matched by their number to a registration in another village, moved here. */
  personsMoved: z.number(),
  /** Numbers registered to persons who had none. */
  idCardsAdded: z.number(),
  positionsCreated: z.number(),
  positionsEnded: z.number(),
  notes: z.array(importNote),
  /** true: a preview; nothing was stored. */
  dryRun: z.boolean(),
});

export type VillageItem = z.infer<typeof villageItem>;
export type PersonItem = z.infer<typeof personItem>;
export type PositionItem = z.infer<typeof positionItem>;
export type ImportResult = z.infer<typeof importResult>;
