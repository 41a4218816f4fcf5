import { z } from 'zod';
import { ACCOUNT_ACTIONS } from '../../domain/policies/account.ts';
import { ROLES } from '../../domain/roles.ts';

export const fieldLabels: Record<string, string> = {
  role: '角色',
  personId: '人员',
  townshipId: '乡镇',
  villageId: '村',
  username: '用户名',
  displayName: '姓名（显示名）',
  accounts: '账号',
  status: '状态',
  q: '关键词',
  id: '编号',
};

const uuid = z.uuid('编号格式不正确');
/** Latin letters, digits, . _ - : what a phone keyboard types without switching. */
export const username = z
  .string()
  .trim()
  .min(3, '至少 3 个字符')
  .max(32, '不能超过 32 个字符')
  .regex(/^[A-Za-z][A-Za-z0-9._-]*$/, '只能用字母、数字和 . _ -，并以字母开头');
const displayName = z.string().trim().min(1, '不能为空').max(40, '不能超过 40 个字');

/** One account to create: a person's (people roles) or an office's (township office, county). */
export const accountBody = z.strictObject({
  role: z.enum(ROLES, '请选择角色'),
  /** The person of the roster the account speaks for: required for people roles. */
  personId: uuid.optional(),
  /** A township office's township (county administrator only); others take it from the person. */
  townshipId: uuid.optional(),
  /** Chosen by the office, or left out to be made from the role (e.g. pw3746). */
  username: username.optional(),
  /** Left out for a person: their name and post. */
  displayName: displayName.optional(),
});
export type AccountBody = z.infer<typeof accountBody>;

export const bulkBody = z.strictObject({
  accounts: z.array(accountBody).min(1, '请至少选择一人').max(200, '一次最多 200 个账号'),
});

export const accountsQuery = z.strictObject({
  role: z.enum(ROLES).optional(),
  villageId: uuid.optional(),
  status: z.enum(['active', 'pending', 'disabled']).optional(),
  q: z.string().trim().max(40, '不能超过 40 个字').optional(),
});
export type AccountsQuery = z.infer<typeof accountsQuery>;

export const idParams = z.strictObject({ id: uuid });

export const accountItem = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  townshipId: z.string().nullable(),
  villageId: z.string().nullable(),
  /** Where the account belongs: 愚公乡王屋村, 愚公乡, 示范县. */
  orgName: z.string(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  disabled: z.boolean(),
  /** Still on its first password (never signed in and changed it, or reset since). */
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  allowedActions: z.array(z.enum(ACCOUNT_ACTIONS)),
});
export type AccountItem = z.infer<typeof accountItem>;

/** What a printed account slip says. The first password is in this answer only, never stored in clear. */
export const accountSlip = z.object({ account: accountItem, firstPassword: z.string() });
export const slipsResponse = z.object({ slips: z.array(accountSlip) });

/** A person of the office's roster, with the accounts they already have (for the bulk form). */
export const rosterPerson = z.object({
  personId: z.string(),
  name: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  /** Current posts, e.g. ['党支部书记']. */
  posts: z.array(z.string()),
  accounts: z.array(z.object({ id: z.string(), role: z.enum(ROLES), disabled: z.boolean() })),
});

export const managedRoles = z.object({
  roles: z.array(
    z.object({
      role: z.enum(ROLES),
      label: z.string(),
      personBound: z.boolean(),
      townshipBound: z.boolean(),
    }),
  ),
});
