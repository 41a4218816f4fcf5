import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  campaigns,
  fileAttachments,
  fileReuseFlags,
  files,
  inspectionItems,
  inspectionTeams,
} from '../../db/schema/index.ts';
import { type Client, createTestContext, type TestContext } from '../../test/harness.ts';
import { cameraJpeg, carriesMetadata, type FormPart, multipartBody } from '../files/files.test-support.ts';
import { ok } from '../pledges/pledges.test-support.ts';
import { readInspectionResults } from './inspection-results.ts';

let t: TestContext;
let campaignId: string;
let base: string;
beforeAll(async () => {
  t = await createTestContext();
  const [c] = await t.database.db.select().from(campaigns).where(eq(campaigns.year, 2026));
  campaignId = c!.id;
  base = `/api/inspection/campaigns/${campaignId}`;
});
afterAll(() => t.close());

type Overview = {
  teams: {
    id: string;
    name: string;
    villageIds: string[];
    members: { personId: string; name: string; leader: boolean }[];
  }[];
  villages: {
    villageId: string;
    villageName: string;
    status: string;
    teamName: string | null;
    allowedActions: string[];
  }[];
  participants: {
    participantId: string;
    name: string;
    score: number | null;
    complete: boolean;
    items: { itemScore: number | null }[];
  }[];
  allowedActions: string[];
};
type VillageView = {
  village: {
    status: string;
    allowedActions: string[];
    locked: boolean;
    onPaper: number;
    submittedByName: string | null;
  };
  pledges: {
    pledgeId: string;
    title: string;
    supervision: { assessmentLabel: string }[];
    letters: { content: string }[];
    record: null | {
      itemScore: number;
      source: string;
      recordedByName: string;
      photos: { id: string; url: string; reuseFlags: number; allowedActions: string[] }[];
    };
  }[];
};

/** An item as the phone sends it: a form with its text fields and photos. */
function putItem(client: Client, pledgeId: string, fields: Record<string, string>, photos: Buffer[] = []) {
  const parts: FormPart[] = [
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    ...photos.map((data, i) => ({ name: 'photos', filename: `IMG_${i}.jpg`, type: 'image/jpeg', data })),
  ];
  const { payload, headers } = multipartBody(parts);
  return client.request({ method: 'PUT', url: `/api/inspection/pledges/${pledgeId}`, payload, headers });
}

const items = async () => (await t.database.db.select({ n: count() }).from(inspectionItems))[0]!.n;
const village = (name: string) => t.demo.villageIds[name]!;
const view = async (client: Client, name: string) =>
  ok(await client.get(`${base}/villages/${village(name)}`)) as VillageView;
const done = {
  status: 'completed',
  progressPercent: '100',
  recognition: 'recognized',
  note: '已完成，群众认可',
};

describe('the demo year (1 December 2026)', () => {
  it('has three teams, every village assigned, 愚公村 in progress, 青龙村 not started, the rest submitted', async () => {
    const o = ok(await (await t.as('office')).get(base)) as Overview;
    expect(o.teams.map((x) => x.name)).toEqual(['第一考察组', '第二考察组', '第三考察组']);
    expect(o.villages).toHaveLength(12);
    expect(o.villages.every((v) => v.teamName)).toBe(true);
    const status = Object.fromEntries(o.villages.map((v) => [v.villageName, v.status]));
    expect(status.愚公村).toBe('in_progress');
    expect(status.青龙村).toBe('not_started');
    expect(Object.values(status).filter((s) => s === 'submitted')).toHaveLength(10);
    expect(o.allowedActions).toEqual(['manage']);
    expect(o.villages.find((v) => v.villageName === '王屋村')!.allowedActions).toEqual(['lock']);
  });

  it('flags the photo 第二考察组 used on two villages', async () => {
    const v = await view(await t.as('inspector2'), '西坡村');
    const photos = v.pledges.flatMap((p) => p.record?.photos ?? []);
    expect(photos.some((f) => f.reuseFlags > 0)).toBe(true);
  });

  it('gives each participant the mean of their items, 2 decimals, complete once the village is submitted', async () => {
    const results = await readInspectionResults(t.database.db, campaignId);
    const o = ok(await (await t.as('office')).get(base)) as Overview;
    for (const p of o.participants) {
      const r = results.get(p.participantId)!;
      expect(r.score).toBe(p.score);
      const scores = r.items.flatMap((i) => (i.itemScore === null ? [] : [i.itemScore]));
      if (scores.length) {
        const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
        expect(Math.abs(r.score! - mean)).toBeLessThanOrEqual(0.005 + 1e-9);
      }
    }
    const wangwu = o.participants.filter(
      (p) =>
        o.villages.find((v) => v.villageName === '王屋村')!.villageId ===
        (p as { villageId?: string }).villageId,
    );
    expect(wangwu.length).toBeGreaterThan(0);
    expect(wangwu.every((p) => p.complete)).toBe(true);
    const yugong = o.participants.find((p) => p.name === '李建国')!;
    expect(yugong.complete).toBe(false);
  });
});

