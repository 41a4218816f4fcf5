import { count, eq, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.ts';
import { auditLog, pledgeSets, pledges, pollQuestions, polls, users } from '../../db/schema/index.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { villageChecklistView } from './pledge-checklist.service.ts';
import { pledgingOverview } from './pledge-overview.ts';
import {
  addAccount,
  addClerk,
  addPledges,
  createMeeting,
  demoCampaignInPledging,
  ok,
  participantIds,
  pledgeInput,
  setIdOf,
} from './pledges.test-support.ts';

let t: TestContext;
let campaignId: string;
let people: Record<string, string>;

beforeAll(async () => {
  t = await createTestContext();
  campaignId = await demoCampaignInPledging(t);
  people = await participantIds(t, campaignId);
});
afterAll(() => t.close());

const detailOf = async (user: string, participant: string) =>
  ok(await (await t.as(user)).get(`/api/pledging/participants/${people[participant]}`));

/** The signed-in account as the services see it. */
async function actorOf(username: string): Promise<Actor> {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return {
    userId: u!.id,
    username: u!.username,
    displayName: u!.displayName,
    role: u!.role,
    scope: { countyId: u!.countyId, townshipId: u!.townshipId, villageId: u!.villageId },
    personId: u!.personId,
    contactVillageIds: [],
  };
}

describe('allowed actions in the views', () => {
  it('a draft: the cadre may draft, edit, withdraw and publish; the office none of it', async () => {
    await addPledges(await t.as('cadre'), people.李建国!, ['新修村组水泥路2.5公里']);
    const cadre = await detailOf('cadre', '李建国');
    expect(cadre.participant.allowedActions).toEqual(['draft']);
    expect(cadre.set.allowedActions).toEqual(['solicit', 'handle_opinion']);
    expect(cadre.pledges[0].allowedActions).toEqual(['edit', 'withdraw']);
    const office = await detailOf('office', '李建国');
    expect(office.participant.allowedActions).toEqual([]);
    expect(office.set.allowedActions).toEqual([]);
    expect(office.pledges[0].allowedActions).toEqual([]);
  });

  it('answers a write with the set as the caller now sees it', async () => {
    const setId = await setIdOf(await t.as('cadre'), people.李建国!);
    const set = ok(await (await t.as('cadre')).post(`/api/pledge-sets/${setId}/solicit`));
    expect(set).toMatchObject({ status: 'soliciting', allowedActions: ['add_opinion', 'handle_opinion'] });
    const clerk = await detailOf('clerk', '李建国');
    expect(clerk.set.allowedActions).toContain('record_committee');
    const pledge = ok(
      await (await t.as('cadre')).patch(`/api/pledges/${clerk.pledges[0].id}`, {
        title: '新修村组水泥路3公里',
      }),
    );
    expect(pledge.allowedActions).toEqual(['edit', 'withdraw']);
  });

  it('a cadre of another person sees nothing to do on the other cadre’s pledges', async () => {
    await addClerk(t, 'clerk-wangwu-rules', '王屋村');
    const wangwu = await t.as('clerk-wangwu-rules');
    await addPledges(wangwu, people.陈秀兰!, ['发展村集体光伏发电']);
    await addAccount(t, 'cadre-wang-rules', '王屋村', '王志强');
    const seen = await detailOf('cadre-wang-rules', '陈秀兰');
    expect(seen.participant.allowedActions).toEqual([]);
    expect(seen.pledges[0].allowedActions).toEqual([]);
    expect((await detailOf('clerk-wangwu-rules', '陈秀兰')).participant.allowedActions).toEqual(['draft']);
  });
});

describe('starting a vote is one use case', () => {
  it('when its last step refuses, no poll, no question, no audit entry and no set change are stored', async () => {
    const clerk = await t.as('clerk');
    const setId = await setIdOf(clerk, people.李建国!);
    const committee = await createMeeting(t, clerk, '愚公村', 'two_committees', campaignId);
    ok(await clerk.post(`/api/pledge-sets/${setId}/committee`, { meetingId: committee, passed: true }));
    const assembly = await createMeeting(t, clerk, '愚公村', 'villager_assembly', campaignId);
    // The set's history refuses the vote_started entry: the step after the poll and the set's move.
    await t.database.db.execute(sql`
      create function refuse_vote_started() returns trigger language plpgsql as $$
      begin
        if new.kind = 'vote_started' then raise exception 'refused for the test'; end if;
        return new;
      end $$`);
    await t.database.db.execute(sql`
      create trigger refuse_vote_started before insert on pledge_set_events
      for each row execute function refuse_vote_started()`);
    const n = async (table: typeof polls | typeof pollQuestions | typeof auditLog) =>
      (await t.database.db.select({ n: count() }).from(table))[0]!.n;
    const before = {
      polls: await n(polls),
      questions: await n(pollQuestions),
      audit: await n(auditLog),
      set: (await t.database.db.select().from(pledgeSets).where(eq(pledgeSets.id, setId)))[0],
      items: await t.database.db.select().from(pledges).where(eq(pledges.setId, setId)),
    };
    try {
      const res = await clerk.post(`/api/pledge-sets/${setId}/vote`, { meetingId: assembly });
      expect(res.statusCode).toBe(500);
    } finally {
      await t.database.db.execute(sql`drop trigger refuse_vote_started on pledge_set_events`);
      await t.database.db.execute(sql`drop function refuse_vote_started`);
    }
    expect(await n(polls)).toBe(before.polls);
    expect(await n(pollQuestions)).toBe(before.questions);
    expect(await n(auditLog)).toBe(before.audit);
    expect((await t.database.db.select().from(pledgeSets).where(eq(pledgeSets.id, setId)))[0]).toEqual(
      before.set,
    );
    expect(await t.database.db.select().from(pledges).where(eq(pledges.setId, setId))).toEqual(before.items);
    // Nothing was left behind to get in the way: the same vote starts cleanly now.
    const vote = ok(await clerk.post(`/api/pledge-sets/${setId}/vote`, { meetingId: assembly }));
    expect(vote.set).toMatchObject({ status: 'voting', round: 1, pollId: vote.pollId });
    expect(await n(polls)).toBe(before.polls + 1);
  });
});

describe('"today" is the township’s local date', () => {
  // 2024-03-31T20:00Z is already 04-01 04:00 in Asia/Shanghai: a 03-31 deadline has passed.
  // (2024: a year the demo has no campaign for; its 2026 is in 践诺.)
  const LATE = new Date('2024-03-31T20:00:00Z');
  const SAME_DAY = new Date('2024-03-31T15:00:00Z');
  let campaign2024: string;

  beforeAll(async () => {
    const office = await t.as('office');
    campaign2024 = ok(await office.post('/api/campaigns', { year: 2024 }), 201).id;
    ok(await office.post(`/api/campaigns/${campaign2024}/transition`, { to: 'pledging' }));
  });

  it('the overview is past the deadline at 20:00 UTC on its last day, not on the UTC date', async () => {
    const office = await actorOf('office');
    const late = await pledgingOverview(t.database.db, office, campaign2024, LATE);
    expect(late).toMatchObject({
      commitmentDeadline: '2024-03-31',
      today: '2024-04-01',
      pastDeadline: true,
      daysLeft: -1,
    });
    expect(late.villages.every((v) => v.overdue)).toBe(true);
    const sameDay = await pledgingOverview(t.database.db, office, campaign2024, SAME_DAY);
    expect(sameDay).toMatchObject({ today: '2024-03-31', pastDeadline: false, daysLeft: 0 });
    expect(sameDay.villages.some((v) => v.overdue)).toBe(false);
  });

  it('the checklist flags lateness by the local date too', async () => {
    const office = await actorOf('office');
    const village = t.demo.villageIds.愚公村!;
    const late = await villageChecklistView(t.database.db, office, campaign2024, village, LATE);
    expect(late.participants.every((p) => p.overdue)).toBe(true);
    const sameDay = await villageChecklistView(t.database.db, office, campaign2024, village, SAME_DAY);
    expect(sameDay.participants.some((p) => p.overdue)).toBe(false);
  });

  it('the 承诺书 prints the approval day in local time', async () => {
    const cadre = await t.as('cadre');
    const setId = await setIdOf(cadre, people.李建国!);
    // An approval at 01:30 on 05-01 in Shanghai is 17:30 UTC on 04-30.
    await t.database.db
      .update(pledgeSets)
      .set({ status: 'approved', approvedAt: new Date('2027-04-30T17:30:00Z') })
      .where(eq(pledgeSets.id, setId));
    await t.database.db.update(pledges).set({ status: 'confirmed' }).where(eq(pledges.setId, setId));
    const letter = await cadre.get(`/api/pledge-sets/${setId}/letter.docx`);
    expect(letter.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(letter.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('2027年5月1日');
    expect(xml).not.toContain('2027年4月30日');
  });

  it('shows the township’s zone with the times of the participant page and the public page', async () => {
    expect((await detailOf('cadre', '李建国')).timeZone).toBe('Asia/Shanghai');
    const board = ok(
      await (await t.as(null)).get(`/api/public/villages/${t.demo.villageIds.愚公村}/pledges`),
    );
    expect(board.timeZone).toBe('Asia/Shanghai');
  });
});

describe('field labels', () => {
  it('a bad pledge title names the field 承诺事项', async () => {
    const res = await (await t.as('clerk')).post(
      `/api/pledging/participants/${people.李建国}/pledges`,
      pledgeInput('路'.repeat(61)),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('title');
    expect(res.json().error.message).toContain('承诺事项');
    expect(res.json().error.message).not.toContain('标题');
  });
});
