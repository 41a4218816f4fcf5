import { eq } from 'drizzle-orm';
import { pledges } from '../../db/schema/index.ts';
import type { ProgressStatus } from '../../domain/progress/report.ts';
import { demoActor } from '../demo/demo-actors.ts';
import type { DemoStep } from '../demo/demo-county.ts';
import { DEMO_VILLAGES } from '../demo/demo-data.ts';
import { DEMO_FULFILMENT_YEAR, demoClerkUsername, demoPledges } from '../demo/demo-years.ts';
import type { PreparedFile } from '../files/uploads.ts';
import { demoPhotoFile } from './demo-photos.ts';
import { addReport } from './progress.service.ts';

type Step = {
  date: string;
  status: ProgressStatus;
  percent: number;
  note: string;
  internalNote?: string;
  photo?: boolean;
};

/** How a pledge's year went, by its place in the list: finished early, finished late, under way, stuck, not begun. */
function storyOf(index: number, standard: string, dueDate: string): Step[] {
  const start: Step = {
    date: '2026-04-15',
    status: 'in_progress',
    percent: 20,
    note: '召开村“两委”会议和村民代表会议研究实施方案，落实资金和人员，已开始实施。',
  };
  const middle = (percent: number, date: string, photo = false): Step => ({
    date,
    status: 'in_progress',
    percent,
    note: `按计划推进，目前完成约${percent}%，村务监督委员会全程参与监督。`,
    photo,
  });
  const done = (date: string): Step => ({
    date,
    status: 'done',
    percent: 100,
    note: `已全部完成：${standard}`,
    photo: true,
  });
  const early = dueDate < '2026-08-31' ? '2026-06-28' : '2026-09-20';
  switch (index % 6) {
    case 0:
      return [start, done(early)];
    case 1:
      return [middle(60, '2026-07-18')];
    case 2:
      return [
        start,
        {
          date: '2026-08-05',
          status: 'blocked',
          percent: 35,
          note: '汛期连续降雨，施工暂停，待天气好转后复工；已向乡里说明情况。',
          internalNote: '第二批项目资金尚未拨付，需乡里协调县有关部门。',
          photo: true,
        },
      ];
    case 3:
      return [done('2026-11-20')];
    case 4:
      return [
        {
          date: '2026-05-06',
          status: 'not_started',
          percent: 0,
          note: '前期入户摸底调查中，方案待村民代表会议讨论。',
        },
      ];
    default:
      return [];
  }
}

/**
 * The 2026 fulfilment year's progress on the demo township's approved pledges, reported through the
 * product's own service by the cadre (愚公村's, for his own) or the village clerk. One photo of
 * 愚公村's road is posted again by 王屋村: the reuse flag the office sees.
 */
export const seedDemoProgress: DemoStep = async (tx, ids) => {
  const campaignId = ids.campaignIds[DEMO_FULFILMENT_YEAR];
  if (!campaignId) return;
  const rows = await demoPledges(tx, campaignId);
  const villages = new Map(DEMO_VILLAGES.map((v) => [v.name, v]));
  let reusable: PreparedFile | null = null;
  let reused = false;
  let seed = 1;
  for (const [index, row] of rows.entries()) {
    const village = villages.get(row.villageName);
    if (!village) continue;
    const [pledge] = await tx.select().from(pledges).where(eq(pledges.id, row.pledgeId));
    const username = row.villageName === '愚公村' ? 'cadre' : demoClerkUsername(village);
    const actor = await demoActor(tx, username);
    for (const step of storyOf(index, pledge!.completionStandard, row.dueDate)) {
      const photos: PreparedFile[] = [];
      if (step.photo) {
        const reuse = reusable !== null && !reused && row.villageName === '王屋村' && step.status === 'done';
        if (reuse) reused = true;
        const caption = `${row.villageName} · ${row.title.slice(0, 14)}`;
        photos.push(reuse && reusable ? reusable : await demoPhotoFile(seed++, caption, step.date));
        if (!reusable && row.villageName === '愚公村') reusable = photos[0]!;
      }
      await addReport(
        tx,
        actor,
        row.pledgeId,
        {
          status: step.status,
          percent: step.percent,
          reportDate: step.date,
          note: step.note,
          internalNote: step.internalNote ?? null,
        },
        photos,
      );
    }
  }
};