describe('an inspector records pledge by pledge', () => {
  it('sees for each pledge its supervisors’ reports and the letters, never a writer', async () => {
    const res = await (await t.as('inspector')).get(`${base}/villages/${village('愚公村')}`);
    const v = ok(res) as VillageView;
    expect(v.village.allowedActions).toEqual(['record']);
    expect(v.pledges.some((p) => p.supervision.some((s) => s.assessmentLabel))).toBe(true);
    expect(v.pledges.some((p) => p.letters.length > 0)).toBe(true);
    expect(res.body).not.toMatch(/writerName|writerPhone|anonymous/);
  });

  it('refuses out-of-range and inconsistent values with the field named, storing nothing', async () => {
    const inspector = await t.as('inspector');
    const open = (await view(inspector, '愚公村')).pledges.find((p) => !p.record)!;
    const before = await items();
    const cases: [Record<string, string>, string, string][] = [
      [{ ...done, progressPercent: '101' }, 'progressPercent', '“完成进度”：不能大于 100'],
      [{ ...done, progressPercent: '-1' }, 'progressPercent', '“完成进度”：不能小于 0'],
      [{ ...done, progressPercent: '九十' }, 'progressPercent', '“完成进度”'],
      [{ ...done, recognition: 'maybe' }, 'recognition', '“群众认可度”'],
      [{ ...done, status: 'finished' }, 'status', '“完成状态”'],
      [{ ...done, progressPercent: '90' }, 'progressPercent', '状态为“已完成”时完成进度应为 100%'],
      [{ ...done, note: '很'.repeat(501) }, 'note', '“考核意见”：不能超过 500 个字'],
    ];
    for (const [fields, field, message] of cases) {
      const res = await putItem(inspector, open.pledgeId, fields, [await cameraJpeg(7)]);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).toContain(message);
    }
    expect(await items()).toBe(before);
  });

  it('refuses another team’s village (403) and another township’s pledge (404)', async () => {
    const open = (await view(await t.as('inspector'), '愚公村')).pledges.find((p) => !p.record)!;
    const before = await items();
    const other = await putItem(await t.as('inspector2'), open.pledgeId, done);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toBe('该村不在您所在考察组的考核范围内');
    const leader = await putItem(await t.as('leader'), open.pledgeId, done);
    expect(leader.statusCode).toBe(403);
    const missing = await putItem(await t.as('inspector'), '00000000-0000-4000-8000-000000000000', done);
    expect(missing.statusCode).toBe(404);
    expect(await items()).toBe(before);
  });

  it('records the last pledge with a camera photo (EXIF stripped), then the leader submits', async () => {
    const inspector = await t.as('inspector');
    const open = (await view(inspector, '愚公村')).pledges.find((p) => !p.record)!;
    const early = await inspector.post(`${base}/villages/${village('愚公村')}/submit`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('还有 1 项承诺事项未考核');
    const res = await putItem(
      inspector,
      open.pledgeId,
      {
        status: 'in_progress',
        progressPercent: '55',
        recognition: 'basically_recognized',
        note: '材料已到一半',
      },
      [await cameraJpeg(11)],
    );
    const after = ok(res) as VillageView;
    const record = after.pledges.find((p) => p.pledgeId === open.pledgeId)!.record!;
    // 55 × 60% + 75 × 40% = 33 + 30 = 63 (under the 推进中 cap of 74)
    expect(record.itemScore).toBe(63);
    expect(after.village.allowedActions).toEqual(['record', 'submit']);
    const photo = await inspector.request({ method: 'GET', url: record.photos[0]!.url });
    expect(photo.statusCode).toBe(200);
    expect(carriesMetadata(photo.rawPayload)).toBe(false);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'inspection.record'), eq(auditLog.entityId, open.pledgeId)));
    expect(entry).toBeDefined();

    const submitted = ok(await inspector.post(`${base}/villages/${village('愚公村')}/submit`)) as VillageView;
    expect(submitted.village.status).toBe('submitted');
    const results = await readInspectionResults(t.database.db, campaignId);
    const o = ok(await (await t.as('office')).get(base)) as Overview;
    const li = o.participants.find((p) => p.name === '李建国')!;
    expect(results.get(li.participantId)!.complete).toBe(true);
  });

  it('refuses edits once the office locks the village (409), and again allows them once reopened', async () => {
    const office = await t.as('office');
    const inspector = await t.as('inspector');
    const pledge = (await view(inspector, '王屋村')).pledges[0]!;
    ok(await office.post(`${base}/villages/${village('王屋村')}/lock`));
    const before = await items();
    const locked = await putItem(inspector, pledge.pledgeId, done);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe('该村的实地考核已由乡考评办锁定，不能再修改');
    expect(await items()).toBe(before);
    const reopened = ok(await office.post(`${base}/villages/${village('王屋村')}/unlock`)) as VillageView;
    expect(reopened.village.status).toBe('in_progress');
    ok(await putItem(inspector, pledge.pledgeId, done));
  });
});

