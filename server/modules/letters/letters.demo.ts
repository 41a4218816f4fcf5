import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { letters, publications } from '../../db/schema/index.ts';
import { addDays } from '../../domain/letters.ts';
import { demoActor } from '../demo/demo-actors.ts';
import type { DemoIds, DemoStep } from '../demo/demo-county.ts';
import { DEMO_TOWNSHIP } from '../demo/demo-data.ts';
import { letterCodeHash } from './letter-code.ts';
import { replyToLetter } from './letter-follow.service.ts';
import { enterPaperLetter, submitPublicLetter } from './letter-submit.service.ts';
import type { LetterBody } from './letters.schema.ts';
import { answerLetter, assignLetter, closeLetter } from './letters.service.ts';

/** A morning in the township (Asia/Shanghai) on a 2026 day. */
const at = (day: string, time = '09:30') => new Date(`${day}T${time}:00+08:00`);

type Step =
  | { kind: 'assign'; on: string; unit: string; leader?: boolean; dueOn?: string }
  | { kind: 'answer'; on: string; text: string; leader?: boolean }
  | { kind: 'reply'; on: string; text: string }
  | { kind: 'close'; on: string };

type DemoLetter = {
  village: string;
  box: 'township' | 'village';
  /** The cadre written about, or none (about the village). */
  cadre?: string;
  signed?: { name: string; phone?: string };
  /** Entered from the physical box, on this day. */
  paperOn?: string;
  on: string;
  content: string;
  steps: Step[];
};

/** The 2026 mailbox of 愚公乡: one letter in each state, one overdue, one 不满意, one from the paper box. */
const DEMO_LETTERS: DemoLetter[] = [
  {
    village: '愚公村',
    box: 'village',
    paperOn: '2026-08-12',
    on: '2026-08-10',
    content:
      '村委会门口的监督信箱里投的信：村里今年新修的文化广场，晚上路灯只亮一半，跳广场舞的老人摸黑回家，希望尽快修好。',
    steps: [
      { kind: 'assign', on: '2026-08-13', unit: '愚公村村委会' },
      {
        kind: 'answer',
        on: '2026-08-24',
        text: '经查，广场 6 盏路灯线路老化，已于 8 月 22 日更换线路并全部恢复照明。感谢您的监督。',
      },
      { kind: 'close', on: '2026-09-01' },
    ],
  },
  {
    village: '愚公村',
    box: 'township',
    cadre: '李建国',
    on: '2026-09-05',
    content:
      '李书记承诺的村组道路硬化，村东二组那一段到现在还是土路，下雨天孩子上学一脚泥。承诺书上写的是 6 月底完成，请乡里督促。',
    steps: [
      { kind: 'assign', on: '2026-09-06', unit: '乡党委（包村领导）', leader: true },
      {
        kind: 'answer',
        on: '2026-09-18',
        leader: true,
        text: '已到现场查看：二组路段因征地协调推迟开工，现已完成路基，计划 10 月底前完成硬化。',
      },
      { kind: 'reply', on: '2026-11-25', text: '10 月底已经过了，路还是没修完，只铺了一半，不满意。' },
    ],
  },
  {
    village: '北山村',
    box: 'township',
    cadre: '刘福贵',
    on: '2026-10-28',
    content: '北山村的集体林地承包费怎么分的，村里一直没有公开账目，大家都不清楚，希望乡里查一查。',
    steps: [{ kind: 'assign', on: '2026-10-30', unit: '乡农经站', dueOn: '2026-11-14' }],
  },
  {
    village: '南河村',
    box: 'village',
    signed: { name: '周大娘', phone: '13903910000' },
    on: '2026-10-10',
    content: '南河村村东的排水沟堵了两个多月，一下雨就往院子里灌水，找过村里两次还没人来清。',
    steps: [
      { kind: 'assign', on: '2026-10-11', unit: '南河村村委会' },
      {
        kind: 'answer',
        on: '2026-10-20',
        text: '村委会已组织人员清理排水沟 320 米，并加装了两处盖板，今后每季度清理一次。',
      },
    ],
  },
  {
    village: '太行村',
    box: 'township',
    cadre: '张国华',
    signed: { name: '张桂英', phone: '13837120000' },
    on: '2026-11-20',
    content: '张主任承诺帮村里联系核桃收购，今年收购价比邻村低不少，想问问是怎么定的价。',
    steps: [{ kind: 'assign', on: '2026-11-21', unit: '乡农业服务中心' }],
  },
  {
    village: '王屋村',
    box: 'village',
    on: '2026-11-28',
    content: '王屋村的村务公开栏好几个月没有更新了，上面贴的还是去年的内容，希望按时公开。',
    steps: [],
  },
];

