import type { OptionKind } from '../../domain/voting/option-kinds.ts';
import type { PollPurpose } from '../../domain/voting/purposes.ts';
import type { Client, TestContext } from '../../test/harness.ts';

type Option = { label: string; kind: OptionKind; score?: number };

export const SATISFACTION_OPTIONS: Option[] = [
  { label: '满意', kind: 'satisfied' },
  { label: '基本满意', kind: 'basically_satisfied' },
  { label: '不满意', kind: 'unsatisfied' },
  { label: '不了解', kind: 'dont_know' },
];
export const CONFIRM_OPTIONS: Option[] = [
  { label: '满意', kind: 'satisfied' },
  { label: '不满意', kind: 'unsatisfied' },
];
export const AGREE_OPTIONS: Option[] = [
  { label: '同意', kind: 'approve' },
  { label: '不同意', kind: 'reject' },
  { label: '弃权', kind: 'abstain' },
];

export type PollFixture = {
  meetingId: string;
  pollId: string;
  questions: { id: string; options: { id: string; label: string }[] }[];
  codes: string[];
  /** The clerk who recorded the meeting and set up the poll. */
  clerk: Client;
};

function expectStatus(res: { statusCode: number; body: string }, status: number, what: string) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

/** The user id of a demo account. */
export async function userIdOf(t: TestContext, username: string): Promise<string> {
  return (await (await t.as(username)).get('/api/auth/me')).json().userId as string;
}

/**
 * A 村民代表会议 at 愚公村 (hosted by the cadre's account unless `host` names another) with attendance,
 * one open poll of the given questions and some codes.
 */
export async function openPollWithCodes(
  t: TestContext,
  options: {
    attendance?: number;
    codes?: number;
    purpose?: PollPurpose;
    questions?: { label: string; options: Option[]; subjectType?: string; subjectId?: string }[];
    open?: boolean;
    host?: string;
    campaignId?: string;
    kind?: string;
  } = {},
): Promise<PollFixture> {
  const clerk = await t.as('clerk');
  const meeting = await clerk.post('/api/meetings', {
    villageId: t.demo.villageIds.愚公村,
    kind: options.kind ?? 'representative_assembly',
    title: '2027年度承诺事项表决会',
    startsAt: '2027-03-10T09:00:00+08:00',
    place: '村委会会议室',
    host: '李建国',
    hostUserId: await userIdOf(t, options.host ?? 'cadre'),
    counters: ['王大海'],
    scrutineers: ['刘秀英'],
    ...(options.campaignId ? { campaignId: options.campaignId } : {}),
  });
  expectStatus(meeting, 201, 'create meeting');
  const meetingId = meeting.json().id as string;
  expectStatus(
    await clerk.patch(`/api/meetings/${meetingId}`, { attendance: options.attendance ?? 40 }),
    200,
    'attendance',
  );
  const poll = await clerk.post(`/api/meetings/${meetingId}/polls`, {
    title: '李建国 2027 年度承诺事项',
    purpose: options.purpose ?? 'pledge_confirmation',
    questions: options.questions ?? [
      { label: '新修村组水泥路2.5公里', options: CONFIRM_OPTIONS },
      { label: '民主测评', options: SATISFACTION_OPTIONS },
    ],
  });
  expectStatus(poll, 201, 'create poll');
  const pollId = poll.json().id as string;
  const codes = await clerk.post(`/api/polls/${pollId}/codes`, { count: options.codes ?? 10 });
  expectStatus(codes, 201, 'codes');
  if (options.open !== false) expectStatus(await clerk.post(`/api/polls/${pollId}/open`), 200, 'open');
  return { clerk, meetingId, pollId, questions: poll.json().questions, codes: codes.json().codes };
}

/** Choices picking, for each question, the option with the given label (or the first). */
export function choose(fixture: PollFixture, ...labels: string[]) {
  return fixture.questions.map((q, i) => ({
    questionId: q.id,
    optionId: (q.options.find((o) => o.label === labels[i]) ?? q.options[0]!).id,
  }));
}
