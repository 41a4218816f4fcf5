import { count, eq } from 'drizzle-orm';
import { auditLog, pledgeOpinions, pledgeSets, pledges, users } from '../../db/schema/index.ts';
import type { Client, TestContext } from '../../test/harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: inject's json() is untyped JSON
type Res = { statusCode: number; body: string; json(): any };

export function ok(res: Res, status = 200) {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json();
}

/** The demo 2027 campaign of 愚公乡, moved into the 承诺 phase. */
export async function demoCampaignInPledging(t: TestContext): Promise<string> {
  const office = await t.as('office');
  const list = ok(await office.get('/api/campaigns')) as { id: string; year: number; phase: string }[];
  const campaign = list.find((c) => c.year === 2027)!;
  if (campaign.phase === 'setup')
    ok(await office.post(`/api/campaigns/${campaign.id}/transition`, { to: 'pledging' }));
  return campaign.id;
}

export async function participantIds(t: TestContext, campaignId: string): Promise<Record<string, string>> {
  const list = ok(await (await t.as('office')).get(`/api/campaigns/${campaignId}/participants`)) as {
    id: string;
    name: string;
  }[];
  return Object.fromEntries(list.map((p) => [p.name, p.id]));
}

/** An extra village account (same password as the demo accounts): a clerk, or a cadre speaking for a person. */
export async function addAccount(t: TestContext, username: string, village: string, person?: string) {
  const [clerk] = await t.database.db.select().from(users).where(eq(users.username, 'clerk'));
  await t.database.db.insert(users).values({
    countyId: clerk!.countyId,
    townshipId: clerk!.townshipId,
    villageId: t.demo.villageIds[village]!,
    personId: person ? t.demo.personIds[person]! : null,
    username,
    displayName: person ? `${person}（${village}）` : `${village}记录员`,
    role: person ? 'village_cadre' : 'village_clerk',
    passwordHash: clerk!.passwordHash,
  });
  return t.as(username);
}

export const addClerk = (t: TestContext, username: string, village: string) =>
  addAccount(t, username, village);

export const pledgeInput = (title: string, extra: Record<string, unknown> = {}) => ({
  category: '民生实事',
  title,
  content: `${title}，按期保质完成`,
  completionStandard: '按期完成并经群众验收',
  dueDate: '2027-11-30',
  ...extra,
});

export async function addPledges(client: Client, participantId: string, titles: string[]) {
  const ids: string[] = [];
  for (const title of titles) {
    ids.push(
      ok(await client.post(`/api/pledging/participants/${participantId}/pledges`, pledgeInput(title)), 201)
        .id,
    );
  }
  return ids;
}

export async function setIdOf(client: Client, participantId: string): Promise<string> {
  return ok(await client.get(`/api/pledging/participants/${participantId}`)).set.id;
}

export async function createMeeting(
  t: TestContext,
  clerk: Client,
  village: string,
  kind:
    | 'two_committees'
    | 'villager_assembly'
    | 'party_and_representative_assembly'
    | 'representative_assembly',
  campaignId: string,
) {
  const res = await clerk.post('/api/meetings', {
    villageId: t.demo.villageIds[village],
    kind,
    title: kind === 'two_committees' ? '村两委会议' : '村民会议：承诺事项表决',
    startsAt: '2027-03-10T09:00:00+08:00',
    place: '村委会会议室',
    host: '主持人',
    counters: ['王大海'],
    scrutineers: ['刘秀英'],
    campaignId,
    ...(kind === 'two_committees' ? { eligible: 7 } : {}),
    // 党员和村民代表会议: 应到 counts each person once, so it is entered (meetings, DESIGN §2.3).
    ...(kind === 'party_and_representative_assembly' ? { eligible: 80 } : {}),
  });
  return ok(res, 201).id as string;
}

/**
 * Runs a paper vote on the set's poll: attendance, open, close, the same tally by the clerk and the
 * office, certification by the clerk and the host. `rejects(label)` gives the 不满意 votes of a
 * question out of 100 returned ballots.
 */
export async function paperVote(
  t: TestContext,
  clerk: Client,
  host: Client,
  pollId: string,
  rejects: (label: string) => number,
) {
  const office = await t.as('office');
  const poll = ok(await clerk.get(`/api/polls/${pollId}`));
  const meeting = ok(await clerk.get(`/api/meetings/${poll.meetingId}`));
  // The host certifies as the meeting's recorded host account.
  const hostUserId = ok(await host.get('/api/auth/me')).userId;
  ok(
    await clerk.patch(`/api/meetings/${poll.meetingId}`, {
      attendance: meeting.meeting.eligible,
      hostUserId,
    }),
  );
  ok(await clerk.post(`/api/polls/${pollId}/open`));
  ok(await clerk.post(`/api/polls/${pollId}/close`));
  const questions = poll.questions.map(
    (q: { id: string; label: string; options: { id: string; kind: string }[] }) => {
      const no = rejects(q.label);
      const counts = Object.fromEntries(
        q.options.map((o) => [o.id, o.kind === 'unsatisfied' ? no : o.kind === 'satisfied' ? 100 - no : 0]),
      );
      return { questionId: q.id, counts };
    },
  );
  const tally = { issued: 100, returned: 100, invalid: 0, questions };
  ok(await clerk.post(`/api/polls/${pollId}/tallies`, { slot: 'counter', ...tally }));
  ok(await office.post(`/api/polls/${pollId}/tallies`, { slot: 'scrutineer', ...tally }));
  ok(await clerk.post(`/api/polls/${pollId}/certify`, { as: 'clerk' }));
  ok(await host.post(`/api/polls/${pollId}/certify`, { as: 'host' }));
}

/** Solicit → 两委 → vote (all confirmed unless `rejects` says otherwise) → apply. */
export async function confirmSet(
  t: TestContext,
  options: {
    clerk: Client;
    host: Client;
    village: string;
    campaignId: string;
    setId: string;
    rejects?: (label: string) => number;
    solicit?: boolean;
  },
) {
  const { clerk, setId } = options;
  if (options.solicit !== false) ok(await clerk.post(`/api/pledge-sets/${setId}/solicit`));
  const committee = await createMeeting(t, clerk, options.village, 'two_committees', options.campaignId);
  ok(await clerk.post(`/api/pledge-sets/${setId}/committee`, { meetingId: committee, passed: true }));
  const assembly = await createMeeting(t, clerk, options.village, 'villager_assembly', options.campaignId);
  const vote = ok(await clerk.post(`/api/pledge-sets/${setId}/vote`, { meetingId: assembly }));
  await paperVote(t, clerk, options.host, vote.pollId, options.rejects ?? (() => 10));
  return ok(await clerk.post(`/api/pledge-sets/${setId}/apply-vote`));
}

/** Row counts that must not move when a request is refused. */
export async function pledgingCounts(t: TestContext) {
  const n = async (table: typeof pledges | typeof pledgeSets | typeof pledgeOpinions | typeof auditLog) =>
    (await t.database.db.select({ n: count() }).from(table))[0]!.n;
  return {
    pledges: await n(pledges),
    sets: await n(pledgeSets),
    opinions: await n(pledgeOpinions),
    audit: await n(auditLog),
  };
}
