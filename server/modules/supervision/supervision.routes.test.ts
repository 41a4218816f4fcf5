import { count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, supervisionReports, supervisors, users } from '../../db/schema/index.ts';
import { type Client, createTestContext, type TestContext } from '../../test/harness.ts';
import { cameraJpeg, carriesMetadata, type FormPart, multipartBody } from '../files/files.test-support.ts';
import { ok } from '../pledges/pledges.test-support.ts';
import { fulfilmentYear } from './supervision.test-support.ts';

let t: TestContext;
let campaignId: string;
let base: string;
beforeAll(async () => {
  t = await createTestContext();
  ({ campaignId } = await fulfilmentYear(t));
  base = `/api/supervision/campaigns/${campaignId}`;
});
afterAll(() => t.close());

async function electingMeeting(village: string, kind = 'representative_assembly') {
  const office = await t.as('office');
  return ok(
    await office.post('/api/meetings', {
      villageId: t.demo.villageIds[village],
      kind,
      title: '选举村民监督员',
      startsAt: '2026-03-12T09:00:00+08:00',
      place: '村委会',
      host: '韩文君',
      counters: [],
      scrutineers: [],
      campaignId,
      ...(kind === 'two_committees' ? { eligible: 7 } : {}),
    }),
    201,
  ) as { id: string };
}

/** A report as the phone sends it: a form with its text fields and photos. */
function postReport(client: Client, pledgeId: string, fields: Record<string, string>, photos: Buffer[] = []) {
  const parts: FormPart[] = [
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    ...photos.map((data, i) => ({ name: 'photos', filename: `IMG_${i}.jpg`, type: 'image/jpeg', data })),
  ];
  const { payload, headers } = multipartBody(parts);
  return client.request({
    method: 'POST',
    url: `/api/supervision/pledges/${pledgeId}/reports`,
    payload,
    headers,
  });
}

const rows = async (table: typeof supervisors | typeof supervisionReports) =>
  (await t.database.db.select({ n: count() }).from(table))[0]!.n;

/** The demo supervisor account (周大山, 愚公村), elected and bound to its person, as the demo does. */
async function boundDemoSupervisor() {
  const { db } = t.database;
  const [user] = await db.select().from(users).where(eq(users.username, 'supervisor'));
  const [bound] = await db.select().from(supervisors).where(eq(supervisors.userId, user!.id));
  if (bound) return;
  const office = await t.as('office');
  const meeting = await electingMeeting('愚公村', 'villager_assembly');
  const elected = ok(
    await office.post(`${base}/elections`, {
      meetingId: meeting.id,
      termStart: '2026-03-12',
      termEnd: '2028-12-31',
      elected: [{ name: '周大山', votes: 1204, openAccount: false }],
    }),
    201,
  );
  await db.update(users).set({ personId: elected.supervisors[0].personId }).where(eq(users.id, user!.id));
  const linked = ok(await office.post(`/api/supervision/supervisors/${elected.supervisors[0].id}/account`));
  expect(linked.slips).toEqual([]);
  expect(linked.supervisors[0]).toMatchObject({ username: 'supervisor', allowedActions: [] });
}

