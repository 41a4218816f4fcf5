import type { Tx } from '../../db/client.ts';
import { normalizeCode } from '../../domain/voting/ballot-code.ts';
import { codeHmac, newTracker } from '../ballots/ballot-key.ts';
import { castStatementSql } from '../ballots/cast-statement.ts';
import { demoActor } from '../demo/demo-actors.ts';
import type { DemoIds } from '../demo/demo-county.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { createMeeting, patchMeeting } from '../meetings/meetings.service.ts';
import type { ModuleDefinition } from '../module.ts';
import { certifyPoll } from './poll-certify.ts';
import { issueCodes, voidCodeBatch } from './poll-codes.ts';
import { pollShape } from './poll-shape.ts';
import { enterTally } from './poll-tallies.ts';
import { closePoll, createPoll, openPoll } from './polls.service.ts';

const ATTENDANCE = 41;
const SHEET = 15;
/** Phone votes by option label, and the paper sheets (26 handed out, one invalid). */
const PHONE_VOTES = { 同意: 11, 不同意: 1, 弃权: 1 } as const;
const PAPER = { issued: 26, returned: 26, invalid: 1, votes: { 同意: 22, 不同意: 2, 弃权: 1 } } as const;

/** One phone ballot, cast through the product's own cast statement while the poll is open. */
async function castInDemo(tx: Tx, pollId: string, code: string, choices: Record<string, string>) {
  const hmac = codeHmac(normalizeCode(code) ?? code);
  await tx.execute(
    castStatementSql({ hmac, pollId, tracker: newTracker(), choices: JSON.stringify(choices) }),
  );
}

/**
 * A 村民代表会议 of 愚公村 in November 2026 voting on street lights, by phone and on paper: the first
 * sheet of codes was lost before it was handed out, voided and printed again; 13 of the new codes
 * voted, the paper sheets were counted twice and agree, and the vote is certified.
 */
async function voidedSheetVote(tx: Tx, ids: DemoIds) {
  const [clerk, office, host] = [
    await demoActor(tx, 'clerk'),
    await demoActor(tx, 'office'),
    await demoActor(tx, 'cadre'),
  ];
  const meeting = await createMeeting(tx, clerk, {
    villageId: ids.villageIds.愚公村!,
    kind: 'representative_assembly',
    title: '愚公村村民代表会议：太阳能路灯安装项目表决',
    startsAt: `${DEMO_FULFILMENT_YEAR}-11-26T19:00:00+08:00`,
    place: '愚公村村委会议室',
    host: '李建国',
    hostUserId: host.userId,
    counters: ['王小明'],
    scrutineers: ['赵秀英'],
    campaignId: ids.campaignIds[DEMO_FULFILMENT_YEAR],
  });
  await patchMeeting(tx, clerk, meeting.id, {
    attendance: ATTENDANCE,
    minutes: `实到村民代表${ATTENDANCE}人。第1批选票码打印后在分发前遗失一页，已整批作废并重新打印；会上手机投票与纸质选票同时进行。`,
  });
  const poll = await createPoll(tx, clerk, meeting.id, {
    title: '太阳能路灯安装项目表决',
    purpose: 'general',
    paperBallots: true,
    questions: [
      {
        label: '在村主干道和各村民组安装太阳能路灯60盏，资金由乡“一事一议”奖补资金解决，不向村民筹资',
        options: [
          { label: '同意', kind: 'approve' },
          { label: '不同意', kind: 'reject' },
          { label: '弃权', kind: 'abstain' },
        ],
      },
    ],
  });
  await issueCodes(tx, clerk, poll.id, SHEET);
  await voidCodeBatch(tx, clerk, poll.id, 1, '第1批选票码打印后在分发前遗失一页（15张），整批作废，重新打印');
  const { codes } = await issueCodes(tx, clerk, poll.id, SHEET);
  await openPoll(tx, clerk, poll.id);
  const [question] = await pollShape(tx, poll.id);
  const optionId = (label: string) => question!.options.find((o) => o.label === label)!.id;
  const phone = Object.entries(PHONE_VOTES).flatMap(([label, n]) => Array<string>(n).fill(label));
  for (const [i, label] of phone.entries()) {
    await castInDemo(tx, poll.id, codes[i]!, { [question!.id]: optionId(label) });
  }
  await closePoll(tx, clerk, poll.id);
  const counts = Object.fromEntries(Object.entries(PAPER.votes).map(([label, n]) => [optionId(label), n]));
  const tally = {
    issued: PAPER.issued,
    returned: PAPER.returned,
    invalid: PAPER.invalid,
    questions: [{ questionId: question!.id, counts }],
  };
  await enterTally(tx, clerk, poll.id, { slot: 'counter', ...tally });
  await enterTally(tx, office, poll.id, { slot: 'scrutineer', ...tally });
  await certifyPoll(tx, clerk, poll.id, 'clerk');
  await certifyPoll(tx, host, poll.id, 'host');
}

/** The polls' demo, after the 2026 campaign exists (MODULES puts it after demoYearsModule). */
export const pollsDemoModule: ModuleDefinition = {
  name: 'pollsDemo',
  label: '表决演示',
  demo: async (tx, ids) => voidedSheetVote(tx, ids),
};
