import { readConfig } from '../../config.ts';
import { DEFAULT_TIME_ZONE } from '../../domain/local-time.ts';
import { permissionsOf } from '../../domain/permissions.ts';
import { ownHistoryPersonId } from '../../domain/policies/history.ts';
import { ROLE_LABELS } from '../../domain/roles.ts';
import type { App } from '../../http/app.ts';
import { actorOf, CSRF_COOKIE, SESSION_COOKIE } from '../../http/auth.ts';
import { publicUseCase, useCase } from '../../http/use-case.ts';
import { townshipZone } from '../pledges/township-zone.ts';
import { changePasswordBody, loginBody, loginResponse, meResponse, okResponse } from './auth.schema.ts';
import {
  changePassword,
  checkCredentials,
  orgNameOf,
  preparePasswordChange,
  startSession,
} from './auth.service.ts';
import { deleteSession } from './session.service.ts';

const cookieBase = { path: '/', sameSite: 'strict' as const, secure: readConfig().secureCookies };

export async function authRoutes(app: App) {
  app.post(
    '/auth/login',
    {
      config: { permission: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: '登录', body: loginBody, response: { 200: loginResponse } },
    },
    async (req, reply) => {
      // The client's address (behind a trusted proxy, the one it names): the throttle's source.
      const source = req.ip;
      const user = await checkCredentials(app.database.db, req.body.username, req.body.password, source);
      const session = await publicUseCase(req, (tx) => startSession(tx, user, source));
      reply.setCookie(SESSION_COOKIE, session.token, {
        ...cookieBase,
        httpOnly: true,
        expires: session.expiresAt,
      });
      reply.setCookie(CSRF_COOKIE, session.csrfToken, {
        ...cookieBase,
        httpOnly: false,
        expires: session.expiresAt,
      });
      return { ok: true as const, mustChangePassword: user.mustChangePassword };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { permission: 'public' },
      schema: { tags: ['auth'], summary: '退出登录', response: { 200: okResponse } },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await publicUseCase(req, (tx) => deleteSession(tx, token));
      reply.clearCookie(SESSION_COOKIE, cookieBase).clearCookie(CSRF_COOKIE, cookieBase);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { permission: 'account.self' },
      schema: { tags: ['auth'], summary: '当前用户', response: { 200: meResponse } },
    },
    async (req) => {
      const actor = actorOf(req);
      return {
        userId: actor.userId,
        username: actor.username,
        displayName: actor.displayName,
        role: actor.role,
        roleLabel: ROLE_LABELS[actor.role],
        ...actor.scope,
        orgName: await orgNameOf(app.database.db, actor),
        personId: actor.personId,
        ownHistoryPersonId: ownHistoryPersonId(actor),
        contactVillageIds: actor.contactVillageIds,
        timeZone: actor.scope.townshipId
          ? await townshipZone(app.database.db, actor.scope.townshipId)
          : DEFAULT_TIME_ZONE,
        csrfToken: req.csrfToken ?? '',
        permissions: permissionsOf(actor.role),
        mustChangePassword: req.mustChangePassword,
      };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { permission: 'account.self', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '修改密码',
        body: changePasswordBody,
        response: { 200: okResponse },
      },
    },
    async (req) => {
      const { oldPassword, newPassword } = req.body;
      const change = await preparePasswordChange(app.database.db, actorOf(req), oldPassword, newPassword);
      await useCase(req, (tx, actor) => changePassword(tx, actor, req.cookies[SESSION_COOKIE] ?? '', change));
      return { ok: true as const };
    },
  );
}
