import { AlignmentType } from 'docx';
import { eq } from 'drizzle-orm';
import type { Scope } from '../../core/actor.ts';
import { conflict } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { townships, villages } from '../../db/schema/index.ts';
import { localDate } from '../../domain/local-time.ts';
import { roleLabel } from '../../domain/participants.ts';
import { chainHead } from '../audit/chain-head.ts';
import { findCampaign } from '../campaigns/campaign-access.ts';
import { chainHeadParagraph, chineseDate, para, renderDocx, table, title } from '../documents/docx-kit.ts';
import { itemsOf, participantInScope, setInScope } from './pledge-access.ts';
import { personName } from './pledge-views.ts';

/** 承诺书 of one cadre: approved pledges in a table, the pledge text, and lines to sign. */
export async function pledgeLetterDocx(db: Queryable, scope: Scope, setId: string) {
  const set = await setInScope(db, scope, setId);
  if (set.status !== 'approved') throw conflict('NOT_APPROVED', '承诺事项经乡党委政府批准后才能打印承诺书');
  const participant = await participantInScope(db, scope, set.participantId);
  const campaign = await findCampaign(db, scope, set.campaignId);
  const [place] = await db
    .select({ village: villages.name, township: townships.name, timeZone: townships.timeZone })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .where(eq(villages.id, set.villageId));
  // The approval day as the township lives it (approved at 01:00 local time is that day, not the day before).
  const approvedOn = set.approvedAt ? localDate(set.approvedAt, place?.timeZone) : `${campaign.year}-01-01`;
  const name = await personName(db, participant.personId);
  const role = roleLabel(participant.isSecretary, participant.isDirector);
  const items = (await itemsOf(db, set.id)).filter((p) => p.status === 'confirmed');
  const pledgeTable = table(
    ['序号', '类别', '承诺事项', '完成标准', '完成时限'],
    items.map((p, i) => [
      String(i + 1),
      p.category,
      `${p.title}\n${p.content}`,
      p.completionStandard,
      chineseDate(p.dueDate),
    ]),
  );
  const village = place?.village ?? '';
  const year = campaign.year;
  const buffer = await renderDocx(`${name}承诺书`, [
    title(`${year}年度村官承诺书`),
    para(`${place?.township ?? ''}${village}${role}：${name}`, { align: AlignmentType.CENTER }),
    para(`本人向${village}全体党员、群众和乡党委、政府郑重承诺，${year}年内完成以下事项：`),
    pledgeTable,
    // "以上事项" refers to the table, so it follows it.
    para(
      '以上事项已广泛征求党员群众意见，经村“两委”会议研究通过，经群众表决确认，并经乡党委、政府批准。本人将认真履行承诺，接受党员群众和上级组织的监督、评议和考核。',
    ),
    para(''),
    para(`承诺人（签字）：____________`, { align: AlignmentType.RIGHT }),
    para(chineseDate(approvedOn), { align: AlignmentType.RIGHT }),
    para('乡党委、政府（盖章）：____________', { align: AlignmentType.RIGHT }),
    chainHeadParagraph(await chainHead(db, scope.countyId)),
  ]);
  return { buffer, fileName: `${village}${name}承诺书.docx` };
}
