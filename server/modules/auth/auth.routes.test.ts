import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { changePassword, preparePasswordChange } from './auth.service.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('auth', () => {
  it('logs in, reports the caller, and logs out', async () => {
    const office = await t.as('office');
    const me = await office.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'office', role: 'township_office', orgName: '愚公乡' });
    const out = await office.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    expect((await office.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('sets an httpOnly SameSite=Strict session cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'clerk', password: 'Demo2026' },
    });
    const session = res.cookies.find((c) => c.name === 'vp_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  });

  it('refuses a wrong password with a Chinese message and locks after five failures', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'juror', password: 'wrong' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('用户名或密码不正确');
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'juror', password: 'Demo2026' },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(/已锁定/);
  });

  it('names the missing field and refuses unknown ones', async () => {
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'office' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'INVALID_INPUT', field: 'password' });
    expect(missing.json().error.message).toMatch(/密码/);
    const extra = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'office', password: 'x', admin: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.field).toBe('admin');
  });

  it('changes a password and keeps the current session only', async () => {
    const cadre = await t.as('cadre');
    const weak = await cadre.post('/api/auth/password', { oldPassword: 'Demo2026', newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.field).toBe('newPassword');
    const ok = await cadre.post('/api/auth/password', {
      oldPassword: 'Demo2026',
      newPassword: 'Village2027x',
    });
    expect(ok.statusCode).toBe(200);
    expect((await cadre.get('/api/auth/me')).statusCode).toBe(200);
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'cadre', password: 'Village2027x' },
    });
    expect(relogin.statusCode).toBe(200);
  });

  it('ends the account’s other sessions on a password change', async () => {
    const login = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'inspector', password: 'Demo2026' },
      });
    const cookie = (res: Awaited<ReturnType<typeof login>>) =>
      res.cookies.map((c: { name: string; value: string }) => `${c.name}=${c.value}`).join('; ');
    const csrf = (res: Awaited<ReturnType<typeof login>>) =>
      res.cookies.find((c: { name: string }) => c.name === 'vp_csrf')!.value;
    const [phone, desk] = [await login(), await login()];
    const me = (res: Awaited<ReturnType<typeof login>>) =>
      t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: cookie(res) } });
    expect((await me(phone)).statusCode).toBe(200);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: cookie(desk), 'x-csrf-token': csrf(desk) },
      payload: { oldPassword: 'Demo2026', newPassword: 'Inspect2027x' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await me(desk)).statusCode).toBe(200);
    expect((await me(phone)).statusCode).toBe(401);
  });

  it('refuses a change prepared against a password that was changed meanwhile', async () => {
    const supervisor = await t.as('supervisor');
    const actor = { ...(await supervisor.get('/api/auth/me')).json(), scope: {} } as Actor;
    const db = t.database.db;
    const first = await preparePasswordChange(db, actor, 'Demo2026', 'Oversee2027a');
    const second = await preparePasswordChange(db, actor, 'Demo2026', 'Oversee2027b');
    await t.database.transaction((tx) => changePassword(tx, actor, '', first));
    await expect(t.database.transaction((tx) => changePassword(tx, actor, '', second))).rejects.toMatchObject(
      {
        kind: 'conflict',
        field: 'oldPassword',
      },
    );
  });

  it('refuses a write without the CSRF token and one from another site', async () => {
    const office = await t.as('leader');
    const noToken = await office.request({
      method: 'POST',
      url: '/api/auth/password',
      headers: { 'x-csrf-token': '' },
      payload: { oldPassword: 'a', newPassword: 'b' },
    });
    expect(noToken.statusCode).toBe(403);
    const crossSite = await office.request({
      method: 'POST',
      url: '/api/auth/password',
      headers: { origin: 'https://evil.example' },
      payload: { oldPassword: 'a', newPassword: 'b' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('CROSS_SITE');
  });
});

describe('system', () => {
  it('answers health and hides internals on unknown routes', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok', db: t.database.kind });
    const missing = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: '请求的地址不存在' } });
  });

  it('sets security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('describes every route in OpenAPI with its security requirement', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/auth/login'].post.security).toEqual([]);
    expect(doc.paths['/api/auth/me'].get.security).toEqual([{ session: [] }]);
  });
});
