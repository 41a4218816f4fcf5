import type { ModuleDefinition } from '../module.ts';
import { authRoutes } from './auth.routes.ts';

/** Sign-in, sessions and accounts; its fields (用户名, 密码…) are among the common labels. */
export const authModule: ModuleDefinition = { name: 'auth', label: '账号与登录', routes: authRoutes };
