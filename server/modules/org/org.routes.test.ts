import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdCard } from '../../domain/person-id.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_ID_CARDS } from '../demo/demo-data.ts';
import { lastAudit, tableCounts, xlsxHeaders } from './org.test-support.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const village = (name: string) => ({
  name,
  adultPopulation: 900,
  households: 300,
  representatives: 25,
  partyMembers: 30,
});

describe('reading the org structure', () => {
  it('lists the office’s own township with its village count', async () => {
    const res = await (await t.as('office')).get('/api/townships');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([{ id: t.demo.townshipIds.愚公乡, name: '愚公乡', villageCount: 12 }]);
  });

  it('lets the county viewer read every township of its county', async () => {
    const county = await t.as('county');
    const townships = (await county.get('/api/townships')).json();
    expect(townships.map((x: { name: string }) => x.name).sort()).toEqual(['太行乡', '愚公乡'].sort());
    const villages = (await county.get('/api/villages')).json();
    expect(villages).toHaveLength(14);
    const neighbour = await county.get(`/api/villages?townshipId=${t.demo.townshipIds.太行乡}`);
    expect(
      neighbour
        .json()
        .map((v: { name: string }) => v.name)
        .sort(),
    ).toEqual(['上庄村', '下庄村'].sort());
  });

  it('lists villages with current secretary and director, marking 一肩挑', async () => {
    const res = await (await t.as('office')).get('/api/villages');
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list).toHaveLength(12);
    const yugong = list.find((v: { name: string }) => v.name === '愚公村');
    expect(yugong).toMatchObject({
      townshipName: '愚公乡',
      adultPopulation: 1860,
      households: 612,
      representatives: 45,
      partyMembers: 58,
      secretary: { personId: t.demo.personIds.李建国, name: '李建国' },
      director: { personId: t.demo.personIds.李建国, name: '李建国' },
      dualRole: true,
    });
    const wangwu = list.find((v: { name: string }) => v.name === '王屋村');
    expect(wangwu).toMatchObject({
      secretary: { name: '王志强' },
      director: { name: '陈秀兰' },
      dualRole: false,
    });
  });

  it('shows a village with its persons and dated positions', async () => {
    const res = await (await t.as('office')).get(`/api/villages/${t.demo.villageIds.王屋村}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    // Its cadres; the demo's elected 村民监督员 and others are persons of the village without a post.
    const withPosts = detail.persons.filter((p: { currentPosts: string[] }) => p.currentPosts.length);
    expect(withPosts.map((p: { name: string }) => p.name).sort()).toEqual(['王志强', '陈秀兰'].sort());
    expect(detail.persons.find((p: { name: string }) => p.name === '王志强').currentPosts).toEqual([
      'party_secretary',
    ]);
    expect(detail.positions).toHaveLength(2);
    expect(detail.positions[0]).toMatchObject({ startDate: '2024-01-01', endDate: null, current: true });
  });

  it('shows a village account only its own village', async () => {
    const cadre = await t.as('cadre');
    const list = (await cadre.get('/api/villages')).json();
    expect(list.map((v: { name: string }) => v.name)).toEqual(['愚公村']);
    expect((await cadre.get('/api/townships')).json()).toMatchObject([{ name: '愚公乡', villageCount: 1 }]);
    const other = await cadre.get(`/api/villages/${t.demo.villageIds.王屋村}`);
    expect(other.statusCode).toBe(404);
  });

  it('answers 404 for another township’s village or township', async () => {
    const office = await t.as('office');
    const res = await office.get(`/api/villages/${t.demo.villageIds.上庄村}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('村不存在，或不在您的管辖范围内');
    const filtered = await office.get(`/api/villages?townshipId=${t.demo.townshipIds.太行乡}`);
    expect(filtered.statusCode).toBe(404);
  });

  it('refuses a malformed id or an unknown query field', async () => {
    const office = await t.as('office');
    const bad = await office.get('/api/villages/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('id');
    const unknown = await office.get('/api/villages?town=1');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('town');
  });

  it('needs a login', async () => {
    expect((await (await t.as(null)).get('/api/villages')).statusCode).toBe(401);
  });
});

describe('villages: create and edit', () => {
  it('creates a village in the office’s township and audits it', async () => {
    const office = await t.as('office');
    const res = await office.post('/api/villages', village('新建村'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: '新建村',
      townshipId: t.demo.townshipIds.愚公乡,
      secretary: null,
      director: null,
      dualRole: false,
    });
    const audit = await lastAudit(t.database);
    expect(audit).toMatchObject({
      action: 'village.create',
      entity: 'village',
      entityId: res.json().id,
      townshipId: t.demo.townshipIds.愚公乡,
      actorName: '韩文君（乡考评办）',
    });
    expect(audit.after).toMatchObject({ name: '新建村', households: 300 });
  });

  it('edits part of a village and audits before and after', async () => {
    const office = await t.as('office');
    const id = t.demo.villageIds.杏花村;
    const res = await office.patch(`/api/villages/${id}`, { representatives: 24, name: '杏花新村' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '杏花新村', representatives: 24, households: 296 });
    const audit = await lastAudit(t.database);
    expect(audit).toMatchObject({ action: 'village.update', entityId: id });
    expect(audit.before).toMatchObject({ name: '杏花村', representatives: 23 });
    expect(audit.after).toMatchObject({ name: '杏花新村', representatives: 24 });
  });

  it.each([
    ['a missing field', { ...village('缺字段村'), households: undefined }, 'households', /户数/],
    ['a string count', { ...village('类型村'), households: '300' }, 'households', /户数/],
    ['a fractional count', { ...village('小数村'), adultPopulation: 900.5 }, 'adultPopulation', /整数/],
    ['a negative count', { ...village('负数村'), partyMembers: -1 }, 'partyMembers', /党员人数/],
    ['an unknown field', { ...village('多字段村'), mayor: '某某' }, 'mayor', /不认识/],
    ['an oversize name', village('长'.repeat(31)), 'name', /30/],
    ['an empty name', village('  '), 'name', /不能为空/],
    [
      'more households than adults',
      { ...village('户多村'), households: 901 },
      'households',
      /户数.*18岁以上人口/,
    ],
    [
      'more representatives than households',
      { ...village('代表多村'), representatives: 301 },
      'representatives',
      /村民代表人数.*户数/,
    ],
  ])('refuses %s with 400 naming the field, storing nothing', async (_case, body, field, message) => {
    const office = await t.as('office');
    const before = await tableCounts(t.database);
    const res = await office.post('/api/villages', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(res.json().error.message).toMatch(message);
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('refuses a duplicate name in the township with 409 on name', async () => {
    const office = await t.as('office');
    const before = await tableCounts(t.database);
    const res = await office.post('/api/villages', village('王屋村'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'DUPLICATE_NAME', field: 'name' });
    const rename = await office.patch(`/api/villages/${t.demo.villageIds.北山村}`, { name: '王屋村' });
    expect(rename.statusCode).toBe(409);
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('lets another township use the same village name', async () => {
    const res = await (await t.as('office2')).post('/api/villages', village('王屋村'));
    expect(res.statusCode).toBe(200);
    expect(res.json().townshipId).toBe(t.demo.townshipIds.太行乡);
  });

  it('checks a partial edit against the stored counts', async () => {
    const office = await t.as('office');
    const id = t.demo.villageIds.西坡村;
    const res = await office.patch(`/api/villages/${id}`, { households: 761 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('households');
    const fewer = await office.patch(`/api/villages/${id}`, { adultPopulation: 200 });
    expect(fewer.statusCode).toBe(400);
    expect(fewer.json().error).toMatchObject({
      field: 'adultPopulation',
      message: expect.stringMatching(/户数/),
    });
    const empty = await office.patch(`/api/villages/${id}`, {});
    expect(empty.statusCode).toBe(400);
  });

  it('answers 404 to an edit of another township’s village and changes nothing', async () => {
    const id = t.demo.villageIds.上庄村;
    const before = await tableCounts(t.database);
    const res = await (await t.as('office')).patch(`/api/villages/${id}`, { households: 1 });
    expect(res.statusCode).toBe(404);
    const after = (await (await t.as('county')).get(`/api/villages/${id}`)).json();
    expect(after.households).toBe(410);
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('refuses writes to the county viewer and village accounts with 403', async () => {
    const clients = await Promise.all(['county', 'cadre', 'leader', 'clerk'].map((u) => t.as(u)));
    const before = await tableCounts(t.database);
    for (const client of clients) {
      expect((await client.post('/api/villages', village('越权村'))).statusCode).toBe(403);
      const id = t.demo.villageIds.愚公村;
      expect((await client.patch(`/api/villages/${id}`, { households: 1 })).statusCode).toBe(403);
    }
    expect(await tableCounts(t.database)).toEqual(before);
  });
});

describe('persons', () => {
  it('adds a person to a village and edits them, audited', async () => {
    const office = await t.as('office');
    const villageId = t.demo.villageIds.南河村;
    const res = await office.post('/api/persons', {
      villageId,
      name: '黄小兵',
      gender: '男',
      birthYear: 1985,
      phone: '13700001111',
      partyMember: false,
    });
    expect(res.statusCode).toBe(200);
    const person = res.json();
    expect(person).toMatchObject({ villageId, name: '黄小兵', gender: '男', currentPosts: [] });
    expect(await lastAudit(t.database)).toMatchObject({ action: 'person.create', entityId: person.id });
    const patched = await office.patch(`/api/persons/${person.id}`, { partyMember: true, phone: '' });
    expect(patched.json()).toMatchObject({ partyMember: true, phone: null });
    const audit = await lastAudit(t.database);
    expect(audit).toMatchObject({ action: 'person.update', entityId: person.id });
    expect(audit.before).toMatchObject({ partyMember: false, phone: '13700001111' });
  });

  it.each([
    ['a bad gender', { gender: '未知' }, 'gender'],
    ['a bad phone', { phone: '12345' }, 'phone'],
    ['a birth year in the future', { birthYear: 2999 }, 'birthYear'],
    ['a missing party flag', { partyMember: undefined }, 'partyMember'],
    ['an oversize phone', { phone: '1'.repeat(21) }, 'phone'],
    ['an unknown field', { nickname: '小黄' }, 'nickname'],
  ])('refuses %s', async (_case, change, field) => {
    const before = await tableCounts(t.database);
    const res = await (await t.as('office')).post('/api/persons', {
      villageId: t.demo.villageIds.南河村,
      name: '某某某',
      partyMember: false,
      ...change,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('refuses a second person of the same name in one village', async () => {
    const res = await (await t.as('office')).post('/api/persons', {
      villageId: t.demo.villageIds.王屋村,
      name: '王志强',
      partyMember: true,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.field).toBe('name');
  });

  it('answers 404 for another township’s village or person', async () => {
    const office = await t.as('office');
    const before = await tableCounts(t.database);
    const add = await office.post('/api/persons', {
      villageId: t.demo.villageIds.上庄村,
      name: '越界人',
      partyMember: false,
    });
    expect(add.statusCode).toBe(404);
    expect(add.json().error.message).toMatch(/^村不存在/);
    const edit = await office.patch(`/api/persons/${t.demo.personIds.高明亮}`, { phone: '13900000000' });
    expect(edit.statusCode).toBe(404);
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('keeps a sitting party secretary a party member', async () => {
    const res = await (await t.as('office')).patch(`/api/persons/${t.demo.personIds.王志强}`, {
      partyMember: false,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('partyMember');
  });
});

describe('persons: the ID-card number', () => {
  /** Fictional, checksum-correct numbers nobody in the demo has. */
  const FRESH = '419001199001010051';
  const OTHER = '419001199209090062';
  const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;
  type Person = { name: string; idCardMasked: string | null };

  it('gives every demo person a valid number, shown masked and never in full', async () => {
    for (const id of Object.values(DEMO_ID_CARDS)) expect(parseIdCard(id)).toEqual({ ok: true, id });
    const res = await (await t.as('office')).get(`/api/villages/${t.demo.villageIds.王屋村}`);
    const persons: Person[] = res.json().persons;
    const cadres = persons.filter((p) => p.name in DEMO_ID_CARDS);
    expect(cadres.map((p) => [p.name, p.idCardMasked]).sort()).toEqual(
      [
        ['王志强', masked(DEMO_ID_CARDS.王志强!)],
        ['陈秀兰', masked(DEMO_ID_CARDS.陈秀兰!)],
      ].sort(),
    );
    expect(res.body).not.toContain(DEMO_ID_CARDS.王志强);
    expect(res.body).not.toMatch(/idCardHash/);
  });

  it('takes a number on the person form (a small x too), audits only its masked copy', async () => {
    const office = await t.as('office');
    const res = await office.post('/api/persons', {
      villageId: t.demo.villageIds.南河村,
      name: '钟晓',
      idCard: ' 11010519491231002x ',
      partyMember: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().idCardMasked).toBe('110105********002X');
    const audit = await lastAudit(t.database);
    expect(audit.after).toMatchObject({ idCardMasked: '110105********002X' });
    expect(JSON.stringify(audit)).not.toMatch(/11010519491231002X|idCardHash/);

    const corrected = await office.patch(`/api/persons/${res.json().id}`, { idCard: FRESH });
    expect(corrected.json().idCardMasked).toBe(masked(FRESH));
    expect((await lastAudit(t.database)).before).toMatchObject({ idCardMasked: '110105********002X' });
  });

  it('refuses a number registered to someone else of the county, naming them', async () => {
    const before = await tableCounts(t.database);
    const here = await (await t.as('office')).post('/api/persons', {
      villageId: t.demo.villageIds.南河村,
      name: '某人',
      idCard: DEMO_ID_CARDS.王志强,
      partyMember: false,
    });
    expect(here.statusCode).toBe(409);
    expect(here.json().error).toEqual({
      code: 'DUPLICATE_ID_CARD',
      field: 'idCard',
      message: '该身份证号已登记为王屋村的“王志强”',
    });
    const elsewhere = await (await t.as('office2')).patch(`/api/persons/${t.demo.personIds.高明亮}`, {
      idCard: DEMO_ID_CARDS.李建国,
    });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().error.message).toBe('该身份证号已登记为愚公乡愚公村的“李建国”');
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it.each([
    ['a wrong check digit', '419001199001010052', /校验位不符/],
    ['a short number', '4190011990', /应为 18 位/],
    ['a number', 419001199001010050, /应为文字/],
  ])('refuses %s naming the field 身份证号', async (_case, idCard, message) => {
    const res = await (await t.as('office')).post('/api/persons', {
      villageId: t.demo.villageIds.南河村,
      name: '某某',
      idCard,
      partyMember: false,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'idCard', message: expect.stringMatching(/身份证号/) });
    expect(res.json().error.message).toMatch(message);
  });

  it('lets namesakes share a village only when each has a number', async () => {
    const office = await t.as('office');
    const villageId = t.demo.villageIds.王屋村;
    const twin = await office.post('/api/persons', {
      villageId,
      name: '陈秀兰',
      idCard: OTHER,
      partyMember: false,
    });
    expect(twin.statusCode).toBe(200);
    const cleared = await office.patch(`/api/persons/${twin.json().id}`, { idCard: '' });
    expect(cleared.statusCode).toBe(409);
    expect(cleared.json().error).toMatchObject({ code: 'DUPLICATE_NAME', field: 'idCard' });
    const third = await office.post('/api/persons', { villageId, name: '陈秀兰', partyMember: false });
    expect(third.statusCode).toBe(409);
    expect(third.json().error.message).toMatch(/请填写身份证号以便区分/);
  });
});

describe('positions', () => {
  it('changes a committee director mid-year: the old one ends the day before', async () => {
    const office = await t.as('office');
    const villageId = t.demo.villageIds.青龙村;
    const person = (
      await office.post('/api/persons', { villageId, name: '秦晓东', partyMember: false })
    ).json();
    const res = await office.post('/api/positions', {
      personId: person.id,
      post: 'committee_director',
      startDate: '2026-07-01',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ personName: '秦晓东', startDate: '2026-07-01', current: true });
    const detail = (await office.get(`/api/villages/${villageId}`)).json();
    expect(detail.director).toEqual({ personId: person.id, name: '秦晓东' });
    const old = detail.positions.find((p: { personName: string }) => p.personName === '韩丽娟');
    expect(old).toMatchObject({ endDate: '2026-06-30', current: false });
    const audit = await lastAudit(t.database);
    expect(audit).toMatchObject({ action: 'position.appoint', entityId: res.json().id });
    expect(audit.after).toMatchObject({ ended: { endDate: '2026-06-30' } });
  });

  it('lets one person hold both posts (一肩挑)', async () => {
    const office = await t.as('office');
    const villageId = t.demo.villageIds.南河村;
    const res = await office.post('/api/positions', {
      personId: t.demo.personIds.杨春生,
      post: 'committee_director',
      startDate: '2026-03-01',
    });
    expect(res.statusCode).toBe(200);
    const item = (await office.get(`/api/villages/${villageId}`)).json();
    expect(item).toMatchObject({
      dualRole: true,
      secretary: { name: '杨春生' },
      director: { name: '杨春生' },
    });
  });

  it('refuses a start on or before the current holder’s start, and a repeat appointment', async () => {
    const office = await t.as('office');
    const before = await tableCounts(t.database);
    const early = await office.post('/api/positions', {
      personId: t.demo.personIds.王志强,
      post: 'committee_director',
      startDate: '2024-01-01',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.field).toBe('startDate');
    const again = await office.post('/api/positions', {
      personId: t.demo.personIds.王志强,
      post: 'party_secretary',
      startDate: '2026-01-01',
    });
    expect(again.statusCode).toBe(409);
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('lets only one of two concurrent appointments to one post through', async () => {
    const office = await t.as('office');
    const villageId = t.demo.villageIds.东岭村;
    const [a, b] = await Promise.all(
      ['郭一', '郭二'].map(async (name) =>
        (await office.post('/api/persons', { villageId, name, partyMember: true })).json(),
      ),
    );
    const results = await Promise.all(
      [a, b].map((p) =>
        office.post('/api/positions', {
          personId: p.id,
          post: 'committee_director',
          startDate: '2026-09-01',
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 400]);
    const detail = (await office.get(`/api/villages/${villageId}`)).json();
    const open = detail.positions.filter((p: { post: string; current: boolean }) => p.current);
    expect(open.map((p: { post: string }) => p.post).sort()).toEqual([
      'committee_director',
      'party_secretary',
    ]);
  });

  it('requires a party secretary to be a party member', async () => {
    const res = await (await t.as('office')).post('/api/positions', {
      personId: t.demo.personIds.陈秀兰,
      post: 'party_secretary',
      startDate: '2026-05-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'personId', message: expect.stringMatching(/党员/) });
  });

  it.each([
    ['a bad post', { post: 'mayor' }, 'post'],
    ['an impossible date', { startDate: '2026-02-30' }, 'startDate'],
    ['a date in another format', { startDate: '2026/03/01' }, 'startDate'],
    ['an oversize date', { startDate: '2026-03-01T00:00:00Z' }, 'startDate'],
    ['a missing person', { personId: undefined }, 'personId'],
  ])('refuses %s', async (_case, change, field) => {
    const res = await (await t.as('office')).post('/api/positions', {
      personId: t.demo.personIds.陈秀兰,
      post: 'committee_director',
      startDate: '2026-03-01',
      ...change,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('ends a position on a date not before its start, once', async () => {
    const office = await t.as('office');
    const villageId = t.demo.villageIds.白石村;
    const detail = (await office.get(`/api/villages/${villageId}`)).json();
    const director = detail.positions.find((p: { post: string }) => p.post === 'committee_director');
    const early = await office.post(`/api/positions/${director.id}/end`, { endDate: '2023-12-31' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.field).toBe('endDate');
    const res = await office.post(`/api/positions/${director.id}/end`, { endDate: '2026-08-31' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ endDate: '2026-08-31', current: false });
    expect(await lastAudit(t.database)).toMatchObject({ action: 'position.end', entityId: director.id });
    const after = (await office.get(`/api/villages/${villageId}`)).json();
    expect(after).toMatchObject({ director: null, dualRole: false, secretary: { name: '朱德旺' } });
    const twice = await office.post(`/api/positions/${director.id}/end`, { endDate: '2026-09-30' });
    expect(twice.statusCode).toBe(409);
  });

  it('answers 404 for another township’s person or position and changes nothing', async () => {
    const office = await t.as('office');
    const county = await t.as('county');
    const neighbour = (await county.get(`/api/villages/${t.demo.villageIds.下庄村}`)).json();
    const before = await tableCounts(t.database);
    const appoint = await office.post('/api/positions', {
      personId: t.demo.personIds.许春梅,
      post: 'committee_director',
      startDate: '2026-03-01',
    });
    expect(appoint.statusCode).toBe(404);
    const end = await office.post(`/api/positions/${neighbour.positions[0].id}/end`, {
      endDate: '2026-03-01',
    });
    expect(end.statusCode).toBe(404);
    expect(end.json().error.message).toMatch(/^任职记录不存在/);
    expect(await tableCounts(t.database)).toEqual(before);
    const still = (await county.get(`/api/villages/${t.demo.villageIds.下庄村}`)).json();
    expect(still.positions).toEqual(neighbour.positions);
  });

  it('refuses position writes to the county viewer', async () => {
    const county = await t.as('county');
    const res = await county.post('/api/positions', {
      personId: t.demo.personIds.陈秀兰,
      post: 'committee_director',
      startDate: '2026-03-01',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('route × role', () => {
  const readers = [
    'county',
    'office',
    'leader',
    'cadre',
    'clerk',
    'juror',
    'inspector',
    'supervisor',
    'office2',
  ];
  const nonWriters = readers.filter((u) => !u.startsWith('office'));

  it.each(readers)('lets %s read townships, villages, its village and the template', async (user) => {
    const client = await t.as(user);
    const villages = (await client.get('/api/villages')).json();
    expect(villages.length).toBeGreaterThan(0);
    for (const url of ['/api/townships', `/api/villages/${villages[0].id}`, '/api/roster/template.xlsx']) {
      expect((await client.get(url)).statusCode).toBe(200);
    }
  });

  it.each(nonWriters)('refuses every org write to %s with 403', async (user) => {
    const client = await t.as(user);
    const id = t.demo.villageIds.愚公村;
    const before = await tableCounts(t.database);
    const writes = [
      client.post('/api/villages', village('越权村')),
      client.patch(`/api/villages/${id}`, { households: 1 }),
      client.post('/api/persons', { villageId: id, name: '越权人', partyMember: false }),
      client.patch(`/api/persons/${t.demo.personIds.李建国}`, { phone: '13900000000' }),
      client.post('/api/positions', {
        personId: t.demo.personIds.李建国,
        post: 'party_secretary',
        startDate: '2026-01-01',
      }),
      client.post(`/api/positions/${id}/end`, { endDate: '2026-01-01' }),
      client.request({
        method: 'POST',
        url: '/api/roster/import',
        payload: Buffer.from('x'),
        headers: xlsxHeaders,
      }),
    ];
    for (const res of await Promise.all(writes)) expect(res.statusCode).toBe(403);
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('refuses every org route to an anonymous caller with 401', async () => {
    const anon = await t.as(null);
    expect((await anon.get('/api/townships')).statusCode).toBe(401);
    expect((await anon.get(`/api/villages/${t.demo.villageIds.愚公村}`)).statusCode).toBe(401);
    expect((await anon.post('/api/villages', village('匿名村'))).statusCode).toBe(401);
  });
});
