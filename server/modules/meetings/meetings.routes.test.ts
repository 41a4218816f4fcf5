import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { CONFIRM_OPTIONS, choose, openPollWithCodes, userIdOf } from '../polls/voting-fixture.ts';

/** The meeting's host is an account; it certifies as host, never a vote about its own person. */
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const cast = (code: string, choices: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/public/ballots', payload: { code, choices } });

const meetingBody = (extra: object) => ({
  villageId: t.demo.villageIds.愚公村,
  kind: 'representative_assembly',
  title: '村民代表会议',
  startsAt: '2027-03-01T09:00:00+08:00',
  place: '村委会',
  host: '刘金成',
  counters: [],
  scrutineers: [],
  ...extra,
});

describe('the host account', () => {
  it('is chosen among the village’s cadres and the township’s leaders and office', async () => {
    const clerk = await t.as('clerk');
    const url = `/api/meetings/host-candidates?villageId=${t.demo.villageIds.愚公村}`;
    const res = await clerk.get(url);
    expect(res.statusCode).toBe(200);
    const names = res.json().map((c: { displayName: string }) => c.displayName);
    expect(names).toEqual(
      expect.arrayContaining(['李建国（愚公村书记、主任）', '刘金成（乡党委副书记）', '韩文君（乡考评办）']),
    );
    expect(names).not.toContain('赵小梅（愚公村记录员）');
    expect(names).not.toContain('钱卫东（评委）');
    expect(names).not.toContain('太行乡考评办');
    const other = await clerk.get(`/api/meetings/host-candidates?villageId=${t.demo.villageIds.王屋村}`);
    expect(other.statusCode).toBe(404);
    expect((await (await t.as('cadre')).get(url)).statusCode).toBe(403);
  });

  it('refuses an account that may not host, naming the field, and stores nothing', async () => {
    const clerk = await t.as('clerk');
    const before = (await clerk.get('/api/meetings')).json().length;
    for (const who of ['juror', 'clerk', 'office2']) {
      const res = await clerk.post('/api/meetings', meetingBody({ hostUserId: await userIdOf(t, who) }));
      expect(res.statusCode, who).toBe(400);
      expect(res.json().error.field).toBe('hostUserId');
      expect(res.json().error.message).toContain('主持人账号');
    }
    expect((await clerk.get('/api/meetings')).json().length).toBe(before);
  });

  it('without one, nobody certifies as host until it is recorded', async () => {
    const clerk = await t.as('clerk');
    const noHost = await clerk.post('/api/meetings', meetingBody({}));
    expect(noHost.json()).toMatchObject({ hostUserId: null, hostAccountName: null });
    await clerk.patch(`/api/meetings/${noHost.json().id}`, { attendance: 40 });
    const poll = await clerk.post(`/api/meetings/${noHost.json().id}/polls`, {
      title: '无主持人账号',
      purpose: 'pledge_confirmation',
      questions: [{ label: '议题', options: CONFIRM_OPTIONS }],
    });
    const pollId = poll.json().id;
    const [code] = (await clerk.post(`/api/polls/${pollId}/codes`, { count: 1 })).json().codes;
    await clerk.post(`/api/polls/${pollId}/open`);
    const choices = [
      { questionId: poll.json().questions[0].id, optionId: poll.json().questions[0].options[0].id },
    ];
    expect((await cast(code, choices)).statusCode).toBe(201);
    await clerk.post(`/api/polls/${pollId}/close`);
    const leader = await t.as('leader');
    const refused = await leader.post(`/api/polls/${pollId}/certify`, { as: 'host' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('NO_HOST');
    const patched = await clerk.patch(`/api/meetings/${noHost.json().id}`, {
      hostUserId: await userIdOf(t, 'leader'),
    });
    expect(patched.json()).toMatchObject({ hostAccountName: '刘金成（乡党委副书记）' });
    expect((await leader.get(`/api/polls/${pollId}`)).json().allowedActions).toEqual(['certify_as_host']);
    expect((await leader.post(`/api/polls/${pollId}/certify`, { as: 'host' })).statusCode).toBe(200);
  });
});

describe('conflict of interest', () => {
  it('a cadre recorded as host cannot certify a vote about their own person; another host can', async () => {
    const office = await t.as('office');
    const campaignId = (await office.get('/api/campaigns'))
      .json()
      .find((c: { year: number }) => c.year === 2027).id;
    const li = (await office.get(`/api/campaigns/${campaignId}/participants`))
      .json()
      .find((p: { name: string }) => p.name === '李建国');
    const about = { subjectType: 'participant', subjectId: li.id };
    const f = await openPollWithCodes(t, {
      codes: 2,
      questions: [{ label: '李建国的承诺事项', options: CONFIRM_OPTIONS, ...about }],
    });
    expect((await cast(f.codes[0]!, choose(f, '满意'))).statusCode).toBe(201);
    await f.clerk.post(`/api/polls/${f.pollId}/close`);
    expect((await f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'clerk' })).statusCode).toBe(200);
    const cadre = await t.as('cadre');
    expect((await cadre.get(`/api/polls/${f.pollId}`)).json().allowedActions).toEqual([]);
    const refused = await cadre.post(`/api/polls/${f.pollId}/certify`, { as: 'host' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('涉及您本人');
    // The record can name another host while nothing is certified; then that host certifies.
    const patch = await f.clerk.patch(`/api/meetings/${f.meetingId}`, {
      hostUserId: await userIdOf(t, 'leader'),
    });
    expect(patch.statusCode).toBe(200);
    const done = await (await t.as('leader')).post(`/api/polls/${f.pollId}/certify`, { as: 'host' });
    expect(done.statusCode).toBe(200);
    expect(done.json().status).toBe('certified');
  });
});

describe('what may be done to a meeting', () => {
  it('comes with the meeting: the clerk edits until a vote is certified, others only read', async () => {
    const clerk = await t.as('clerk');
    const created = await clerk.post(
      '/api/meetings',
      meetingBody({ hostUserId: await userIdOf(t, 'cadre') }),
    );
    expect(created.json()).toMatchObject({
      allowedActions: ['edit', 'add_poll', 'delete'],
      lockedReason: null,
      hostAccountName: '李建国（愚公村书记、主任）',
    });
    const id = created.json().id;
    const asCadre = (await (await t.as('cadre')).get(`/api/meetings/${id}`)).json();
    expect(asCadre.meeting).toMatchObject({ allowedActions: [], lockedReason: null });
    const list = (await clerk.get('/api/meetings')).json();
    expect(list.find((m: { id: string }) => m.id === id).allowedActions).toEqual([
      'edit',
      'add_poll',
      'delete',
    ]);
  });

  it('locks the record once one of its votes is certified, with the reason', async () => {
    const f = await openPollWithCodes(t, {
      host: 'leader',
      codes: 2,
      questions: [{ label: '议题', options: CONFIRM_OPTIONS }],
    });
    expect((await cast(f.codes[0]!, choose(f, '满意'))).statusCode).toBe(201);
    await f.clerk.post(`/api/polls/${f.pollId}/close`);
    await f.clerk.post(`/api/polls/${f.pollId}/certify`, { as: 'clerk' });
    await (await t.as('leader')).post(`/api/polls/${f.pollId}/certify`, { as: 'host' });
    const detail = (await f.clerk.get(`/api/meetings/${f.meetingId}`)).json();
    expect(detail.meeting.allowedActions).toEqual(['add_poll']);
    expect(detail.meeting.lockedReason).toContain('新建更正表决');
    const refused = await f.clerk.patch(`/api/meetings/${f.meetingId}`, {
      hostUserId: await userIdOf(t, 'cadre'),
    });
    expect(refused.statusCode).toBe(409);
  });
});

describe('correcting and deleting a meeting record', () => {
  it('corrects time, place, attendance and host until a vote is certified, each change audited', async () => {
    const clerk = await t.as('clerk');
    const id = (await clerk.post('/api/meetings', meetingBody({}))).json().id;
    const res = await clerk.patch(`/api/meetings/${id}`, {
      startsAt: '2027-03-02T14:30:00+08:00',
      place: '村文化广场',
      attendance: 40,
      host: '李建国',
      hostUserId: await userIdOf(t, 'leader'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ place: '村文化广场', attendance: 40, host: '李建国' });
    expect(new Date(res.json().startsAt).toISOString()).toBe('2027-03-02T06:30:00.000Z');
    const audit = (await (await t.as('office')).get('/api/audit?action=meeting.update&limit=50')).json();
    expect(audit.entries.some((e: { entityId: string }) => e.entityId === id)).toBe(true);
  });

  it('refuses a time outside the campaign year or far from today, naming the field', async () => {
    const clerk = await t.as('clerk');
    const office = await t.as('office');
    const campaignId = (await office.get('/api/campaigns'))
      .json()
      .find((c: { year: number }) => c.year === 2027).id;
    for (const startsAt of ['2207-03-01T09:00:00+08:00', '2026-12-31T09:00:00+08:00']) {
      const res = await clerk.post('/api/meetings', meetingBody({ campaignId, startsAt }));
      expect(res.statusCode, startsAt).toBe(400);
      expect(res.json().error.field).toBe('startsAt');
      expect(res.json().error.message).toContain('2027年度');
    }
    const far = await clerk.post('/api/meetings', meetingBody({ startsAt: '1999-03-01T09:00:00+08:00' }));
    expect(far.statusCode).toBe(400);
    expect(far.json().error.field).toBe('startsAt');
    const id = (await clerk.post('/api/meetings', meetingBody({ campaignId }))).json().id;
    const moved = await clerk.patch(`/api/meetings/${id}`, { startsAt: '2029-03-01T09:00:00+08:00' });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.field).toBe('startsAt');
  });

  it('deletes a meeting with no poll (audited), and refuses one that has a poll', async () => {
    const clerk = await t.as('clerk');
    const id = (await clerk.post('/api/meetings', meetingBody({}))).json().id;
    expect((await (await t.as('cadre')).delete(`/api/meetings/${id}`)).statusCode).toBe(403);
    expect((await clerk.delete(`/api/meetings/${id}`)).statusCode).toBe(204);
    expect((await clerk.get(`/api/meetings/${id}`)).statusCode).toBe(404);
    const audit = (await (await t.as('office')).get('/api/audit?action=meeting.delete&limit=50')).json();
    expect(audit.entries.some((e: { entityId: string }) => e.entityId === id)).toBe(true);
    const f = await openPollWithCodes(t, { open: false, codes: 1 });
    const refused = await f.clerk.delete(`/api/meetings/${f.meetingId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('已有表决');
  });
});

describe('应到 of a 党员和村民代表会议', () => {
  it('is entered, counting each person once: between the larger group and the sum of both', async () => {
    const clerk = await t.as('clerk');
    const body = meetingBody({ kind: 'party_and_representative_assembly' });
    // 愚公村: 58 party members, 45 representatives.
    const missing = await clerk.post('/api/meetings', body);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('eligible');
    for (const eligible of [57, 104]) {
      const res = await clerk.post('/api/meetings', { ...body, eligible });
      expect(res.statusCode, String(eligible)).toBe(400);
      expect(res.json().error.message).toContain('只算一人');
    }
    const ok = await clerk.post('/api/meetings', { ...body, eligible: 90 });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().eligible).toBe(90);
    const detail = (await clerk.get(`/api/meetings/${ok.json().id}`)).json();
    expect(detail.quorum.rule).toContain('本地做法');
    expect(detail.quorum.required).toBe(60);
  });
});

describe('a township leader’s meeting list', () => {
  it('holds their contact villages (联系村) and the meetings they host elsewhere, nothing else', async () => {
    const office = await t.as('office');
    const hosted = await office.post(
      '/api/meetings',
      meetingBody({
        villageId: t.demo.villageIds.太行村,
        host: '乡领导',
        hostUserId: await userIdOf(t, 'leader'),
      }),
    );
    expect(hosted.statusCode).toBe(201);
    const other = await office.post('/api/meetings', meetingBody({ villageId: t.demo.villageIds.北山村 }));
    expect(other.statusCode).toBe(201);
    type Row = { id: string; villageName: string };
    const all: Row[] = (await office.get('/api/meetings')).json();
    const mine: Row[] = (await (await t.as('leader')).get('/api/meetings')).json();
    expect(new Set(all.map((m) => m.villageName)).size).toBeGreaterThan(3);
    const outside = mine.filter((m) => !['愚公村', '王屋村'].includes(m.villageName));
    expect(outside.map((m) => m.id)).toEqual([hosted.json().id]);
    const contact = all.filter((m) => ['愚公村', '王屋村'].includes(m.villageName)).map((m) => m.id);
    expect(contact.length).toBeGreaterThan(0);
    expect(mine.map((m) => m.id).sort()).toEqual([...contact, hosted.json().id].sort());
    expect(mine.some((m) => m.id === other.json().id)).toBe(false);
  });
});
