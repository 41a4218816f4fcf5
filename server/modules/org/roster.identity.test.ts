import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_ID_CARDS } from '../demo/demo-data.ts';
import { lastAudit, rosterFile, tableCounts, xlsxHeaders } from './org.test-support.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  // Signing in is audited: sign in first, so "nothing stored" counts only the import.
  for (const user of ['office', 'office2', 'county']) await t.as(user);
});
afterAll(() => t.close());

/** Fictional, checksum-correct numbers nobody in the demo has. */
const NEW_IDS = { 黄秀英: '419001197003030049', 宋明: '419001199001010051', 张国华: '41900119880808003X' };
const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;

type Cadre = [name: string, idCard: string | null] | null;
/** A roster line: a village with its demo counts, its secretary and director, their start date. */
function line(village: string, counts: number[], secretary: Cadre, director: Cadre, date: string) {
  return [
    village,
    ...counts,
    secretary?.[0] ?? null,
    null,
    director?.[0] ?? null,
    null,
    date,
    secretary?.[1] ?? null,
    director?.[1] ?? null,
  ];
}
const COUNTS: Record<string, number[]> = {
  北山村: [980, 318, 25, 31],
  王屋村: [2340, 768, 55, 71],
  杏花村: [890, 296, 23, 27],
  南河村: [1675, 540, 41, 49],
  太行村: [1420, 455, 35, 43],
  青龙村: [1545, 503, 38, 46],
  白石村: [1105, 361, 28, 34],
  上庄村: [1280, 410, 32, 38],
  下庄村: [1050, 342, 27, 30],
};

async function upload(user: string, lines: unknown[][], dryRun = false) {
  const client = await t.as(user);
  const payload = await rosterFile(lines);
  const url = `/api/roster/import${dryRun ? '?dryRun=true' : ''}`;
  return client.request({ method: 'POST', url, payload, headers: xlsxHeaders });
}

const detail = async (user: string, village: string) =>
  (await (await t.as(user)).get(`/api/villages/${t.demo.villageIds[village]}`)).json();

type Person = { id: string; name: string; idCardMasked: string | null };