describe('a photo attached by mistake', () => {
  const photoUrl = (pledgeId: string, fileId: string) =>
    `/api/inspection/pledges/${pledgeId}/photos/${fileId}`;
  const attachments = async (fileId: string) =>
    (
      await t.database.db
        .select({ n: count() })
        .from(fileAttachments)
        .where(eq(fileAttachments.fileId, fileId))
    )[0]!.n;

  it('its uploader removes it before submission (audited, the stored file kept); after submission photos are frozen', async () => {
    const inspector = await t.as('inspector');
    const office = await t.as('office');
    // 王屋村 was reopened by the office above: in progress again, every pledge recorded.
    const target = (await view(inspector, '王屋村')).pledges.find(
      (p) => p.record && !p.record.photos.length,
    )!;
    const added = ok(
      await putItem(inspector, target.pledgeId, done, [await cameraJpeg(21), await cameraJpeg(22)]),
    ) as VillageView;
    const [wrong, right] = added.pledges.find((p) => p.pledgeId === target.pledgeId)!.record!.photos;
    expect(wrong!.allowedActions).toEqual(['remove']);
    const seenByOffice = (await view(office, '王屋村')).pledges.find((p) => p.pledgeId === target.pledgeId)!;
    expect(seenByOffice.record!.photos.map((p) => p.allowedActions)).toEqual([[], []]);

    const byOffice = await office.delete(photoUrl(target.pledgeId, wrong!.id));
    expect(byOffice.statusCode).toBe(403);
    expect(byOffice.json().error.message).toBe('只能删除自己上传的照片');
    const byOtherTeam = await (await t.as('inspector2')).delete(photoUrl(target.pledgeId, wrong!.id));
    expect(byOtherTeam.statusCode).toBe(403);
    const wrongPledge = added.pledges.find((p) => p.pledgeId !== target.pledgeId)!;
    expect((await inspector.delete(photoUrl(wrongPledge.pledgeId, wrong!.id))).statusCode).toBe(404);

    const removed = ok(await inspector.delete(photoUrl(target.pledgeId, wrong!.id))) as VillageView;
    const photos = removed.pledges.find((p) => p.pledgeId === target.pledgeId)!.record!.photos;
    expect(photos.map((p) => p.id)).toEqual([right!.id]);
    expect(await attachments(wrong!.id)).toBe(0);
    const [stored] = await t.database.db.select().from(files).where(eq(files.id, wrong!.id));
    expect(stored).toBeDefined();
    const flags = await t.database.db
      .select()
      .from(fileReuseFlags)
      .where(eq(fileReuseFlags.fileId, wrong!.id));
    expect(flags).toEqual([]);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'inspection.photo_remove'), eq(auditLog.entityId, target.pledgeId)));
    expect(entry!.before).toMatchObject({ fileId: wrong!.id, sha256: stored!.sha256 });
    expect((await inspector.delete(photoUrl(target.pledgeId, wrong!.id))).statusCode).toBe(404);

    ok(await inspector.post(`${base}/villages/${village('王屋村')}/submit`));
    const frozen = await inspector.delete(photoUrl(target.pledgeId, right!.id));
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.message).toBe('该村的实地考核已提交，照片不能再删除');
    expect(await attachments(right!.id)).toBe(1);
    const after = (await view(inspector, '王屋村')).pledges.find((p) => p.pledgeId === target.pledgeId)!;
    expect(after.record!.photos.map((p) => p.allowedActions)).toEqual([[]]);
  });
});

