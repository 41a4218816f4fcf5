import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const person = (name: string) => t.demo.personIds[name]!;
const userCount = async () => (await t.database.db.select({ id: users.id }).from(users)).length;
const auditCount = async () => (await t.database.db.select({ seq: auditLog.seq }).from(auditLog)).length;

async function login(username: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

describe('accounts', () => {
  it('creates a juror bound to a person, with a readable first password that must be changed', async () => {
    const office = await t.as('office');
    const res = await office.post('/api/accounts', { role: 'juror', personId: person('王志强') });
    expect(res.statusCode).toBe(200);
    const { account, firstPassword } = res.json();
    expect(account).toMatchObject({
      role: 'juror',
      personName: '王志强',
      villageId: null,
      orgName: '愚公乡',
      mustChangePassword: true,
      allowedActions: ['reset', 'deactivate'],
    });
    expect(account.username).toMatch(/^pw\d{4}$/);
    expect(firstPassword).toMatch(/^[^0O1lIo]{10}$/);
    const [row] = await t.database.db.select().from(users).where(eq(users.id, account.id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.passwordHash).not.toContain(firstPassword);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.create'), eq(auditLog.entityId, account.id)));
    expect(JSON.stringify(entry)).not.toContain(firstPassword);
    expect(JSON.stringify(entry)).not.toContain('argon2');

    const signIn = await login(account.username, firstPassword);
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().mustChangePassword).toBe(true);
  });

  it('creates a village cadre in the person’s village, with a chosen username', async () => {
    const office = await t.as('office');
    const res = await office.post('/api/accounts', {
      role: 'village_clerk',
      personId: person('陈秀兰'),
      username: 'wangwu.clerk',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().account).toMatchObject({
      username: 'wangwu.clerk',
      villageId: t.demo.villageIds.王屋村,
      orgName: '愚公乡王屋村',
      displayName: '陈秀兰（王屋村村会议记录员）',
    });
  });

  it('creates accounts in bulk from the roster, all or none', async () => {
    const office = await t.as('office');
    const before = [await userCount(), await auditCount()];
    const bad = await office.post('/api/accounts/bulk', {
      accounts: [
        { role: 'inspector', personId: person('张国华') },
        { role: 'supervisor', personId: person('高明亮') },
      ],
    });
    expect(bad.statusCode).toBe(404);
    expect([await userCount(), await auditCount()]).toEqual(before);
    const ok = await office.post('/api/accounts/bulk', {
      accounts: [
        { role: 'inspector', personId: person('张国华') },
        { role: 'supervisor', personId: person('刘福贵') },
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().slips).toHaveLength(2);
    expect(await userCount()).toBe(before[0]! + 2);
  });

  it.each([
    ['a role it may not give', { role: 'county_viewer', displayName: '某某' }, 403, undefined],
    [
      'another office',
      { role: 'township_office', displayName: '某某', townshipId: undefined },
      403,
      undefined,
    ],
    ['a person-role with no person', { role: 'juror' }, 400, 'personId'],
    ['another township’s person', { role: 'juror', personId: 'p:高明亮' }, 404, undefined],
    [
      'a scope wider than its own',
      { role: 'juror', personId: 'p:杨春生', townshipId: 't:太行乡' },
      400,
      'townshipId',
    ],
    ['a taken username', { role: 'juror', personId: 'p:杨春生', username: 'clerk' }, 409, 'username'],
    ['a second juror account of one person', { role: 'juror', personId: 'p:王志强' }, 409, 'personId'],
  ])('refuses %s and stores nothing', async (_name, body, status, field) => {
    const office = await t.as('office');
    const resolved = Object.fromEntries(
      Object.entries(body).map(([k, v]) => [
        k,
        typeof v === 'string' && v.startsWith('p:')
          ? person(v.slice(2))
          : typeof v === 'string' && v.startsWith('t:')
            ? t.demo.townshipIds[v.slice(2)]
            : v,
      ]),
    );
    const before = [await userCount(), await auditCount()];
    const res = await office.post('/api/accounts', resolved);
    expect(res.statusCode).toBe(status);
    if (field) expect(res.json().error.field).toBe(field);
    if (field === 'username') expect(res.json().error.message).toMatch(/用户名/);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect([await userCount(), await auditCount()]).toEqual(before);
  });

  it('refuses every other role', async () => {
    for (const username of ['county', 'leader', 'cadre', 'clerk', 'juror', 'inspector', 'supervisor']) {
      const client = await t.as(username);
      const res = await client.post('/api/accounts', { role: 'juror', personId: person('杨春生') });
      expect(res.statusCode, username).toBe(403);
    }
  });

  it('resets: a new first password, sessions ended, must change again', async () => {
    const office = await t.as('office');
    const created = (
      await office.post('/api/accounts', { role: 'juror', personId: person('周桂芳') })
    ).json();
    const first = await login(created.account.username, created.firstPassword);
    const cookie = first.cookies
      .map((c: { name: string; value: string }) => `${c.name}=${c.value}`)
      .join('; ');
    const reset = await office.post(`/api/accounts/${created.account.id}/reset`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().firstPassword).not.toBe(created.firstPassword);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect((await login(created.account.username, created.firstPassword)).statusCode).toBe(401);
    const again = await login(created.account.username, reset.json().firstPassword);
    expect(again.json().mustChangePassword).toBe(true);
  });

  it('deactivates (sessions end, sign-in refused in Chinese) and reactivates', async () => {
    const office = await t.as('office');
    const created = (
      await office.post('/api/accounts', { role: 'inspector', personId: person('孙立军') })
    ).json();
    const off = await office.post(`/api/accounts/${created.account.id}/deactivate`);
    expect(off.json()).toMatchObject({ disabled: true, allowedActions: ['reactivate'] });
    const refused = await login(created.account.username, created.firstPassword);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/已停用/);
    expect((await office.post(`/api/accounts/${created.account.id}/deactivate`)).statusCode).toBe(409);
    const on = await office.post(`/api/accounts/${created.account.id}/reactivate`);
    expect(on.json()).toMatchObject({ disabled: false });
    expect((await login(created.account.username, created.firstPassword)).statusCode).toBe(200);
  });

  it('keeps an office to its township and away from its own account', async () => {
    const office = await t.as('office');
    const list = (await office.get('/api/accounts')).json() as {
      username: string;
      allowedActions: string[];
    }[];
    expect(list.map((a) => a.username)).not.toContain('office2');
    expect(list.find((a) => a.username === 'office')?.allowedActions).toEqual([]);
    const [other] = await t.database.db.select().from(users).where(eq(users.username, 'office2'));
    expect((await office.post(`/api/accounts/${other!.id}/reset`)).statusCode).toBe(404);
    const [own] = await t.database.db.select().from(users).where(eq(users.username, 'office'));
    expect((await office.post(`/api/accounts/${own!.id}/deactivate`)).statusCode).toBe(403);
    const filtered = (await office.get('/api/accounts?status=pending&role=village_cadre')).json();
    expect(filtered.map((a: { username: string }) => a.username).sort()).toEqual(['cg2001', 'cg2002']);
  });

  it('lets the county administrator create township-office and county accounts, and nothing else', async () => {
    const admin = await t.as('countyadmin');
    const office = await admin.post('/api/accounts', {
      role: 'township_office',
      townshipId: t.demo.townshipIds.太行乡,
      displayName: '太行乡考评办（二）',
    });
    expect(office.statusCode).toBe(200);
    expect(office.json().account).toMatchObject({
      orgName: '太行乡',
      username: expect.stringMatching(/^kpb\d{4}$/),
    });
    const viewer = await admin.post('/api/accounts', { role: 'county_viewer', displayName: '县民政局' });
    expect(viewer.json().account).toMatchObject({ townshipId: null, orgName: '示范县' });
    const cadre = await admin.post('/api/accounts', { role: 'village_cadre', personId: person('杨春生') });
    expect(cadre.statusCode).toBe(403);
    const noTownship = await admin.post('/api/accounts', { role: 'township_office', displayName: 'x' });
    expect(noTownship.json().error.field).toBe('townshipId');
  });

  it('lists the roster’s people with their posts and accounts', async () => {
    const office = await t.as('office');
    const people = (await office.get('/api/accounts/people')).json() as {
      name: string;
      posts: string[];
      accounts: { role: string }[];
    }[];
    const wang = people.find((p) => p.name === '王志强')!;
    expect(wang.posts).toEqual(['党支部书记']);
    expect(wang.accounts.map((a) => a.role).sort()).toEqual(['juror', 'village_cadre']);
    expect(people.map((p) => p.name)).not.toContain('高明亮');
  });
});
