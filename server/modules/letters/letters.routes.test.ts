import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog, campaigns, letters, publications } from '../../db/schema/index.ts';
import { addDays } from '../../domain/letters.ts';
import { localToday } from '../../domain/local-time.ts';
import { createTestContext } from '../../test/harness.ts';
import { DEMO_ACCOUNTS } from '../demo/demo-data.ts';
import { letterCounts, objectionCounts } from './letter-counts.ts';

const t = await createTestContext();
afterAll(() => t.close());

const VILLAGE = t.demo.villageIds.愚公村!;
const CADRE = t.demo.personIds.李建国!;
const FAR_VILLAGE = t.demo.villageIds.杏花村!;
const TOWNSHIP = t.demo.townshipIds.愚公乡!;
const today = localToday();

let ip = 0;
/** Each public write from its own address: the per-address write limit is tested on its own below. */
const fromNewAddress = () => `10.9.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}`;

async function write(payload: Record<string, unknown>, remoteAddress = fromNewAddress()) {
  const anon = await t.as(null);
  return anon.request({ method: 'POST', url: '/api/public/letters', payload, remoteAddress });
}

let serial = 0;
const aboutCadre = (extra: Record<string, unknown> = {}) => ({
  box: 'village',
  villageId: VILLAGE,
  subject: 'cadre',
  personId: CADRE,
  anonymous: true,
  content: `村里修路的账目一直没有公开，大家想知道钱花在哪里了（第 ${++serial} 封）。`,
  ...extra,
});

const follow = async (code: string) =>
  (await t.as(null)).request({
    method: 'POST',
    url: '/api/public/letters/follow',
    payload: { code },
    remoteAddress: fromNewAddress(),
  });

async function letterIdOf(code: string) {
  const office = await t.as('office');
  const list = (await office.get('/api/letters')).json().letters as { id: string; content: string }[];
  const content = (await follow(code)).json().content as string;
  return list.find((l) => l.content === content)!.id;
}

describe('writing a letter', () => {
  it('gives an anonymous writer a grouped code, stored only as a hash, and follows it', async () => {
    const res = await write(aboutCadre({ name: '不该存的名字', phone: '13800000000' }));
    expect(res.statusCode).toBe(201);
    const { code, receivedOn } = res.json();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(receivedOn).toBe(today);
    const stored = await t.database.db.select().from(letters);
    const text = JSON.stringify(stored);
    expect(text).not.toContain(code);
    expect(text).not.toContain(code.replace(/-/g, ''));
    expect(text).not.toContain('不该存的名字');
    expect(text).not.toContain('13800000000');
    const followed = await follow(code.toLowerCase().replace(/-/g, ' '));
    expect(followed.statusCode).toBe(200);
    expect(followed.json()).toMatchObject({ status: 'received', boxLabel: '村监督信箱', mayReply: false });
    expect(followed.json().about).toContain('李建国');
    expect(followed.json().events).toEqual([{ kind: 'received', on: today, dueOn: null }]);
  });

  it('refuses a wrong code in plain words', async () => {
    const res = await follow('ABCD-EFGH-JKMN');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/没有找到这封信/);
    expect((await follow('12')).statusCode).toBe(400);
  });

  it.each([
    [{ villageId: undefined }, 'villageId', /哪个村/],
    [{ personId: undefined }, 'personId', /哪位村干部/],
    [{ personId: t.demo.personIds.何双喜 }, 'personId', /不是所选村的村干部/],
    [{ content: '太短' }, 'content', /信件内容.*至少写 10 个字/],
    [{ anonymous: false }, 'name', /姓名/],
    [{ phone: 'abc' }, 'phone', /电话/],
  ])('refuses %j naming the field', async (change, field, message) => {
    const res = await write({ ...aboutCadre(), ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field });
    expect(res.json().error.message).toMatch(message);
  });

  it('refuses the same content twice (other spacing and punctuation included)', async () => {
    const content = '村东头的垃圾池半个月没有清运，味道很大，请乡里督促一下。';
    expect((await write(aboutCadre({ content }))).statusCode).toBe(201);
    const again = await write(aboutCadre({ content: content.replace(/，/g, ' ') }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'LETTER_DUPLICATE', field: 'content' });
  });

  it('limits writes per address without a login', async () => {
    const address = '10.8.8.8';
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      codes.push((await write(aboutCadre(), address)).statusCode);
    }
    expect(codes.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(codes.slice(5)).toEqual([429, 429]);
    expect((await write(aboutCadre(), '10.8.8.9')).statusCode).toBe(201);
  });

  it('offers the township’s villages and their cadres to choose from', async () => {
    const res = await (await t.as(null)).get(`/api/public/letter-boxes?village=${VILLAGE}`);
    expect(res.statusCode).toBe(200);
    const boxes = res.json();
    expect(boxes).toMatchObject({
      townshipId: TOWNSHIP,
      townshipName: '愚公乡',
      preselectedVillageId: VILLAGE,
    });
    const village = boxes.villages.find((v: { id: string }) => v.id === VILLAGE);
    expect(village.cadres).toEqual([{ personId: CADRE, name: '李建国', post: '党支部书记、村委会主任' }]);
  });
});