describe('supervisor elections', () => {
  it('records the meeting, votes and term, adds new people to the roster and opens accounts on slips', async () => {
    const office = await t.as('office');
    const meeting = await electingMeeting('王屋村');
    const res = ok(
      await office.post(`${base}/elections`, {
        meetingId: meeting.id,
        termStart: '2026-03-12',
        termEnd: '2028-12-31',
        elected: [
          { name: '吴桂芳', votes: 48, openAccount: true },
          { name: '郑春生', votes: 41, openAccount: false },
        ],
      }),
      201,
    );
    expect(res.supervisors).toMatchObject([
      { name: '吴桂芳', votes: 48, villageName: '王屋村', meetingKindLabel: '村民代表会议', inTerm: true },
      { name: '郑春生', votes: 41, username: null, allowedActions: ['open_account'] },
    ]);
    expect(res.slips).toHaveLength(1);
    expect(res.slips[0].account.username).toMatch(/^jd\d{4}$/);
    expect(res.supervisors[0].username).toBe(res.slips[0].account.username);
    const listed = ok(await office.get(`${base}/supervisors?villageId=${t.demo.villageIds.王屋村}`));
    expect(listed.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['吴桂芳', '郑春生']));
  });

  it('refuses a meeting that does not elect, and more votes than people present, storing nothing', async () => {
    const office = await t.as('office');
    const before = await rows(supervisors);
    const twoCommittees = await electingMeeting('王屋村', 'two_committees');
    const wrongKind = await office.post(`${base}/elections`, {
      meetingId: twoCommittees.id,
      termStart: '2026-03-12',
      termEnd: '2028-12-31',
      elected: [{ name: '何小燕', votes: 5, openAccount: true }],
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error).toMatchObject({ field: 'meetingId' });
    expect(wrongKind.json().error.message).toContain('村民会议或村民代表会议');
    const meeting = await electingMeeting('王屋村');
    const tooMany = await office.post(`${base}/elections`, {
      meetingId: meeting.id,
      termStart: '2026-03-12',
      termEnd: '2028-12-31',
      elected: [
        { name: '何小燕', votes: 30, openAccount: true },
        { name: '钱多多', votes: 56, openAccount: true },
      ],
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toContain('得票数');
    const badTerm = await office.post(`${base}/elections`, {
      meetingId: meeting.id,
      termStart: '2026-03-01',
      termEnd: '2028-12-31',
      elected: [{ name: '何小燕', votes: 30, openAccount: false }],
    });
    expect(badTerm.json().error.message).toContain('任期开始不能早于选举会议日期');
    expect(await rows(supervisors)).toBe(before);
    const roster = ok(await office.get(`/api/villages/${t.demo.villageIds.王屋村}`));
    expect(JSON.stringify(roster)).not.toContain('何小燕');
    expect((await (await t.as('supervisor')).post(`${base}/elections`, {})).statusCode).toBe(403);
  });
});

describe('supervision reports', () => {
  it('a supervisor in term reports on an approved pledge of their village; the office sees it', async () => {
    await boundDemoSupervisor();
    const supervisor = await t.as('supervisor');
    const pledges = ok(await supervisor.get(`${base}/pledges`)) as {
      id: string;
      villageName: string;
      allowedActions: string[];
    }[];
    expect(pledges.length).toBeGreaterThan(0);
    expect(new Set(pledges.map((p) => p.villageName))).toEqual(new Set(['愚公村']));
    expect(pledges.every((p) => p.allowedActions.includes('report'))).toBe(true);
    const report = ok(
      await postReport(
        supervisor,
        pledges[0]!.id,
        {
          observedOn: '2026-11-20',
          observation: '路基已平整，水泥路面尚未浇筑，工期比计划晚约一个月。',
          assessment: 'behind',
        },
        [await cameraJpeg(7)],
      ),
      201,
    );
    expect(report).toMatchObject({ assessmentLabel: '进度滞后', authorName: '周大山（愚公村监督员）' });
    expect(report.photos).toHaveLength(1);
    const photo = await (await t.as('office')).get(report.photos[0].url);
    expect(photo.statusCode).toBe(200);
    expect(carriesMetadata(photo.rawPayload)).toBe(false);
    const office = await t.as('office');
    const seen = ok(await office.get(`${base}/reports`));
    expect(seen.find((r: { id: string }) => r.id === report.id)).toMatchObject({ villageName: '愚公村' });
    const officePledges = ok(await office.get(`${base}/pledges`));
    expect(officePledges.find((p: { id: string }) => p.id === pledges[0]!.id)).toMatchObject({
      latestAssessmentLabel: '进度滞后',
      allowedActions: [],
    });
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, report.id));
    expect(audit?.action).toBe('supervision_report.create');
  });

  it('refuses dates outside the year, another village’s pledge, and non-supervisors', async () => {
    await boundDemoSupervisor();
    const supervisor = await t.as('supervisor');
    const [pledge] = ok(await supervisor.get(`${base}/pledges`));
    const before = await rows(supervisionReports);
    const future = await postReport(supervisor, pledge.id, {
      observedOn: '2027-01-05',
      observation: '看了',
      assessment: 'on_track',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({ field: 'observedOn' });
    expect(future.json().error.message).toContain('监督日期');
    const other = ok(
      await (await t.as('office')).get(`${base}/pledges?villageId=${t.demo.villageIds.王屋村}`),
    );
    const elsewhere = await postReport(supervisor, other[0].id, {
      observedOn: '2026-11-20',
      observation: '看了',
      assessment: 'on_track',
    });
    expect(elsewhere.statusCode).toBe(404);
    const cadre = await postReport(await t.as('cadre'), pledge.id, {
      observedOn: '2026-11-20',
      observation: '看了',
      assessment: 'on_track',
    });
    expect(cadre.statusCode).toBe(403);
    const json = await supervisor.post(`/api/supervision/pledges/${pledge.id}/reports`, {});
    expect(json.statusCode).toBe(400);
    const noText = await postReport(supervisor, pledge.id, {
      observedOn: '2026-11-20',
      assessment: 'on_track',
    });
    expect(noText.json().error).toMatchObject({ field: 'observation' });
    expect(noText.json().error.message).toContain('看到的情况');
    expect(await rows(supervisionReports)).toBe(before);
  });
});

describe('supervision group checks and rectifications', () => {
  it('records findings per village and demands with due dates; overdue ones stand out until closed', async () => {
    const office = await t.as('office');
    const before = ok(await office.get(base)).rectifications;
    const check = ok(
      await office.post(`${base}/checks`, {
        checkedOn: '2026-10-15',
        members: [{ name: '刘金成' }, { name: '韩文君' }],
        villages: [
          {
            villageId: t.demo.villageIds.愚公村,
            findings: '承诺公示栏未更新进展',
            rectifications: [{ demand: '更新公示栏践诺进展', dueDate: '2026-12-20', responsible: '李建国' }],
          },
          {
            villageId: t.demo.villageIds.太行村,
            findings: '文化广场未开工',
            rectifications: [
              { demand: '制定开工计划并报乡考评办', dueDate: '2026-11-15', responsible: '张国华' },
            ],
          },
        ],
      }),
      201,
    );
    const [yugong, taihang] = check.villages;
    expect(yugong.rectifications[0]).toMatchObject({ state: 'open', allowedActions: ['follow_up', 'close'] });
    expect(taihang.rectifications[0]).toMatchObject({ state: 'overdue', stateLabel: '逾期未整改' });
    const counts = ok(await office.get(base)).rectifications;
    expect(counts).toEqual({ open: before.open + 2, overdue: before.overdue + 1 });

    const leader = await t.as('leader');
    const leaderView = ok(await leader.get(`${base}/checks`)).find((c: { id: string }) => c.id === check.id);
    expect(leaderView.villages.map((v: { villageName: string }) => v.villageName)).toEqual(['愚公村']);
    const refused = await leader.post(
      `/api/supervision/rectifications/${taihang.rectifications[0].id}/follow-ups`,
      {
        followedOn: '2026-11-20',
        note: '已督促',
        closes: false,
      },
    );
    expect(refused.statusCode).toBe(403);
    const closed = ok(
      await leader.post(`/api/supervision/rectifications/${yugong.rectifications[0].id}/follow-ups`, {
        followedOn: '2026-11-25',
        note: '公示栏已更新到十一月进展',
        closes: true,
      }),
    );
    expect(closed).toMatchObject({ state: 'closed', closedOn: '2026-11-25', allowedActions: [] });
    expect(closed.followUps).toHaveLength(1);
    const again = await office.post(
      `/api/supervision/rectifications/${yugong.rectifications[0].id}/follow-ups`,
      {
        followedOn: '2026-11-26',
        note: '再看',
        closes: false,
      },
    );
    expect(again.statusCode).toBe(409);
    expect(ok(await office.get(base)).rectifications).toEqual({
      open: before.open + 1,
      overdue: before.overdue + 1,
    });
  });

  it('refuses a due date before the check, storing nothing', async () => {
    const office = await t.as('office');
    const before = ok(await office.get(`${base}/checks`)).length;
    const res = await office.post(`${base}/checks`, {
      checkedOn: '2026-10-15',
      members: [{ name: '刘金成' }],
      villages: [
        {
          villageId: t.demo.villageIds.王屋村,
          findings: '无',
          rectifications: [{ demand: '整改', dueDate: '2026-10-01', responsible: '王志强' }],
        },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'dueDate' });
    expect(ok(await office.get(`${base}/checks`)).length).toBe(before);
  });
});

describe('contact leaders', () => {
  it('a leader logs visits to their contact villages only, and sees only those', async () => {
    const leader = await t.as('leader');
    const summary = ok(await leader.get(base));
    expect(summary.villages.map((v: { name: string }) => v.name)).toEqual(['愚公村', '王屋村']);
    expect(summary.villages[0].allowedActions).toEqual(['log_visit']);
    const visit = ok(
      await leader.post(`${base}/visits`, {
        villageId: t.demo.villageIds.王屋村,
        visitedOn: '2026-11-28',
        discussed: '了解排水沟改造进度，指导村两委倒排工期',
        followUps: '十二月中旬再次走访',
      }),
      201,
    );
    expect(visit).toMatchObject({ villageName: '王屋村', leaderName: '刘金成（乡党委副书记）' });
    const elsewhere = await leader.post(`${base}/visits`, {
      villageId: t.demo.villageIds.太行村,
      visitedOn: '2026-11-28',
      discussed: '走访',
    });
    expect(elsewhere.statusCode).toBe(403);
    const visits = ok(await leader.get(`${base}/visits`));
    expect(visits.every((v: { villageName: string }) => ['愚公村', '王屋村'].includes(v.villageName))).toBe(
      true,
    );
  });

  it('the office assigns contact villages (at least one), audited', async () => {
    const office = await t.as('office');
    const leaders = ok(await office.get('/api/supervision/leaders'));
    const leader = leaders.find((l: { displayName: string }) => l.displayName.startsWith('刘金成'));
    const none = await office.put(`/api/supervision/leaders/${leader.userId}/villages`, { villageIds: [] });
    expect(none.statusCode).toBe(400);
    const ids = [t.demo.villageIds.愚公村, t.demo.villageIds.王屋村, t.demo.villageIds.太行村];
    const after = ok(
      await office.put(`/api/supervision/leaders/${leader.userId}/villages`, { villageIds: ids }),
    );
    expect(after.villages.map((v: { name: string }) => v.name)).toEqual(['愚公村', '王屋村', '太行村']);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'leader.contacts'))
      .orderBy(desc(auditLog.seq));
    expect(audit).toMatchObject({ entityId: leader.userId, after: { villageIds: ids } });
    const visit = await (await t.as('leader')).post(`${base}/visits`, {
      villageId: t.demo.villageIds.太行村,
      visitedOn: '2026-11-29',
      discussed: '督促文化广场开工',
    });
    expect(visit.statusCode).toBe(201);
    const other = await office.put(`/api/supervision/leaders/${leader.userId}/villages`, {
      villageIds: [t.demo.villageIds.上庄村],
    });
    expect(other.statusCode).toBe(404);
    ok(
      await office.put(`/api/supervision/leaders/${leader.userId}/villages`, { villageIds: ids.slice(0, 2) }),
    );
  });
});

describe('training and publicity sessions', () => {
  it('records attendance from the roster and a count of others', async () => {
    const office = await t.as('office');
    const session = ok(
      await office.post(`${base}/sessions`, {
        heldOn: '2026-04-08',
        kind: 'training',
        topic: '践诺工作培训',
        place: '乡政府三楼会议室',
        attendeePersonIds: [t.demo.personIds.李建国, t.demo.personIds.王志强],
        othersCount: 12,
      }),
      201,
    );
    expect(session).toMatchObject({ kindLabel: '培训', total: 14, villageName: null });
    expect(session.attendees.map((a: { name: string }) => a.name)).toEqual(['李建国', '王志强']);
    const empty = await office.post(`${base}/sessions`, {
      heldOn: '2026-04-08',
      kind: 'publicity',
      topic: '宣传',
      place: '村广场',
      attendeePersonIds: [],
      othersCount: 0,
    });
    expect(empty.statusCode).toBe(400);
    const listed = ok(await (await t.as('supervisor')).get(`${base}/sessions`));
    expect(listed.find((s: { id: string }) => s.id === session.id)).toBeTruthy();
  });
});

describe('the demo year', () => {
  it('shows supervisors, their reports, two checks (one demand closed, one overdue), visits and sessions', async () => {
    const office = await t.as('office');
    const elected = ok(await office.get(`${base}/supervisors`));
    expect(elected.find((s: { name: string }) => s.name === '周大山')).toMatchObject({
      villageName: '愚公村',
      username: 'supervisor',
      inTerm: true,
    });
    type Report = { assessmentLabel: string; observation: string; photos: { url: string }[] };
    const reports: Report[] = ok(await office.get(`${base}/reports`));
    const labels = reports.map((r) => r.assessmentLabel);
    expect(labels).toEqual(expect.arrayContaining(['进展正常', '进度滞后', '未见落实']));
    // Three of the demo's reports carry a site photo, through the file store.
    const demoText = ['施工队已进场', '按计划十月底应完成', '到现场查看，尚未见到'];
    for (const text of demoText) {
      const report = reports.find((r) => r.observation.startsWith(text));
      expect(report?.photos, text).toHaveLength(1);
      const photo = await office.get(report!.photos[0]!.url);
      expect(photo.statusCode).toBe(200);
      expect(photo.headers['content-type']).toBe('image/jpeg');
    }
    expect(reports.find((r) => r.observation.startsWith('主路面已浇筑'))?.photos).toEqual([]);
    const states = ok(await office.get(`${base}/checks`)).flatMap(
      (c: { villages: { rectifications: { state: string }[] }[] }) =>
        c.villages.flatMap((v) => v.rectifications.map((r) => r.state)),
    );
    expect(states).toEqual(expect.arrayContaining(['closed', 'overdue', 'open']));
    expect(ok(await office.get(`${base}/visits`)).length).toBeGreaterThanOrEqual(3);
    expect(ok(await office.get(`${base}/sessions`)).map((s: { kindLabel: string }) => s.kindLabel)).toEqual(
      expect.arrayContaining(['培训', '宣传']),
    );
  });
});
