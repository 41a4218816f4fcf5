import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Tx } from '../../db/client.ts';
import { supervisors, users } from '../../db/schema/index.ts';
import { preparePassword } from '../accounts/accounts.service.ts';
import { demoActor } from '../demo/demo-actors.ts';
import type { DemoStep } from '../demo/demo-county.ts';
import { DEMO_FULFILMENT_YEAR, demoPledges } from '../demo/demo-years.ts';
import { createMeeting, patchMeeting } from '../meetings/meetings.service.ts';
import { createPerson } from '../org/persons.service.ts';
import { demoPhotoFile } from '../progress/demo-photos.ts';
import { followUp, recordCheck } from './checks.service.ts';
import { logVisit } from './contacts.service.ts';
import { fileReport } from './reports.service.ts';
import { recordSession } from './sessions.service.ts';
import { recordElection } from './supervisors.service.ts';

/** The 村民代表会议 that elects a village's supervisors, with its attendance recorded. */
async function electingMeeting(
  tx: Tx,
  office: Actor,
  campaignId: string,
  villageId: string,
  day: string,
  present: number,
) {
  const meeting = await createMeeting(tx, office, {
    villageId,
    kind: 'representative_assembly',
    title: '村民代表会议（选举村民监督员）',
    startsAt: `${day}T09:00:00+08:00`,
    place: '村委会会议室',
    host: '韩文君',
    counters: [],
    scrutineers: [],
    campaignId,
  });
  await patchMeeting(tx, office, meeting.id, { attendance: present });
  return meeting.id;
}

/**
 * Supervision of the 2026 year: supervisors elected in 愚公村 (the demo `supervisor` login, 周大山) and
 * 王屋村, their reports (one 进度滞后, one 未见落实), two checks of the supervision group (one
 * rectification closed, one overdue), the contact leader's visits and two training sessions.
 */