describe('the office forms teams', () => {
  const members = (ids: string[]) =>
    ids.map((personId, i) => ({ personId, kind: i ? 'villager_representative' : 'township_cadre' }));

  it('refuses a member already on a team, a leader who is no member, and a member inspecting their own village', async () => {
    const office = await t.as('office');
    const o = ok(await office.get(base)) as Overview;
    const onTeam = o.teams[0]!.members[0]!.personId;
    const free = [t.demo.personIds.李建国!, t.demo.personIds.王志强!];
    const before = (await t.database.db.select({ n: count() }).from(inspectionTeams))[0]!.n;
    const taken = await office.post(`${base}/teams`, {
      name: '第四考察组',
      members: members([onTeam, free[0]!]),
      leaderPersonId: onTeam,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toContain('已是“第一考察组”的成员');
    const leader = await office.post(`${base}/teams`, {
      name: '第四考察组',
      members: members(free),
      leaderPersonId: onTeam,
    });
    expect(leader.statusCode).toBe(400);
    expect(leader.json().error).toMatchObject({
      field: 'leaderPersonId',
      message: '“组长”：组长应是考察组成员之一',
    });
    const short = await office.post(`${base}/teams`, {
      name: '第四考察组',
      members: members([free[0]!]),
      leaderPersonId: free[0],
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain('“考察组成员”');
    expect((await t.database.db.select({ n: count() }).from(inspectionTeams))[0]!.n).toBe(before);

    const created = ok(
      await office.post(`${base}/teams`, {
        name: '第四考察组',
        members: members(free),
        leaderPersonId: free[0],
      }),
      201,
    ) as Overview;
    const team = created.teams.find((x) => x.name === '第四考察组')!;
    // 李建国 is of 愚公村: his team may not inspect it.
    const own = await office.put(`/api/inspection/teams/${team.id}/villages`, {
      villageIds: [village('愚公村')],
    });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toContain('应当回避');
    // 杏花村 was submitted by 第三考察组: it stays with them.
    const moved = await office.put(`/api/inspection/teams/${team.id}/villages`, {
      villageIds: [village('杏花村')],
    });
    expect(moved.statusCode).toBe(409);
    // 青龙村 has not started: it may move.
    expect(
      (await office.put(`/api/inspection/teams/${team.id}/villages`, { villageIds: [village('青龙村')] }))
        .statusCode,
    ).toBe(204);
    const now = ok(await office.get(base)) as Overview;
    expect(now.villages.find((v) => v.villageName === '青龙村')!.teamName).toBe('第四考察组');
    expect((await office.delete(`/api/inspection/teams/${team.id}`)).statusCode).toBe(204);
  });

  it('is the office’s alone', async () => {
    const inspector = await t.as('inspector');
    const res = await inspector.post(`${base}/teams`, {
      name: '自建组',
      members: [],
      leaderPersonId: t.demo.personIds.李建国,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('the office keys a paper inspection', () => {
  const paper = {
    status: 'basically_completed',
    progressPercent: '90',
    recognition: 'recognized',
    note: '据考察组纸质考核表录入',
  };

  it('refuses a village without a team, then keys every pledge with the phone form’s rules, and submits for the team', async () => {
    const office = await t.as('office');
    const qinglong = village('青龙村');
    // The team test above moved 青龙村 to a team it then deleted: no team now.
    const pledges = (await view(office, '青龙村')).pledges;
    expect(pledges.length).toBeGreaterThan(0);
    const before = await items();
    const noTeam = await putItem(office, pledges[0]!.pledgeId, paper);
    expect(noTeam.statusCode).toBe(409);
    expect(noTeam.json().error.message).toBe('该村尚未分配考察组，不能录入纸质考核表');
    const o = ok(await office.get(base)) as Overview;
    const third = o.teams.find((x) => x.name === '第三考察组')!;
    const assigned = await office.put(`/api/inspection/teams/${third.id}/villages`, {
      villageIds: [...third.villageIds, qinglong],
    });
    expect(assigned.statusCode).toBe(204);
    expect((await view(office, '青龙村')).village.allowedActions).toEqual(['record_paper']);

    for (const [fields, field, message] of [
      [{ ...paper, status: 'completed' }, 'progressPercent', '状态为“已完成”时完成进度应为 100%'],
      [{ ...paper, progressPercent: '101' }, 'progressPercent', '“完成进度”：不能大于 100'],
      [{ ...paper, recognition: 'maybe' }, 'recognition', '“群众认可度”'],
    ] as const) {
      const res = await putItem(office, pledges[0]!.pledgeId, fields);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).toContain(message);
    }
    expect(await items()).toBe(before);

    let v: VillageView | undefined;
    for (const p of pledges) v = ok(await putItem(office, p.pledgeId, paper)) as VillageView;
    expect(v!.village).toMatchObject({ onPaper: pledges.length, status: 'in_progress' });
    const record = v!.pledges[0]!.record!;
    expect(record).toMatchObject({ source: 'paper', recordedByName: expect.stringContaining('考评办') });
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'inspection.record'), eq(auditLog.entityId, pledges[0]!.pledgeId)));
    expect(entry!.after).toMatchObject({ source: 'paper', teamId: third.id });
    const [row] = await t.database.db
      .select()
      .from(inspectionItems)
      .where(eq(inspectionItems.pledgeId, pledges[0]!.pledgeId));
    expect(row).toMatchObject({ source: 'paper', recordedByName: record.recordedByName });
    expect(row!.recordedBy).not.toBeNull();

    // The team sees the keyed records on its phones; its leader could submit too.
    const onPhone = await view(await t.as('inspector3'), '青龙村');
    expect(onPhone.pledges.every((p) => p.record?.source === 'paper')).toBe(true);
    expect(onPhone.village.allowedActions).toEqual(['record', 'submit']);

    expect(v!.village.allowedActions).toEqual(['record_paper', 'submit']);
    const submitted = ok(await office.post(`${base}/villages/${qinglong}/submit`)) as VillageView;
    expect(submitted.village).toMatchObject({ status: 'submitted', allowedActions: ['lock'] });
    expect(submitted.village.submittedByName).toBe(record.recordedByName);
    const again = await putItem(office, pledges[0]!.pledgeId, paper);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该村的实地考核已提交，不能再录入纸质考核表');
  });
});