describe('the office handles a letter; the writer follows it', () => {
  it('assigns with the default due date, answers, takes one 不满意, answers again and closes for good', async () => {
    const office = await t.as('office');
    const { code } = (
      await write(aboutCadre({ anonymous: false, name: '王大妈', phone: '13912345678' }))
    ).json();
    const id = await letterIdOf(code);

    const handlers = (await office.get('/api/letters/handlers')).json();
    const leader = handlers.handlers.find((h: { name: string }) => h.name.startsWith('刘金成'));
    expect(handlers.defaultDueOn).toBe(addDays(today, 15));

    const detail = (await office.get(`/api/letters/${id}`)).json();
    expect(detail).toMatchObject({
      view: 'full',
      writerName: '王大妈',
      writerPhone: '13912345678',
      channel: 'online',
    });
    expect(detail.allowedActions).toEqual(['assign']);

    expect((await office.post(`/api/letters/${id}/close`, {})).statusCode).toBe(409);
    const assigned = await office.post(`/api/letters/${id}/assign`, {
      handlerUserId: leader.userId,
      handlerUnit: '乡纪委',
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({
      status: 'assigned',
      dueOn: addDays(today, 15),
      allowedActions: ['assign', 'answer'],
    });
    expect((await follow(code)).json()).toMatchObject({ status: 'assigned', dueOn: addDays(today, 15) });

    // The leader answers what is assigned to it.
    const leaderClient = await t.as('leader');
    const answered = await leaderClient.post(`/api/letters/${id}/answer`, {
      answer: '经核实，修路账目已在村务公开栏张贴。',
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({
      view: 'staff',
      status: 'answered',
      writerName: null,
      writerPhone: null,
    });

    const anon = await t.as(null);
    const replied = await anon.request({
      method: 'POST',
      url: '/api/public/letters/reply',
      payload: { code, reply: '公开栏上只有总数，没有明细，不满意。' },
      remoteAddress: fromNewAddress(),
    });
    expect(replied.statusCode).toBe(200);
    expect(replied.json()).toMatchObject({
      status: 'assigned',
      mayReply: false,
      reply: '公开栏上只有总数，没有明细，不满意。',
    });
    const second = await anon.request({
      method: 'POST',
      url: '/api/public/letters/reply',
      payload: { code, reply: '还是不满意。' },
      remoteAddress: fromNewAddress(),
    });
    expect(second.statusCode).toBe(409);

    expect(
      (await office.post(`/api/letters/${id}/answer`, { answer: '明细已补充公开，共 12 项。' })).statusCode,
    ).toBe(200);
    const closed = await office.post(`/api/letters/${id}/close`, {});
    expect(closed.json()).toMatchObject({ status: 'closed', allowedActions: [] });
    const final = (await follow(code)).json();
    expect(final).toMatchObject({
      status: 'closed',
      mayReply: false,
      answer: '明细已补充公开，共 12 项。',
      closedOn: today,
    });
    expect(final.events.map((e: { kind: string }) => e.kind)).toEqual([
      'received',
      'assigned',
      'answered',
      'replied',
      'answered',
      'closed',
    ]);
    // The writer's own page names no one of the office, nor the writer (a code can be seen over a shoulder).
    expect(JSON.stringify(final)).not.toMatch(/刘金成|韩文君|乡纪委|王大妈|13912345678/);
  });

  it('enters a paper letter with the day it was received, and refuses a day in the future', async () => {
    const office = await t.as('office');
    const body = {
      box: 'township',
      villageId: FAR_VILLAGE,
      subject: 'village',
      anonymous: true,
      content: '杏花村的低保评定没有开会公示，请乡里查一查。',
    };
    expect(
      (await office.post('/api/letters/paper', { ...body, receivedOn: addDays(today, 1) })).statusCode,
    ).toBe(400);
    const res = await office.post('/api/letters/paper', { ...body, receivedOn: addDays(today, -3) });
    expect(res.statusCode).toBe(201);
    expect((await follow(res.json().code)).json()).toMatchObject({
      receivedOn: addDays(today, -3),
      boxLabel: '乡监督信箱',
    });
    expect(
      (await (await t.as('clerk')).post('/api/letters/paper', { ...body, receivedOn: today })).statusCode,
    ).toBe(403);
  });

  it('puts overdue letters first and counts them', async () => {
    const office = await t.as('office');
    const { code } = (await write(aboutCadre())).json();
    const id = await letterIdOf(code);
    await office.post(`/api/letters/${id}/assign`, { handlerUnit: '乡农经站' });
    await t.database.db
      .update(letters)
      .set({ dueOn: addDays(today, -1) })
      .where(eq(letters.id, id));
    const list = (await office.get('/api/letters')).json();
    expect(list.letters[0]).toMatchObject({ id, overdue: true });
    expect(list.counts.overdue).toBeGreaterThanOrEqual(1);
    const onlyOverdue = (await office.get('/api/letters?overdue=true')).json().letters;
    expect(onlyOverdue.every((l: { overdue: boolean }) => l.overdue)).toBe(true);
  });
});

describe('who sees what: the person written about never learns who wrote', () => {
  const WRITER = { anonymous: false, name: '张秀英', phone: '13700001111' };

  it('for every role, before and after the letter is closed', async () => {
    const office = await t.as('office');
    const { code } = (await write(aboutCadre(WRITER))).json();
    const id = await letterIdOf(code);
    const content = (await follow(code)).json().content as string;
    const secrets = [WRITER.name, WRITER.phone, content, code];

    const seen = async (username: string) => {
      const client = await t.as(username);
      const list = await client.get('/api/letters');
      const one = await client.get(`/api/letters/${id}`);
      return { list, one, text: list.body + one.body };
    };

    const expectations: Record<string, 'full' | 'staff' | 'none'> = {
      office: 'full',
      county: 'staff',
      leader: 'staff',
      cadre: 'none',
      clerk: 'none',
      supervisor: 'none',
      juror: 'none',
      inspector: 'none',
      countyadmin: 'none',
      office2: 'none',
    };
    for (const account of DEMO_ACCOUNTS) {
      const want = expectations[account.username]!;
      const { one, text } = await seen(account.username);
      if (want === 'full') {
        expect(one.json()).toMatchObject({ writerName: WRITER.name, writerPhone: WRITER.phone });
      } else if (want === 'staff') {
        expect(one.json()).toMatchObject({
          view: 'staff',
          writerName: null,
          writerPhone: null,
          channel: null,
        });
        expect(text).not.toContain(WRITER.name);
        expect(text).not.toContain(WRITER.phone);
      } else {
        expect([403, 404]).toContain(one.statusCode);
        for (const secret of secrets) expect(text, account.username).not.toContain(secret);
      }
    }

    await office.post(`/api/letters/${id}/assign`, { handlerUnit: '乡纪委' });
    await office.post(`/api/letters/${id}/answer`, { answer: '已责成村委会十日内公开修路明细。' });
    await office.post(`/api/letters/${id}/close`, {});

    for (const username of ['cadre', 'clerk']) {
      const { one, text } = await seen(username);
      expect(one.statusCode).toBe(200);
      expect(Object.keys(one.json()).sort()).toEqual(
        [
          'allowedActions',
          'answer',
          'answeredOn',
          'closedOn',
          'id',
          'personName',
          'status',
          'subject',
          'view',
          'villageName',
        ].sort(),
      );
      expect(one.json()).toMatchObject({ view: 'answer_only', answer: '已责成村委会十日内公开修路明细。' });
      for (const secret of secrets) expect(text, username).not.toContain(secret);
      expect(text).not.toMatch(/channel|receivedOn|createdAt|writer|网上|信箱/);
    }
    for (const username of ['supervisor', 'juror', 'inspector', 'office2']) {
      expect([403, 404]).toContain((await seen(username)).one.statusCode);
    }
  });

  it('writes no writer into the audit log', async () => {
    await write(aboutCadre({ anonymous: false, name: '审计不该有', phone: '13600002222' }));
    const rows = await t.database.db.select().from(auditLog).where(sql`${auditLog.action} like 'letter.%'`);
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('审计不该有');
    expect(text).not.toContain('13600002222');
    expect(rows.every((r) => r.action !== 'letter.receive' || r.actorName === '村民（匿名）')).toBe(true);
  });
});

describe('objections to a publication (异议)', () => {
  async function publication(startOffset: number, objectionEndOffset: number) {
    const campaign = await t.database.db.execute(
      sql`select id from campaigns where township_id = ${TOWNSHIP} limit 1`,
    );
    const campaignId = (campaign as unknown as { rows: { id: string }[] }).rows[0]!.id;
    const [row] = await t.database.db
      .insert(publications)
      .values({
        countyId: t.demo.countyId,
        townshipId: TOWNSHIP,
        villageId: VILLAGE,
        campaignId,
        kind: 'pledges',
        title: '愚公村村干部承诺事项公示',
        content: {},
        startDate: addDays(today, startOffset),
        periodDays: 7,
        objectionEndDate: addDays(today, objectionEndOffset),
        publishedBy: '测试',
      })
      .returning();
    return row!.id;
  }

  it('takes one within the window and refuses one after it', async () => {
    const open = await publication(-2, 2);
    const res = await write({
      box: 'village',
      subject: 'publication',
      publicationId: open,
      anonymous: true,
      content: '公示的第二项承诺去年已经做完了，不应再算今年的。',
    });
    expect(res.statusCode).toBe(201);
    const office = await t.as('office');
    const list = (await office.get('/api/letters')).json().letters;
    expect(
      list.find(
        (l: { publicationTitle: string | null }) => l.publicationTitle === '愚公村村干部承诺事项公示',
      ),
    ).toMatchObject({
      subject: 'publication',
      villageId: VILLAGE,
    });
    const closed = await publication(-6, -1);
    const late = await write({
      box: 'village',
      subject: 'publication',
      publicationId: closed,
      anonymous: true,
      content: '公示的内容和村里开会说的不一样，有异议。',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'OBJECTION_WINDOW_CLOSED', field: 'publicationId' });
    expect(late.json().error.message).toMatch(/异议期/);
  });
});

describe('counts for the dashboard', () => {
  it('counts open and overdue letters of the scope, and objections per publication', async () => {
    const scope = { countyId: t.demo.countyId, townshipId: TOWNSHIP, villageId: null };
    const counts = await letterCounts(t.database.db, scope);
    const list = (await (await t.as('office')).get('/api/letters')).json();
    expect(counts).toEqual(list.counts);
    const seen = list.letters as { status: string; overdue: boolean }[];
    expect(counts.open).toBe(seen.filter((l) => l.status !== 'closed').length);
    expect(counts.overdue).toBe(seen.filter((l) => l.overdue).length);
    const elsewhere = await letterCounts(t.database.db, { ...scope, townshipId: t.demo.townshipIds.太行乡! });
    expect(elsewhere).toEqual({ open: 0, overdue: 0 });
    const objections = await t.database.db
      .select()
      .from(letters)
      .where(sql`${letters.publicationId} is not null`);
    const byPublication = await objectionCounts(
      t.database.db,
      objections.map((l) => l.publicationId!),
    );
    expect([...byPublication.values()].reduce((a, b) => a + b, 0)).toBe(objections.length);
  });
});

describe('the answer period is the campaign’s (letterDueDays)', () => {
  it('counts the due date of an assignment and of a 不满意 reopening with it; an older config gives 15', async () => {
    const office = await t.as('office');
    const { code } = (await write(aboutCadre())).json();
    const id = await letterIdOf(code);
    const [row] = await t.database.db.select().from(letters).where(eq(letters.id, id));
    const campaignId = row!.campaignId!;
    const [campaign] = await t.database.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    const original = campaign!.config;
    const setConfig = (config: typeof original) =>
      t.database.db.update(campaigns).set({ config }).where(eq(campaigns.id, campaignId));
    try {
      await setConfig({ ...original, letterDueDays: 30 });
      const handlers = (await office.get(`/api/letters/handlers?letterId=${id}`)).json();
      expect(handlers).toMatchObject({ dueDays: 30, defaultDueOn: addDays(today, 30) });
      const assigned = await office.post(`/api/letters/${id}/assign`, { handlerUnit: '乡纪委' });
      expect(assigned.json(), assigned.body).toMatchObject({ dueOn: addDays(today, 30) });
      await office.post(`/api/letters/${id}/answer`, { answer: '经核实，账目已在村务公开栏张贴。' });
      const replied = await (await t.as(null)).request({
        method: 'POST',
        url: '/api/public/letters/reply',
        payload: { code, reply: '公开栏上没有明细，不满意。' },
        remoteAddress: fromNewAddress(),
      });
      expect(replied.json()).toMatchObject({ status: 'assigned', dueOn: addDays(today, 30) });

      const { letterDueDays: _, ...older } = { ...original, letterDueDays: 0 };
      await setConfig(older as typeof original);
      const again = (await follow((await write(aboutCadre())).json().code)).json().content as string;
      const list = (await office.get('/api/letters')).json().letters as { id: string; content: string }[];
      const second = list.find((l) => l.content === again)!.id;
      const reassigned = await office.post(`/api/letters/${second}/assign`, { handlerUnit: '乡纪委' });
      expect(reassigned.json().dueOn).toBe(addDays(today, 15));
      expect((await office.get(`/api/letters/handlers?letterId=${second}`)).json().dueDays).toBe(15);
    } finally {
      await setConfig(original);
    }
  });
});

describe('an archived year', () => {
  it('refuses every step on its letters, the writer’s reply too', async () => {
    const office = await t.as('office');
    const { code } = (await write(aboutCadre())).json();
    const id = await letterIdOf(code);
    await office.post(`/api/letters/${id}/assign`, { handlerUnit: '乡纪委' });
    await office.post(`/api/letters/${id}/answer`, { answer: '已核实并答复写信人。' });
    const [row] = await t.database.db.select().from(letters).where(eq(letters.id, id));
    await t.database.db
      .update(campaigns)
      .set({ phase: 'archived' })
      .where(eq(campaigns.id, row!.campaignId!));
    const close = await office.post(`/api/letters/${id}/close`, {});
    expect(close.statusCode).toBe(409);
    expect(close.json().error.code).toBe('CAMPAIGN_ARCHIVED');
    const reply = await (await t.as(null)).request({
      method: 'POST',
      url: '/api/public/letters/reply',
      payload: { code, reply: '不满意，请重新办理。' },
      remoteAddress: fromNewAddress(),
    });
    expect(reply.statusCode).toBe(409);
  });
});
