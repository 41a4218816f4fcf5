import { AppError } from '../../core/errors.ts';

/**
 * An account on a first password (new, or just reset) may only say who it is, change its password
 * and sign out; every other route refuses until the password is changed (http/auth.ts asks this).
 */
export const ROUTES_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set([
  '/api/auth/me',
  '/api/auth/password',
  '/api/auth/logout',
]);

export const passwordChangeRequired = () =>
  new AppError('forbidden', 'PASSWORD_CHANGE_REQUIRED', '这是初始密码，请先修改密码再使用系统');