describe('roster import: one person, known by the ID-card number', () => {
  it('moves a cadre to another village keeping their identity; their old post ends the day before', async () => {
    const lines = [
      line('北山村', COUNTS.北山村!, ['王志强', DEMO_ID_CARDS.王志强!], ['王志强', null], '2026-07-01'),
    ];
    const before = await tableCounts(t.database);
    const preview = await upload('office', lines, true);
    const expected = {
      personsCreated: 0,
      personsMoved: 1,
      positionsCreated: 2,
      positionsEnded: 3,
      notes: [
        {
          row: 2,
          column: '书记身份证号',
          message: expect.stringMatching(
            /原登记在王屋村，将调入本村，任职历史保留；.*党支部书记.*前一天结束/,
          ),
        },
      ],
    };
    expect(preview.json()).toMatchObject({ ...expected, dryRun: true });
    expect(await tableCounts(t.database)).toEqual(before);
    // The preview names the move, the post left behind and the new posts.
    const changes = preview.json().changes as { kind: string; name: string }[];
    const named = { row: 2, name: '王志强' };
    expect(changes).toEqual(
      expect.arrayContaining([
        { ...named, kind: 'moved', village: '北山村', post: null, date: '2026-07-01', fromVillage: '王屋村' },
        {
          ...named,
          kind: 'ended',
          village: '王屋村',
          post: 'party_secretary',
          date: '2026-06-30',
          fromVillage: null,
        },
        {
          ...named,
          kind: 'appointed',
          village: '北山村',
          post: 'party_secretary',
          date: '2026-07-01',
          fromVillage: null,
        },
        {
          ...named,
          kind: 'appointed',
          village: '北山村',
          post: 'committee_director',
          date: '2026-07-01',
          fromVillage: null,
        },
      ]),
    );
    expect(changes.filter((c) => c.kind === 'ended')).toHaveLength(3);
    expect(changes[0]).toMatchObject({ kind: 'moved' });

    const res = await upload('office', lines);
    expect(res.json()).toMatchObject({ ...expected, dryRun: false });
    const id = t.demo.personIds.王志强;
    const beishan = await detail('office', '北山村');
    expect(beishan).toMatchObject({
      secretary: { personId: id },
      director: { personId: id },
      dualRole: true,
    });
    expect(beishan.persons.find((p: Person) => p.id === id)).toMatchObject({
      idCardMasked: masked(DEMO_ID_CARDS.王志强!),
    });
    const wangwu = await detail('office', '王屋村');
    expect(wangwu.secretary).toBeNull();
    expect(wangwu.persons.some((p: Person) => p.id === id)).toBe(false);
    expect(wangwu.positions.find((p: { personId: string }) => p.personId === id)).toMatchObject({
      post: 'party_secretary',
      endDate: '2026-06-30',
    });
    const audit = await lastAudit(t.database);
    expect(audit.after).toMatchObject({
      moved: [{ personId: id, from: t.demo.villageIds.王屋村, to: t.demo.villageIds.北山村 }],
    });
  });

  it('takes a namesake with another number for another person, and says so', async () => {
    const res = await upload(
      'office',
      [line('王屋村', COUNTS.王屋村!, null, ['陈秀兰', NEW_IDS.宋明], '2026-08-01')],
      true,
    );
    expect(res.json()).toMatchObject({
      personsCreated: 1,
      positionsCreated: 1,
      positionsEnded: 1,
      notes: [
        {
          row: 2,
          column: '主任身份证号',
          message: `本村已有同名人员“陈秀兰”（身份证号 ${masked(DEMO_ID_CARDS.陈秀兰!)}），身份证号不同，视为另一人，将新增人员`,
        },
      ],
    });
  });

  it('gives a number to the one namesake registered without one', async () => {
    const office = await t.as('office');
    const villageId = t.demo.villageIds.杏花村;
    const person = (
      await office.post('/api/persons', { villageId, name: '黄秀英', partyMember: false })
    ).json();
    expect(person.idCardMasked).toBeNull();
    const res = await upload('office', [
      line('杏花村', COUNTS.杏花村!, null, ['黄秀英', NEW_IDS.黄秀英], '2026-09-01'),
    ]);
    expect(res.json()).toMatchObject({
      personsCreated: 0,
      idCardsAdded: 1,
      notes: [{ row: 2, message: expect.stringMatching(/未登记身份证号），视为同一人，登记其身份证号/) }],
    });
    const after = (await detail('office', '杏花村')).persons.find((p: Person) => p.id === person.id);
    expect(after).toMatchObject({ idCardMasked: masked(NEW_IDS.黄秀英) });
  });

  it('refuses every row it cannot tell apart, storing nothing', async () => {
    const office = await t.as('office');
    const second = await office.post('/api/persons', {
      villageId: t.demo.villageIds.太行村,
      name: '张国华',
      idCard: NEW_IDS.张国华,
      partyMember: false,
    });
    expect(second.statusCode).toBe(200);
    const before = await tableCounts(t.database);
    const res = await upload('office', [
      line('南河村', COUNTS.南河村!, ['杨春升', DEMO_ID_CARDS.杨春生!], null, '2026-10-01'),
      line('太行村', COUNTS.太行村!, ['张国华', null], null, '2026-10-01'),
      line('青龙村', COUNTS.青龙村!, null, ['马振江', DEMO_ID_CARDS.马振江!], '2026-10-01'),
      line('白石村', COUNTS.白石村!, null, ['马振江', DEMO_ID_CARDS.马振江!], '2026-10-01'),
    ]);
    expect(res.statusCode).toBe(400);
    const rows = res
      .json()
      .error.rows.map((r: { row: number; column: string; message: string }) => [r.row, r.column, r.message]);
    expect(rows).toEqual([[5, '主任身份证号', '与第 4 行的身份证号相同：一人只能登记在一个村']]);
    expect(await tableCounts(t.database)).toEqual(before);

    const stored = await upload('office', [
      line('南河村', COUNTS.南河村!, ['杨春升', DEMO_ID_CARDS.杨春生!], null, '2026-10-01'),
      line('太行村', COUNTS.太行村!, ['张国华', null], null, '2026-10-01'),
    ]);
    expect(stored.statusCode).toBe(400);
    expect(stored.json().error.rows).toEqual([
      {
        row: 2,
        column: '书记身份证号',
        message: expect.stringMatching(/^该身份证号已登记为南河村的“杨春生”，与本行姓名“杨春升”不符/),
      },
      {
        row: 3,
        column: '党支部书记',
        message: '本村有 2 名名为“张国华”的人员，请填写身份证号以确定是哪一位',
      },
    ]);
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('moves a person from another township only when they hold no post there', async () => {
    const holding = await upload('office2', [
      line('上庄村', COUNTS.上庄村!, ['李建国', DEMO_ID_CARDS.李建国!], null, '2026-10-01'),
    ]);
    expect(holding.statusCode).toBe(400);
    expect(holding.json().error.rows[0].message).toBe(
      '“李建国”现任愚公乡愚公村党支部书记、村委会主任，须由该乡镇先登记离任，才能调入本村',
    );

    const office = await t.as('office');
    const song = (
      await office.post('/api/persons', {
        villageId: t.demo.villageIds.白石村,
        name: '宋明',
        idCard: NEW_IDS.宋明,
        partyMember: true,
      })
    ).json();
    const res = await upload('office2', [
      line('下庄村', COUNTS.下庄村!, ['宋明', NEW_IDS.宋明], null, '2026-10-01'),
    ]);
    expect(res.json()).toMatchObject({
      personsMoved: 1,
      personsCreated: 0,
      notes: [{ message: expect.stringMatching(/原登记在愚公乡白石村，将调入本村/) }],
    });
    const xiazhuang = await detail('county', '下庄村');
    expect(xiazhuang.secretary).toEqual({ personId: song.id, name: '宋明' });
    expect((await detail('office', '白石村')).persons.some((p: Person) => p.id === song.id)).toBe(false);
  });

  it('refuses a move whose start is not after the old post’s start', async () => {
    const before = await tableCounts(t.database);
    const res = await upload('office', [
      line('新建村', [500, 150, 15, 20], null, ['韩丽娟', DEMO_ID_CARDS.韩丽娟!], '2024-01-01'),
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.rows).toEqual([
      {
        row: 2,
        column: '任职日期',
        message: '韩丽娟原任青龙村村委会主任（2024-01-01 起），调入本村的任职日期须晚于该日期',
      },
    ]);
    expect(await tableCounts(t.database)).toEqual(before);
  });
});
