import { desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { localToday } from '../../domain/local-time.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import {
  addAccount,
  addClerk,
  addPledges,
  confirmSet,
  createMeeting,
  demoCampaignInPledging,
  ok,
  participantIds,
  pledgeInput,
  pledgingCounts,
  setIdOf,
} from './pledges.test-support.ts';

let t: TestContext;
let campaignId: string;
let people: Record<string, string>;

beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const url = (participant: string) => `/api/pledging/participants/${people[participant]}/pledges`;

describe('before the 承诺 phase', () => {
  it('refuses drafting while the campaign is in setup with 409 WRONG_PHASE, storing nothing', async () => {
    const office = await t.as('office');
    const list = ok(await office.get('/api/campaigns')) as { id: string; year: number }[];
    campaignId = list.find((c) => c.year === 2027)!.id;
    people = await participantIds(t, campaignId);
    const cadre = await t.as('cadre');
    const before = await pledgingCounts(t);
    const res = await cadre.post(url('李建国'), pledgeInput('新修村组水泥路2.5公里'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('WRONG_PHASE');
    expect(res.json().error.message).toContain('筹备');
    expect(await pledgingCounts(t)).toEqual(before);
  });
});

describe('drafting', () => {
  beforeAll(async () => {
    campaignId = await demoCampaignInPledging(t);
  });

  it('takes a title of exactly 60 characters and a due date of 12-31', async () => {
    const res = await (await t.as('cadre')).post(
      url('李建国'),
      pledgeInput('路'.repeat(60), { dueDate: '2027-12-31' }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'draft', version: 1, statusLabel: '待表决' });
  });

  it.each([
    ['title', { title: '路'.repeat(61) }, /不能超过 60 个字/],
    ['content', { content: '字'.repeat(1001) }, /具体内容/],
    ['completionStandard', { completionStandard: '字'.repeat(501) }, /完成标准/],
    ['category', { category: '招商引资' }, /承诺类别/],
    ['dueDate', { dueDate: '2028-01-01' }, /2027 年内/],
    ['dueDate', { dueDate: '2027-02-30' }, /有效日期/],
    ['dueDate', { dueDate: '明年春天' }, /完成时限/],
    ['title', { title: '   ' }, /不能为空/],
    ['extra', { extra: 1 }, /extra/],
  ])('refuses a bad %s with 400 naming it, storing nothing', async (field, change, message) => {
    const before = await pledgingCounts(t);
    const res = await (await t.as('cadre')).post(url('李建国'), pledgeInput('新修村组水泥路', change));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(res.json().error.message).toMatch(message);
    expect(await pledgingCounts(t)).toEqual(before);
  });

  it('lets the clerk draft for a cadre of the village', async () => {
    const res = await (await t.as('clerk')).post(url('李建国'), pledgeInput('开展星级文明户评选'));
    expect(res.statusCode).toBe(201);
  });

  it.each([
    ['office', 403],
    ['juror', 403],
    ['leader', 403],
    ['county', 403],
    ['office2', 403],
  ])('refuses %s drafting (%d)', async (user, status) => {
    const res = await (await t.as(user)).post(url('李建国'), pledgeInput('修路'));
    expect(res.statusCode).toBe(status);
  });

  it('gives 404 for another village or township: a cadre cannot reach them', async () => {
    const res = await (await t.as('cadre')).post(url('王志强'), pledgeInput('修路'));
    expect(res.statusCode).toBe(404);
    for (const path of [
      `/api/pledging/participants/${people.李建国}`,
      `/api/campaigns/${campaignId}/pledging/villages/${t.demo.villageIds.愚公村}`,
      `/api/campaigns/${campaignId}/pledging/overview`,
    ]) {
      expect((await (await t.as('office2')).get(path)).statusCode).toBe(404);
    }
  });

  it('refuses a cadre writing for the other cadre of the same village (403), nothing stored', async () => {
    const wang = await addAccount(t, 'cadre-wang', '王屋村', '王志强');
    const before = await pledgingCounts(t);
    const res = await wang.post(url('陈秀兰'), pledgeInput('修路'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('本人');
    expect(await pledgingCounts(t)).toEqual(before);
  });

  it('refuses unknown fields in an edit', async () => {
    const detail = ok(await (await t.as('cadre')).get(`/api/pledging/participants/${people.李建国}`));
    const res = await (await t.as('cadre')).patch(`/api/pledges/${detail.pledges[0].id}`, {
      status: 'confirmed',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('status');
  });

  it('refuses an excluded cadre (立案未结案) with 409', async () => {
    const clerk = await addClerk(t, 'clerk-shimen', '石门村');
    const res = await clerk.post(url('赵德胜'), pledgeInput('修路'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PARTICIPANT_EXCLUDED');
    const checklist = ok(
      await (await t.as('office')).get(
        `/api/campaigns/${campaignId}/pledging/villages/${t.demo.villageIds.石门村}`,
      ),
    );
    expect(checklist.participants.find((p: { name: string }) => p.name === '赵德胜')).toMatchObject({
      excluded: true,
      checks: [],
    });
  });
});

describe('public opinions', () => {
  let setId: string;
  const villageId = () => t.demo.villageIds.愚公村!;

  beforeAll(async () => {
    setId = await setIdOf(await t.as('cadre'), people.李建国!);
  });

  it('refuses opinions before solicitation starts (409 NOT_SOLICITING)', async () => {
    const res = await (await t.as(null)).post(`/api/public/villages/${villageId()}/opinions`, {
      pledgeSetId: setId,
      content: '好',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('NOT_SOLICITING');
  });

  it('takes an anonymous opinion once soliciting, audited as a villager', async () => {
    ok(await (await t.as('cadre')).post(`/api/pledge-sets/${setId}/solicit`));
    const res = await (await t.as(null)).post(`/api/public/villages/${villageId()}/opinions`, {
      pledgeSetId: setId,
      content: '希望先修通往学校的路',
    });
    expect(res.statusCode).toBe(201);
    const [entry] = await t.database.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(entry).toMatchObject({
      action: 'pledge_opinion.public',
      actorName: '村民（匿名）',
      actorId: null,
    });
  });

  it.each([
    [{ content: '没有指明对象' }, 'pledgeSetId'],
    [{ pledgeSetId: 'x', content: '好' }, 'pledgeSetId'],
    [{ pledgeSetId: '00000000-0000-4000-8000-000000000000', content: '' }, 'content'],
    [{ pledgeSetId: '00000000-0000-4000-8000-000000000000', content: '长'.repeat(1001) }, 'content'],
  ])('refuses %o with 400 naming %s', async (body, field) => {
    const before = await pledgingCounts(t);
    const res = await (await t.as(null)).post(`/api/public/villages/${villageId()}/opinions`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(await pledgingCounts(t)).toEqual(before);
  });

  it('gives 404 for a set of another village', async () => {
    const res = await (await t.as(null)).post(`/api/public/villages/${t.demo.villageIds.王屋村}/opinions`, {
      pledgeSetId: setId,
      content: '好',
    });
    expect(res.statusCode).toBe(404);
  });

  it('shows drafts under solicitation, never the opinions, on the public page', async () => {
    const board = ok(await (await t.as(null)).get(`/api/public/villages/${villageId()}/pledges`));
    expect(board.soliciting[0].name).toBe('李建国');
    expect(JSON.stringify(board)).not.toContain('希望先修通往学校的路');
  });
});

describe('meetings and the vote', () => {
  let setId: string;

  beforeAll(async () => {
    setId = await setIdOf(await t.as('cadre'), people.李建国!);
    const detail = ok(await (await t.as('cadre')).get(`/api/pledging/participants/${people.李建国}`));
    for (const o of detail.opinions) {
      ok(
        await (await t.as('cadre')).post(`/api/pledge-opinions/${o.id}/handle`, {
          handling: 'explained',
          note: '已当面解释',
        }),
      );
    }
  });

  it('requires a 两委会议 of the village for the committee decision', async () => {
    const clerk = await t.as('clerk');
    const assembly = await createMeeting(t, clerk, '愚公村', 'villager_assembly', campaignId);
    const res = await clerk.post(`/api/pledge-sets/${setId}/committee`, {
      meetingId: assembly,
      passed: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'meetingId' });
    expect(res.json().error.message).toContain('两委会议');
  });

  it('refuses the vote before the two committees passed, and on a 两委会议', async () => {
    const clerk = await t.as('clerk');
    const committee = await createMeeting(t, clerk, '愚公村', 'two_committees', campaignId);
    const early = await clerk.post(`/api/pledge-sets/${setId}/vote`, {
      meetingId: await createMeeting(t, clerk, '愚公村', 'villager_assembly', campaignId),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('WRONG_SET_STATUS');
    ok(await clerk.post(`/api/pledge-sets/${setId}/committee`, { meetingId: committee, passed: true }));
    const wrongKind = await clerk.post(`/api/pledge-sets/${setId}/vote`, { meetingId: committee });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.field).toBe('meetingId');
  });

  it('refuses the cadre (not voting.write) and applying an uncertified poll', async () => {
    const clerk = await t.as('clerk');
    const assembly = await createMeeting(t, clerk, '愚公村', 'party_and_representative_assembly', campaignId);
    expect(
      (await (await t.as('cadre')).post(`/api/pledge-sets/${setId}/vote`, { meetingId: assembly }))
        .statusCode,
    ).toBe(403);
    const vote = ok(await clerk.post(`/api/pledge-sets/${setId}/vote`, { meetingId: assembly }));
    const poll = ok(await clerk.get(`/api/polls/${vote.pollId}`));
    expect(poll.purpose).toBe('pledge_confirmation');
    expect(poll.questions.every((q: { subjectType: string }) => q.subjectType === 'pledge')).toBe(true);
    // The purpose lets a voter abstain: a phone offers 弃权, as a paper ballot may leave a pledge blank.
    for (const q of poll.questions as { options: { label: string; kind: string }[] }[]) {
      expect(q.options.map((o) => [o.label, o.kind])).toEqual([
        ['满意', 'satisfied'],
        ['不满意', 'unsatisfied'],
        ['弃权', 'abstain'],
      ]);
    }
    const res = await clerk.post(`/api/pledge-sets/${setId}/apply-vote`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('POLL_NOT_CERTIFIED');
    // The meeting fell through: the vote is called off, and the items wait for a new one.
    expect((await clerk.post(`/api/pledge-sets/${setId}/cancel-vote`, {})).json().error.field).toBe('reason');
    const cancelled = ok(
      await clerk.post(`/api/pledge-sets/${setId}/cancel-vote`, { reason: '会议未达到法定人数' }),
    );
    expect(cancelled.status).toBe('committee_passed');
    const detail = ok(await clerk.get(`/api/pledging/participants/${people.李建国}`));
    expect(detail.pledges.every((p: { status: string }) => p.status === 'draft')).toBe(true);
    expect(detail.events.at(-1)).toMatchObject({ kind: 'vote_cancelled', note: '会议未达到法定人数' });
  });
});

describe('township approval with overlap and minimum checks (王屋村: two cadres)', () => {
  let clerk: Awaited<ReturnType<typeof t.as>>;
  let secretarySet: string;
  let directorSet: string;
  const villageId = () => t.demo.villageIds.王屋村!;
  const checklist = async () =>
    ok(await (await t.as('office')).get(`/api/campaigns/${campaignId}/pledging/villages/${villageId()}`));

  beforeAll(async () => {
    clerk = await addClerk(t, 'clerk-wangwu', '王屋村');
    await addPledges(clerk, people.王志强!, [
      '新修村组水泥路2.5公里',
      '改造村小学厕所',
      '开展星级文明户评选',
    ]);
    await addPledges(clerk, people.陈秀兰!, ['完成2.5公里村组道路水泥硬化', '发展村集体光伏发电']);
    secretarySet = await setIdOf(clerk, people.王志强!);
    directorSet = await setIdOf(clerk, people.陈秀兰!);
  });

  it('flags the overlapping pair side by side with the shared phrases to highlight', async () => {
    const list = await checklist();
    expect(list.pairs).toHaveLength(1);
    const [pair] = list.pairs;
    expect(pair.blocking).toBe(true);
    expect(pair.shared).toContain('2.5公里');
    const road = pair.a.title === '新修村组水泥路2.5公里' ? pair.a : pair.b;
    const highlights = road === pair.a ? pair.highlightsA : pair.highlightsB;
    const marked = highlights
      .filter((h: { field: string }) => h.field === 'title')
      .map((h: { start: number; end: number }) => road.title.slice(h.start, h.end));
    expect(marked).toContain('2.5公里');
    const secretary = list.participants.find((p: { name: string }) => p.name === '王志强');
    expect(secretary.checks.find((c: { key: string }) => c.key === 'overlap').ok).toBe(false);
  });

  it('refuses approval while the pair is flagged, then approves after an override with a reason', async () => {
    const office = await t.as('office');
    await confirmSet(t, { clerk, host: office, village: '王屋村', campaignId, setId: secretarySet });
    const refused = await office.post(`/api/pledge-sets/${secretarySet}/approve`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CHECKLIST_FAILED');
    expect(refused.json().error.message).toContain('交叉');
    const [pair] = (await checklist()).pairs;
    expect(
      (
        await clerk.post('/api/pledging/overlap-overrides', {
          aPledgeId: pair.a.id,
          bPledgeId: pair.b.id,
          reason: '不同村民组',
        })
      ).statusCode,
    ).toBe(403);
    const noReason = await office.post('/api/pledging/overlap-overrides', {
      aPledgeId: pair.a.id,
      bPledgeId: pair.b.id,
    });
    expect(noReason.json().error.field).toBe('reason');
    ok(
      await office.post('/api/pledging/overlap-overrides', {
        aPledgeId: pair.a.id,
        bPledgeId: pair.b.id,
        reason: '书记负责一组、主任负责三组的道路，不重复',
      }),
      201,
    );
    expect((await checklist()).pairs[0].blocking).toBe(false);
    expect(ok(await office.post(`/api/pledge-sets/${secretarySet}/approve`, {})).status).toBe('approved');
  });

  it('below the minimum only with an office override and a reason', async () => {
    const office = await t.as('office');
    await confirmSet(t, { clerk, host: office, village: '王屋村', campaignId, setId: directorSet });
    const refused = await office.post(`/api/pledge-sets/${directorSet}/approve`, {});
    expect(refused.json().error.code).toBe('CHECKLIST_FAILED');
    expect(refused.json().error.message).toContain('少于 3 项');
    expect(
      (await clerk.post(`/api/pledge-sets/${directorSet}/minimum-override`, { reason: '理由' })).statusCode,
    ).toBe(403);
    ok(
      await office.post(`/api/pledge-sets/${directorSet}/minimum-override`, {
        reason: '村规模小，经乡党委研究同意两项',
      }),
    );
    expect(ok(await office.post(`/api/pledge-sets/${directorSet}/approve`, {})).status).toBe('approved');
    const entry = (await checklist()).participants.find((p: { name: string }) => p.name === '陈秀兰');
    expect(entry.checks.find((c: { key: string }) => c.key === 'minimum')).toMatchObject({
      ok: true,
      overridden: '村规模小，经乡党委研究同意两项',
    });
  });

  it('locks approved pledges: edits, withdrawals, opinions and return are refused', async () => {
    const detail = ok(await clerk.get(`/api/pledging/participants/${people.王志强}`));
    const pledgeId = detail.pledges[0].id;
    const before = await pledgingCounts(t);
    for (const res of [
      await clerk.patch(`/api/pledges/${pledgeId}`, { title: '改' }),
      await clerk.post(`/api/pledges/${pledgeId}/withdraw`, { reason: '不做了' }),
      await clerk.post(url('王志强'), pledgeInput('再加一项')),
      await (await t.as('office')).post(`/api/pledge-sets/${secretarySet}/return`, { comment: '重新考虑' }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('PLEDGES_LOCKED');
    }
    expect(await pledgingCounts(t)).toEqual(before);
  });

  it('the public page shows the approved pledges of the village', async () => {
    const board = ok(await (await t.as(null)).get(`/api/public/villages/${villageId()}/pledges`));
    expect(board.approved.map((c: { name: string }) => c.name).sort()).toEqual(['王志强', '陈秀兰'].sort());
  });
});

describe('return and resubmission', () => {
  it('the office returns a confirmed set with comments; unchanged, it is resubmitted; changed, it is voted again', async () => {
    const clerk = await addClerk(t, 'clerk-taihang', '太行村');
    const office = await t.as('office');
    await addPledges(clerk, people.张国华!, [
      '硬化村内主干道1公里',
      '建设村级养老服务站',
      '组织农民实用技术培训4期',
    ]);
    const setId = await setIdOf(clerk, people.张国华!);
    await confirmSet(t, { clerk, host: office, village: '太行村', campaignId, setId });
    expect((await office.post(`/api/pledge-sets/${setId}/return`, {})).json().error.field).toBe('comment');
    expect(
      ok(await office.post(`/api/pledge-sets/${setId}/return`, { comment: '请细化完成标准' })).status,
    ).toBe('returned');
    expect(ok(await clerk.post(`/api/pledge-sets/${setId}/resubmit`)).status).toBe('confirmed');
    ok(await office.post(`/api/pledge-sets/${setId}/return`, { comment: '培训期数请再斟酌' }));
    const detail = ok(await clerk.get(`/api/pledging/participants/${people.张国华}`));
    const training = detail.pledges[2];
    expect(
      ok(await clerk.patch(`/api/pledges/${training.id}`, { title: '组织农民实用技术培训6期' })).status,
    ).toBe('draft');
    const res = await clerk.post(`/api/pledge-sets/${setId}/resubmit`);
    expect(res.json().error.code).toBe('NEEDS_VOTE');
    const again = await confirmSet(t, { clerk, host: office, village: '太行村', campaignId, setId });
    expect(again.items).toEqual([{ id: training.id, status: 'confirmed' }]);
    expect(ok(await office.post(`/api/pledge-sets/${setId}/approve`, {})).status).toBe('approved');
  });
});

describe('withdrawing a rejected item instead of revising it', () => {
  it('the remaining confirmed items go to the township without another vote', async () => {
    const clerk = await addClerk(t, 'clerk-nanhe', '南河村');
    const office = await t.as('office');
    const ids = await addPledges(clerk, people.杨春生!, [
      '新打机井3眼，解决农田灌溉',
      '整治村内坑塘2处',
      '组织农民实用技术培训4期',
      '发展大棚蔬菜种植100亩',
    ]);
    const setId = await setIdOf(clerk, people.杨春生!);
    const rejects = (label: string) => (label.startsWith('发展大棚') ? 51 : 0);
    const applied = await confirmSet(t, {
      clerk,
      host: office,
      village: '南河村',
      campaignId,
      setId,
      rejects,
    });
    expect(applied.set.status).toBe('soliciting');
    expect((await clerk.post(`/api/pledge-sets/${setId}/resubmit`)).json().error.code).toBe('NEEDS_VOTE');
    ok(await clerk.post(`/api/pledges/${ids[3]}/withdraw`, { reason: '群众不满意，改为明年实施' }));
    expect(ok(await clerk.post(`/api/pledge-sets/${setId}/resubmit`)).status).toBe('confirmed');
    expect(ok(await office.post(`/api/pledge-sets/${setId}/approve`, {})).status).toBe('approved');
    const board = ok(
      await (await t.as(null)).get(`/api/public/villages/${t.demo.villageIds.南河村}/pledges`),
    );
    expect(board.approved[0].pledges).toHaveLength(3);
  });
});

describe('overview and the phase transition', () => {
  it('shows each village against the deadline and exports it', async () => {
    const overview = ok(await (await t.as('office')).get(`/api/campaigns/${campaignId}/pledging/overview`));
    expect(overview.commitmentDeadline).toBe('2027-03-31');
    const wangwu = overview.villages.find((v: { villageName: string }) => v.villageName === '王屋村');
    expect(wangwu).toMatchObject({ participants: 2, approved: 2, stageLabel: '已批准', overdue: false });
    const shimen = overview.villages.find((v: { villageName: string }) => v.villageName === '石门村');
    expect(shimen).toMatchObject({ participants: 1, excluded: 1, stageLabel: '尚未起草' });
    const sheet = await (await t.as('office')).get(`/api/campaigns/${campaignId}/pledging/overview.xlsx`);
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toMatch(/spreadsheetml/);
  });

  it('shows a township leader only their contact villages (联系村), on the page and in the .xlsx', async () => {
    const leader = await t.as('leader');
    const overview = ok(await leader.get(`/api/campaigns/${campaignId}/pledging/overview`));
    const names = overview.villages.map((v: { villageName: string }) => v.villageName);
    expect(names).toEqual(['愚公村', '王屋村']);
    const all = ok(await (await t.as('office')).get(`/api/campaigns/${campaignId}/pledging/overview`));
    expect(all.villages.length).toBeGreaterThan(2);
    const ofContacts = all.villages.filter((v: { villageName: string }) => names.includes(v.villageName));
    expect(overview.totals.participants).toBe(
      ofContacts.reduce((s: number, v: { participants: number }) => s + v.participants, 0),
    );
    const sheet = await leader.get(`/api/campaigns/${campaignId}/pledging/overview.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const firstColumn: unknown[] = [];
    workbook.getWorksheet('承诺进度')!.eachRow((r) => {
      firstColumn.push((r.values as unknown[])[1]);
    });
    expect(firstColumn.filter((c) => typeof c === 'string' && c.length > 1 && c.endsWith('村'))).toEqual(
      names,
    );
  });

  it('flags villages overdue after the commitment deadline (a 2024 campaign, deadline 2024-03-31)', async () => {
    const office = await t.as('office');
    // 2024: a year the demo has no campaign for (its 2026 is in 践诺).
    const created = ok(await office.post('/api/campaigns', { year: 2024 }), 201);
    ok(await office.post(`/api/campaigns/${created.id}/transition`, { to: 'pledging' }));
    const overview = ok(await office.get(`/api/campaigns/${created.id}/pledging/overview`));
    const today = localToday('Asia/Shanghai');
    expect(overview.pastDeadline).toBe(today > '2024-03-31');
    expect(overview.daysLeft < 0).toBe(overview.pastDeadline);
    if (overview.pastDeadline) {
      expect(overview.villages.every((v: { overdue: boolean }) => v.overdue)).toBe(true);
      expect(overview.totals.overdueVillages).toBe(overview.villages.length);
    }
  });

  it('refuses pledging → fulfilment while sets are unapproved', async () => {
    const res = await (await t.as('office')).post(`/api/campaigns/${campaignId}/transition`, {
      to: 'fulfilment',
    });
    expect(res.statusCode).toBe(409);
    expect(JSON.stringify(res.json())).toContain('未经乡党委政府批准');
  });

  it('prints the 承诺书 only for an approved set', async () => {
    const clerk = await t.as('clerk');
    const setId = await setIdOf(clerk, people.李建国!);
    const res = await clerk.get(`/api/pledge-sets/${setId}/letter.docx`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('NOT_APPROVED');
  });

  it('keeps the audit trail of every write', async () => {
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'pledge_set'));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['pledge_set.approved', 'pledge_set.returned']),
    );
  });
});

describe('rate limit of the public opinion box', () => {
  it('answers 429 in Chinese after 20 posts a minute', async () => {
    const villager = await t.as(null);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await villager.post(`/api/public/villages/${t.demo.villageIds.愚公村}/opinions`, {
        content: '好',
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
        break;
      }
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.length).toBeLessThanOrEqual(21);
  });
});