async function runSteps(tx: Tx, letterId: string, code: string, steps: Step[]) {
  const office = await demoActor(tx, 'office');
  const leader = await demoActor(tx, 'leader');
  for (const s of steps) {
    const now = at(s.on, '10:15');
    if (s.kind === 'assign') {
      const body = {
        handlerUnit: s.unit,
        ...(s.leader ? { handlerUserId: leader.userId } : {}),
        ...(s.dueOn ? { dueOn: s.dueOn } : {}),
      };
      await assignLetter(tx, office, letterId, body, now);
    } else if (s.kind === 'answer') await answerLetter(tx, s.leader ? leader : office, letterId, s.text, now);
    else if (s.kind === 'reply') await replyToLetter(tx, code, s.text, now);
    else await closeLetter(tx, office, letterId, now);
  }
}

async function letterIdByCode(tx: Tx, code: string) {
  const [row] = await tx
    .select({ id: letters.id })
    .from(letters)
    .where(eq(letters.codeHash, letterCodeHash(code)!));
  return row!.id;
}

async function seedLetter(tx: Tx, ids: DemoIds, l: DemoLetter) {
  const body: LetterBody = {
    box: l.box,
    villageId: ids.villageIds[l.village]!,
    subject: l.cadre ? 'cadre' : 'village',
    ...(l.cadre ? { personId: ids.personIds[l.cadre]! } : {}),
    anonymous: !l.signed,
    ...(l.signed ? { name: l.signed.name, phone: l.signed.phone } : {}),
    content: l.content,
  };
  const { code } = l.paperOn
    ? await enterPaperLetter(tx, await demoActor(tx, 'office'), { ...body, receivedOn: l.on }, at(l.paperOn))
    : await submitPublicLetter(tx, body, at(l.on, '20:40'));
  await runSteps(tx, await letterIdByCode(tx, code), code, l.steps);
}

/** An objection to the township's first publication of 2026, if the publications demo made one. */
async function seedObjection(tx: Tx, ids: DemoIds) {
  const [publication] = await tx
    .select()
    .from(publications)
    .where(
      and(eq(publications.townshipId, ids.townshipIds[DEMO_TOWNSHIP]!), isNull(publications.withdrawnAt)),
    )
    .orderBy(asc(publications.startDate))
    .limit(1);
  if (!publication || publication.startDate > '2026-11-29') return;
  const day =
    addDays(publication.startDate, 1) > publication.objectionEndDate
      ? publication.startDate
      : addDays(publication.startDate, 1);
  // Received the day after it went up, and not yet assigned: the office sees it on top of its list.
  await submitPublicLetter(
    tx,
    {
      box: publication.villageId ? 'village' : 'township',
      subject: 'publication',
      publicationId: publication.id,
      anonymous: true,
      content: `对“${publication.title}”有异议：公示中的一项承诺事项去年已经完成，不应作为今年的承诺。`,
    },
    at(day, '19:05'),
  );
}

export const seedDemoLetters: DemoStep = async (tx, ids) => {
  for (const l of DEMO_LETTERS) await seedLetter(tx, ids, l);
  await seedObjection(tx, ids);
};
