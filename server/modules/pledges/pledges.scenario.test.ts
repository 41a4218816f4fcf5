import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import {
  addPledges,
  createMeeting,
  demoCampaignInPledging,
  ok,
  paperVote,
  participantIds,
  setIdOf,
} from './pledges.test-support.ts';

let t: TestContext;
let campaignId: string;
let villageId: string;

beforeAll(async () => {
  t = await createTestContext();
  campaignId = await demoCampaignInPledging(t);
  villageId = t.demo.villageIds.愚公村!;
});
afterAll(() => t.close());

const TITLES = ['新修村组水泥路2.5公里', '新建村文化广场一处', '安装太阳能路灯50盏'];

describe('one village from draft to the public page (愚公村, 李建国 一肩挑)', () => {
  it('walks draft → opinions → 两委 → vote (one rejected, revised, re-voted) → approval → public page', async () => {
    const cadre = await t.as('cadre');
    const clerk = await t.as('clerk');
    const office = await t.as('office');
    // The assembly's host certifies: not the cadre, whose own pledges are voted on (DESIGN §2.3).
    const leader = await t.as('leader');
    const villager = await t.as(null);
    const participantId = (await participantIds(t, campaignId)).李建国!;

    // Draft: the cadre writes three pledges; nothing is public yet.
    const [road, square, lamps] = await addPledges(cadre, participantId, TITLES);
    const setId = await setIdOf(cadre, participantId);
    expect(ok(await cadre.get(`/api/pledging/participants/${participantId}`)).set.status).toBe('draft');
    expect(ok(await villager.get(`/api/public/villages/${villageId}/pledges`)).soliciting).toEqual([]);

    // 征求意见: the draft goes public; a villager comments there, the clerk enters a paper opinion.
    expect(ok(await cadre.post(`/api/pledge-sets/${setId}/solicit`)).status).toBe('soliciting');
    const board = ok(await villager.get(`/api/public/villages/${villageId}/pledges`));
    expect(board.soliciting).toHaveLength(1);
    expect(board.soliciting[0].pledges.map((p: { title: string }) => p.title)).toEqual(TITLES);
    ok(
      await villager.post(`/api/public/villages/${villageId}/opinions`, {
        pledgeSetId: setId,
        content: '建议路灯优先装在学校门口',
      }),
      201,
    );
    ok(
      await clerk.post(`/api/pledge-sets/${setId}/opinions`, {
        pledgeId: square,
        name: '张大爷',
        content: '广场要留出停车的地方',
      }),
      201,
    );

    // 两委: refused while an opinion is unhandled; the cadre handles both, then it passes.
    const committee = await createMeeting(t, clerk, '愚公村', 'two_committees', campaignId);
    const early = await clerk.post(`/api/pledge-sets/${setId}/committee`, {
      meetingId: committee,
      passed: true,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('OPINIONS_UNHANDLED');
    const detail = ok(await cadre.get(`/api/pledging/participants/${participantId}`));
    expect(detail.opinions.map((o: { source: string }) => o.source).sort()).toEqual(['paper', 'public']);
    for (const o of detail.opinions) {
      ok(
        await cadre.post(`/api/pledge-opinions/${o.id}/handle`, {
          handling: 'adopted',
          note: '已采纳，写入完成标准',
        }),
      );
    }
    ok(await clerk.post(`/api/pledge-sets/${setId}/committee`, { meetingId: committee, passed: true }));

    // Vote 1: the square is rejected (60 of 100 不满意); the lamps pass at exactly half.
    const assembly = await createMeeting(t, clerk, '愚公村', 'villager_assembly', campaignId);
    const vote1 = ok(await clerk.post(`/api/pledge-sets/${setId}/vote`, { meetingId: assembly }));
    const locked = await cadre.patch(`/api/pledges/${road}`, { title: '新修村组水泥路3公里' });
    expect(locked.statusCode).toBe(409);
    const rejects1 = (label: string) =>
      label.startsWith('新建村文化广场') ? 60 : label.startsWith('安装') ? 50 : 5;
    await paperVote(t, clerk, leader, vote1.pollId, rejects1);
    const due = ok(await cadre.get(`/api/pledging/participants/${participantId}`));
    expect(due.set.status).toBe('voting');
    expect(due.poll).toMatchObject({ id: vote1.pollId, status: 'certified' });
    const applied1 = ok(await clerk.post(`/api/pledge-sets/${setId}/apply-vote`));
    expect(applied1.set.status).toBe('soliciting');
    expect(
      Object.fromEntries(applied1.items.map((i: { id: string; status: string }) => [i.id, i.status])),
    ).toEqual({
      [road!]: 'confirmed',
      [square!]: 'rejected',
      [lamps!]: 'confirmed',
    });
    const early2 = await office.post(`/api/pledge-sets/${setId}/approve`, {});
    expect(early2.statusCode).toBe(409);

    // The rejected item must be revised before the two committees pass it again.
    const committee2 = await createMeeting(t, clerk, '愚公村', 'two_committees', campaignId);
    const unrevised = await clerk.post(`/api/pledge-sets/${setId}/committee`, {
      meetingId: committee2,
      passed: true,
    });
    expect(unrevised.json().error.code).toBe('UNREVISED_ITEMS');
    const revised = ok(
      await cadre.patch(`/api/pledges/${square}`, {
        title: '新建村文化广场一处（含停车区）',
        completionStandard: '广场面积不少于1500平方米，设停车位20个',
        reason: '按群众意见增加停车区',
      }),
    );
    expect(revised).toMatchObject({ status: 'draft', version: 2 });
    ok(await clerk.post(`/api/pledge-sets/${setId}/committee`, { meetingId: committee2, passed: true }));

    // Vote 2: only the revised item is on the ballot, and it passes.
    const assembly2 = await createMeeting(t, clerk, '愚公村', 'villager_assembly', campaignId);
    const vote2 = ok(await clerk.post(`/api/pledge-sets/${setId}/vote`, { meetingId: assembly2 }));
    const poll2 = ok(await clerk.get(`/api/polls/${vote2.pollId}`));
    expect(poll2.questions).toHaveLength(1);
    await paperVote(t, clerk, leader, vote2.pollId, () => 20);
    expect(ok(await clerk.post(`/api/pledge-sets/${setId}/apply-vote`)).set.status).toBe('confirmed');

    // History: the square shows both rounds and its earlier text.
    const history = ok(await cadre.get(`/api/pledging/participants/${participantId}`));
    const squareView = history.pledges.find((p: { id: string }) => p.id === square);
    expect(squareView.rounds.map((r: { round: number; outcome: string }) => [r.round, r.outcome])).toEqual([
      [1, 'rejected'],
      [2, 'confirmed'],
    ]);
    expect(squareView.revisions).toHaveLength(1);
    expect(squareView.revisions[0]).toMatchObject({
      version: 1,
      title: '新建村文化广场一处',
      reason: '按群众意见增加停车区',
    });
    expect(history.events.map((e: { kind: string }) => e.kind)).toEqual([
      'soliciting',
      'committee_passed',
      'vote_started',
      'vote_applied',
      'committee_passed',
      'vote_started',
      'vote_applied',
    ]);

    // Checklist, then township approval; approved pledges are locked.
    const checklist = ok(await office.get(`/api/campaigns/${campaignId}/pledging/villages/${villageId}`));
    expect(checklist.participants[0]).toMatchObject({
      name: '李建国',
      approvable: true,
      confirmed: 3,
      required: 3,
    });
    expect(ok(await office.post(`/api/pledge-sets/${setId}/approve`, { comment: '同意' })).status).toBe(
      'approved',
    );
    const afterLock = await cadre.patch(`/api/pledges/${road}`, { title: '改一下' });
    expect(afterLock.statusCode).toBe(409);
    expect(afterLock.json().error.code).toBe('PLEDGES_LOCKED');

    // Public page: the approved pledges; no draft under solicitation any more.
    const publicBoard = ok(await villager.get(`/api/public/villages/${villageId}/pledges`));
    expect(publicBoard.soliciting).toEqual([]);
    expect(publicBoard.approved[0]).toMatchObject({ name: '李建国', roleLabel: '书记、主任一肩挑' });
    expect(publicBoard.approved[0].pledges.map((p: { title: string }) => p.title)).toEqual([
      TITLES[0],
      '新建村文化广场一处（含停车区）',
      TITLES[2],
    ]);
    expect(JSON.stringify(publicBoard)).not.toContain('停车的地方');

    // 承诺书 and the overview export read back.
    const letter = await cadre.get(`/api/pledge-sets/${setId}/letter.docx`);
    expect(letter.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(letter.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('2027年度村官承诺书');
    expect(xml).toContain('新建村文化广场一处（含停车区）');
    expect(xml).toContain('承诺人（签字）');
    const sheet = await office.get(`/api/campaigns/${campaignId}/pledging/overview.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1));
    });
    const yugong = rows.find((r) => r[0] === '愚公村')!;
    expect(yugong.at(-2)).toBe('已批准');
  });
});
