import type { Client, TestContext } from '../../test/harness.ts';

export const SATISFACTION_OPTIONS = [
  { label: '满意', countsAsValid: true },
  { label: '基本满意', countsAsValid: true },
  { label: '不满意', countsAsValid: true },
  { label: '不了解', countsAsValid: false },
];
export const CONFIRM_OPTIONS = [
  { label: '满意', countsAsValid: true },
  { label: '不满意', countsAsValid: true },
];

export type PollFixture = {
  meetingId: string;
  pollId: string;
  questions: { id: string; options: { id: string; label: string }[] }[];
  codes: string[];
};

function expectStatus(res: { statusCode: number; body: string }, status: number, what: string) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

/** A 村民代表会议 at 愚公村 with attendance, one open poll of the given questions and some codes. */
export async function openPollWithCodes(
  t: TestContext,
  options: {
    attendance?: number;
    codes?: number;
    questions?: { label: string; options: typeof CONFIRM_OPTIONS }[];
    open?: boolean;
  } = {},
): Promise<PollFixture & { clerk: Client }> {
  const clerk = await t.as('clerk');
  const meeting = await clerk.post('/api/meetings', {
    villageId: t.demo.villageIds['愚公村'],
    kind: 'representative_assembly',
    title: '2027年度承诺事项表决会',
    startsAt: '2027-03-10T09:00:00+08:00',
    place: '村委会会议室',
    host: '李建国',
    counters: ['王大海'],
    scrutineers: ['刘秀英'],
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
    purpose: 'pledge_confirmation',
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
