import { z } from 'zod';
import { POLL_STATUSES } from '../../db/schema/voting.ts';
import { OPTION_KINDS } from '../../domain/voting/option-kinds.ts';

export const fieldLabels: Record<string, string> = {
  code: '选票码',
  choices: '选择',
  questionId: '议题',
  optionId: '选项',
};

export const lookupBody = z.strictObject({ code: z.string().trim().min(1, '请输入选票码').max(40) });

export const castBody = z.strictObject({
  code: z.string().trim().min(1, '请输入选票码').max(40),
  choices: z
    .array(z.strictObject({ questionId: z.uuid(), optionId: z.uuid() }))
    .min(1, '请作出选择')
    .max(100),
});
export type CastBody = z.infer<typeof castBody>;

export const ballotPaper = z.object({
  pollId: z.string(),
  title: z.string(),
  meetingTitle: z.string(),
  village: z.string(),
  questions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      /** `kind` lets the page set 弃权 apart from the choices; villagers see only the labels. */
      options: z.array(z.object({ id: z.string(), label: z.string(), kind: z.enum(OPTION_KINDS) })),
    }),
  ),
});

export const receipt = z.object({ tracker: z.string() });

export const boardParams = z.strictObject({ id: z.uuid() });

export const board = z.object({
  title: z.string(),
  status: z.enum(POLL_STATUSES),
  trackers: z.array(z.string()),
  totals: z.array(
    z.object({
      questionId: z.string(),
      label: z.string(),
      options: z.array(z.object({ id: z.string(), label: z.string(), votes: z.number() })),
      blank: z.number(),
      invalid: z.number(),
      passed: z.boolean(),
      rejected: z.boolean(),
      verdict: z.string(),
      rule: z.string(),
    }),
  ),
});