export const seedSupervision: DemoStep = async (tx, ids) => {
  const campaignId = ids.campaignIds[DEMO_FULFILMENT_YEAR];
  if (!campaignId) return;
  const office = await demoActor(tx, 'office');
  const v = ids.villageIds;

  // 愚公村: 周大山 (the demo login) is added to the roster, bound to his account, elected with 冯玉兰.
  const zhou = await createPerson(tx, office, { villageId: v.愚公村!, name: '周大山', partyMember: false });
  await tx.update(users).set({ personId: zhou.id }).where(eq(users.username, 'supervisor'));
  const yugong = await electingMeeting(tx, office, campaignId, v.愚公村!, '2026-03-25', 41);
  await recordElection(
    tx,
    office,
    campaignId,
    {
      meetingId: yugong,
      termStart: '2026-03-25',
      termEnd: '2028-12-31',
      elected: [
        { personId: zhou.id, votes: 39, openAccount: true },
        { name: '冯玉兰', votes: 36, openAccount: false },
      ],
    },
    [],
  );
  // 王屋村: 孙秀英 gets an account awaiting its first sign-in (the office resets it to print a slip).
  const wangwu = await electingMeeting(tx, office, campaignId, v.王屋村!, '2026-03-26', 50);
  const { supervisors: elected } = await recordElection(
    tx,
    office,
    campaignId,
    {
      meetingId: wangwu,
      termStart: '2026-03-26',
      termEnd: '2028-12-31',
      elected: [
        { name: '孙秀英', votes: 47, openAccount: true },
        { name: '马德福', votes: 44, openAccount: false },
      ],
    },
    [await preparePassword()],
  );
  const [sun] = await tx
    .select({ userId: supervisors.userId })
    .from(supervisors)
    .where(eq(supervisors.id, elected[0]!.id));
  const [sunUser] = await tx
    .select({ username: users.username })
    .from(users)
    .where(eq(users.id, sun!.userId!));

  const pledges = await demoPledges(tx, campaignId);
  const of = (village: string) => pledges.filter((p) => p.villageName === village);
  const zhouActor = await demoActor(tx, 'supervisor');
  const sunActor = await demoActor(tx, sunUser!.username);
  const [y1, y2, y3] = of('愚公村');
  const [w1, w2] = of('王屋村');
  const reports: [Actor, typeof y1, string, 'on_track' | 'behind' | 'not_seen', string][] = [
    [zhouActor, y1, '2026-06-15', 'on_track', '施工队已进场，路基平整完成约三成，现场有施工公示牌。'],
    [zhouActor, y1, '2026-09-10', 'on_track', '主路面已浇筑完成，正在修路肩和排水沟，群众反映质量不错。'],
    [
      zhouActor,
      y2,
      '2026-11-20',
      'behind',
      '按计划十月底应完成，现场只完成一半，材料还没到齐，工期明显滞后。',
    ],
    [zhouActor, y3, '2026-10-08', 'on_track', '已按承诺完成，村民代表参加了验收。'],
    [sunActor, w1, '2026-08-22', 'on_track', '工程按进度推进，村务公开栏已公示资金使用情况。'],
    [sunActor, w2, '2026-11-18', 'not_seen', '到现场查看，尚未见到任何施工准备，村民多次询问。'],
  ];
  // Three reports carry a site photo (seeds apart from the progress demo's, so no reuse flag).
  const withPhoto = new Set([0, 2, 5]);
  for (const [index, [actor, pledge, observedOn, assessment, observation]] of reports.entries()) {
    if (!pledge) continue;
    const caption = `${pledge.villageName} · 监督员现场查看`;
    const photos = withPhoto.has(index) ? [await demoPhotoFile(7000 + index * 37, caption, observedOn)] : [];
    await fileReport(tx, actor, pledge.pledgeId, { observedOn, assessment, observation }, photos);
  }

  const members = [{ name: '刘金成' }, { name: '韩文君' }, { name: '乡纪检副书记 王海' }];
  const first = await recordCheck(tx, office, campaignId, {
    checkedOn: '2026-06-20',
    members,
    villages: [
      {
        villageId: v.愚公村!,
        findings: '承诺事项进展正常；村务公开栏践诺进展两个月未更新。',
        rectifications: [
          { demand: '每月更新公开栏的践诺进展，并附现场照片', dueDate: '2026-07-31', responsible: '李建国' },
        ],
      },
      { villageId: v.王屋村!, findings: '承诺事项均已开工，台账齐全，未发现问题。', rectifications: [] },
    ],
  });
  const closedId = first.villages[0]!.rectifications[0]!.id;
  await followUp(tx, office, closedId, {
    followedOn: '2026-07-10',
    note: '电话督促，村里已安排专人负责公开栏。',
    closes: false,
  });
  await followUp(tx, office, closedId, {
    followedOn: '2026-07-28',
    note: '现场查看，公开栏已更新到七月。',
    closes: true,
  });
  const second = await recordCheck(tx, office, campaignId, {
    checkedOn: '2026-10-18',
    members,
    villages: [
      {
        villageId: v.太行村!,
        findings: '一项承诺至今未开工，村两委没有提出推进计划。',
        rectifications: [
          {
            demand: '制定开工计划，报乡考评办备案，按计划推进',
            dueDate: '2026-11-15',
            responsible: '张国华',
          },
        ],
      },
      {
        villageId: v.北山村!,
        findings: '佐证材料不全，部分照片无法说明进度。',
        rectifications: [
          { demand: '补齐承诺事项的佐证材料', dueDate: '2026-12-15', responsible: '北山村党支部' },
        ],
      },
    ],
  });
  const overdueId = second.villages[0]!.rectifications[0]!.id;
  await followUp(tx, office, overdueId, {
    followedOn: '2026-11-10',
    note: '再次督促，村里答复材料已订购，尚未开工。',
    closes: false,
  });

  const leader = await demoActor(tx, 'leader');
  const visits: [string, string, string, string | undefined][] = [
    [v.愚公村!, '2026-04-12', '了解通组道路开工准备，指导村两委公开招标程序。', '五月中旬再看施工进度'],
    [v.王屋村!, '2026-07-05', '听取践诺情况汇报，走访两户群众，了解对承诺事项的意见。', undefined],
    [
      v.愚公村!,
      '2026-11-24',
      '针对监督员反映的工期滞后，督促施工方增加人手，倒排工期。',
      '十二月上旬再次走访，核实进度',
    ],
  ];
  for (const [villageId, visitedOn, discussed, followUps] of visits) {
    await logVisit(tx, leader, campaignId, { villageId, visitedOn, discussed, followUps });
  }

  const cadres = [...new Set(pledges.map((p) => p.personId))];
  await recordSession(tx, office, campaignId, {
    heldOn: '2026-03-10',
    kind: 'training',
    topic: '村官承诺考评工作培训：如何拟定和践行承诺',
    place: '乡政府三楼会议室',
    attendeePersonIds: cadres,
    othersCount: 8,
  });
  await recordSession(tx, office, campaignId, {
    heldOn: '2026-05-16',
    kind: 'publicity',
    topic: '“村官承诺考评”活动宣传：村民怎样监督和评议',
    place: '王屋村文化广场',
    villageId: v.王屋村!,
    attendeePersonIds: [],
    othersCount: 126,
  });
};
