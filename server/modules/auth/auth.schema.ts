import { z } from 'zod';
import { ROLES } from '../../domain/roles.ts';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});

export const changePasswordBody = z.strictObject({
  oldPassword: z.string().min(1, '请输入原密码').max(128),
  newPassword: z.string().min(1, '请输入新密码').max(128),
});

export const meResponse = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  countyId: z.string(),
  townshipId: z.string().nullable(),
  villageId: z.string().nullable(),
  orgName: z.string(),
  personId: z.string().nullable(),
  /** The person whose 履职档案 the home page links to as the caller's own (domain/policies/history.ts). */
  ownHistoryPersonId: z.string().nullable(),
  contactVillageIds: z.array(z.string()),
  /** The township's time zone (the default for county accounts): every time the web prints is in it. */
  timeZone: z.string(),
  csrfToken: z.string(),
  /** What the role may do (domain/permissions.ts): the web shows its pages and menus from this. */
  permissions: z.array(z.string()),
  /** On a first password: the web app sends the person to the password change, and nowhere else. */
  mustChangePassword: z.boolean(),
});

export const okResponse = z.object({ ok: z.literal(true) });

export const loginResponse = z.object({ ok: z.literal(true), mustChangePassword: z.boolean() });
