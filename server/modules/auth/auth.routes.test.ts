import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.ts';
import { users } from '../../db/schema/index.ts';
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

  it("links a cadre's home page to their own 履职档案 and nobody else's", async () => {
    const cadre = (await (await t.as('cadre')).get('/api/auth/me')).json();
    expect(cadre.personId).toEqual(expect.any(String));
    expect(cadre.ownHistoryPersonId).toBe(cadre.personId);
    // Not 'office': the first test signed its cached session out.
    for (const username of ['office2', 'leader', 'clerk', 'supervisor', 'juror']) {
      const res = await (await t.as(username)).get('/api/auth/me');
      expect(res.statusCode, username).toBe(200);
      const me = res.json();
      expect(me.ownHistoryPersonId, username).toBeNull();
    }
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

  const loginFrom = (source: string, username: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: source,
      payload: { username, password },
    });

  it('refuses a wrong password with a Chinese message; 20 from one source do not stop the owner elsewhere', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await loginFrom('10.9.0.1', 'juror', 'wrong');
      statuses.push(res.statusCode);
      if (res.statusCode === 401) expect(res.json().error.message).toBe('用户名或密码不正确');
      else expect(res.json().error.message).toMatch(/密码错误次数过多，请 \d+ 秒后再试/);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses).toContain(429);
    // Even the right password waits from the guessing source …
    expect((await loginFrom('10.9.0.1', 'juror', 'Demo2026')).statusCode).toBe(429);
    // … while the owner signs in from their own device at once.
    expect((await loginFrom('10.9.0.2', 'juror', 'Demo2026')).statusCode).toBe(200);
  });

  it('says an account is deactivated only to whoever knows its password', async () => {
    await t.database.db.update(users).set({ disabled: true }).where(eq(users.username, 'office2'));
    const wrong = await loginFrom('10.9.1.1', 'office2', 'wrong');
    expect(wrong.statusCode).toBe(401);
    const right = await loginFrom('10.9.1.1', 'office2', 'Demo2026');
    expect(right.statusCode).toBe(403);
    expect(right.json().error).toMatchObject({ code: 'ACCOUNT_DISABLED' });
    expect(right.json().error.message).toMatch(/已停用/);
    await t.database.db.update(users).set({ disabled: false }).where(eq(users.username, 'office2'));
  });

  it('lets an account on a first password reach only me, password and logout', async () => {
    await t.database.db.update(users).set({ mustChangePassword: true }).where(eq(users.username, 'county'));
    const county = await t.as('county');
    const me = await county.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().mustChangePassword).toBe(true);
    const blocked = await county.get('/api/villages');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(blocked.json().error.message).toMatch(/修改密码/);
    const same = await county.post('/api/auth/password', {
      oldPassword: 'Demo2026',
      newPassword: 'Demo2026',
    });
    expect(same.statusCode).toBe(400);
    const changed = await county.post('/api/auth/password', {
      oldPassword: 'Demo2026',
      newPassword: 'Shixian2027x',
    });
    expect(changed.statusCode).toBe(200);
    expect((await county.get('/api/auth/me')).json().mustChangePassword).toBe(false);
    expect((await county.get('/api/villages')).statusCode).toBe(200);
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
