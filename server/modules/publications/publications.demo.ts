/**
 * The demo's 2026 publicity: the plan (period ended in February), each village's approved pledges
 * (ended in May), 愚公村's progress in its period now (2026-11-26 to the year's end, objections open), and
 * 王屋村's progress withdrawn for a correction.
 */

import { demoActor } from '../demo/demo-actors.ts';
import type { DemoStep } from '../demo/demo-county.ts';
import { DEMO_VILLAGES } from '../demo/demo-data.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { publish, withdraw } from './publications.service.ts';

const PLAN_TEXT = [
  '为进一步转变村干部作风，提高为民服务水平，乡党委、乡政府决定在全乡各村开展2026年度村干部承诺考评活动。',
  '一、承诺：各村党支部书记、村委会主任结合本村实际，围绕经济发展、改善环境、社会治安、民主法制、精神文明、党的建设、民生实事作出公开承诺，经征求意见、村“两委”会议研究、群众表决确认，报乡党委、乡政府审批后张榜公布。',
  '二、践诺：承诺人按承诺事项逐项落实，定期公开进展情况，接受群众和村民监督员监督；乡督察组定期督促检查。',
  '三、评诺：年底由群众评议、评委评分和考察组实地考察综合评定等次，结果公示后兑现奖惩。',
  '对本方案有意见或建议的，可在异议期内通过乡、村监督信箱反映。',
].join('\n');

/** Noon in Beijing on a day: the moment a demo notice went up. */
const noon = (date: string) => new Date(`${date}T12:00:00+08:00`);

export const seedDemoPublications: DemoStep = async (tx, ids) => {
  const campaignId = ids.campaignIds[DEMO_FULFILMENT_YEAR];
  if (!campaignId) throw new Error('the demo 2026 campaign is missing');
  const office = await demoActor(tx, 'office');
  await publish(
    tx,
    office,
    campaignId,
    { kind: 'plan', text: PLAN_TEXT, startDate: '2026-02-16', periodDays: 7, objectionDays: 5 },
    noon('2026-02-16'),
  );
  for (const village of DEMO_VILLAGES) {
    const villageId = ids.villageIds[village.name];
    if (!villageId) continue;
    await publish(
      tx,
      office,
      campaignId,
      { kind: 'pledges', villageId, startDate: '2026-05-08', periodDays: 7, objectionDays: 5 },
      noon('2026-05-08'),
    );
  }
  const wangwu = ids.villageIds.王屋村;
  if (wangwu) {
    const wrong = await publish(
      tx,
      office,
      campaignId,
      { kind: 'progress', villageId: wangwu, startDate: '2026-11-20', periodDays: 7, objectionDays: 5 },
      noon('2026-11-20'),
    );
    await withdraw(
      tx,
      office,
      wrong.id,
      '公示的防护栏安装进度与现场核实情况不符，核实后重新公示',
      noon('2026-11-22'),
    );
  }
  const yugong = ids.villageIds.愚公村;
  if (yugong) {
    await publish(
      tx,
      office,
      campaignId,
      {
        kind: 'progress',
        villageId: yugong,
        text: '以下为各项承诺的最新落实情况，公示至年底，欢迎村民监督；有不同意见的，请在公示期内提出。',
        startDate: '2026-11-26',
        // To the year's end: the demo stays where a township stands all December (periods from 1 December's view rot).
        periodDays: 36,
        objectionDays: 36,
      },
      noon('2026-11-26'),
    );
  }
};
