import type { Tx } from '../../db/client.ts';
import { demoActor } from '../demo/demo-actors.ts';
import type { DemoIds } from '../demo/demo-county.ts';
import { DEMO_FULFILMENT_YEAR } from '../demo/demo-years.ts';
import { publish } from '../publications/publications.service.ts';
import { DEMO_WEAK_VILLAGE } from '../weak-organizations/weak-organizations.demo.ts';
import type { CandidateBody } from './elections.schema.ts';
import { addCandidate, createElection } from './elections.service.ts';
import { electionsView } from './elections-view.ts';

const noon = (date: string) => new Date(`${date}T12:00:00+08:00`);

export const DEMO_ELECTION_DATE = `${DEMO_FULFILMENT_YEAR}-12-26`;

const CANDIDATES: CandidateBody[] = [
  {
    name: '孙红梅',
    post: 'committee_director',
    speechDate: `${DEMO_FULFILMENT_YEAR}-11-25`,
    speech:
      '各位父老乡亲：我在村里开了八年合作社，知道大家最盼的是路通水通、腰包鼓起来。如果大家信任我，我当选后第一件事就是把通往后山的道路修好，让果子运得出去。',
    pledges: [
      {
        category: '改善环境',
        title: '修通后山组道路',
        content: '争取项目资金，硬化后山组至县道道路2.5公里',
        completionStandard: '道路硬化完成并通过乡里验收',
        dueDate: `${DEMO_FULFILMENT_YEAR + 2}-10-31`,
      },
      {
        category: '经济发展',
        title: '办好苹果合作社',
        content: '吸收不少于60户入社，统一品种和销售',
        completionStandard: '入社农户不少于60户，户均增收2000元',
        dueDate: `${DEMO_FULFILMENT_YEAR + 3}-12-31`,
      },
    ],
  },
  {
    name: '王立新',
    post: 'committee_director',
    speechDate: `${DEMO_FULFILMENT_YEAR}-11-25`,
    speech:
      '大家好！我退伍回村五年，一直在村里当网格员。村里的事大家说了算：我当选后村务财务每月公开，大事都上村民代表会议。',
    pledges: [
      {
        category: '社会治安',
        title: '村务财务每月公开',
        content: '每月5日前在村务公开栏和微信群公开上月收支',
        completionStandard: '全年12次公开无遗漏',
        dueDate: `${DEMO_FULFILMENT_YEAR + 1}-12-31`,
      },
    ],
  },
];

/**
 * 北山村 (listed 软弱涣散 after 2025) holds its 换届 on 26 December: two candidates for 村委会主任
 * gave their speeches with public pledges on 25 November, published on the village board from 28
 * November (公示期 7 days, so running on 1 December). Runs after the weak-organizations demo.
 */
export async function seedElections(tx: Tx, ids: DemoIds): Promise<void> {
  const campaignId = ids.campaignIds[DEMO_FULFILMENT_YEAR];
  const villageId = ids.villageIds[DEMO_WEAK_VILLAGE];
  if (!campaignId || !villageId) return;
  const office = await demoActor(tx, 'office');
  const at = noon(`${DEMO_FULFILMENT_YEAR}-11-25`);
  const campaign = await createElection(
    tx,
    office,
    campaignId,
    { villageId, electionDate: DEMO_ELECTION_DATE, posts: ['committee_director'] },
    at,
  );
  const view = await electionsView(tx, office, campaign);
  const election = view.elections.find((e) => e.villageId === villageId);
  if (!election) return;
  for (const c of CANDIDATES) await addCandidate(tx, office, election.id, c, at);
  await publish(
    tx,
    office,
    campaignId,
    {
      kind: 'candidates',
      villageId,
      text: `${DEMO_WEAK_VILLAGE}第十二届村民委员会换届选举定于${DEMO_FULFILMENT_YEAR}年12月26日举行，现将村委会主任候选人的竞聘演讲和公开承诺予以公示。`,
      startDate: `${DEMO_FULFILMENT_YEAR}-11-28`,
      periodDays: 7,
      objectionDays: 5,
    },
    noon(`${DEMO_FULFILMENT_YEAR}-11-28`),
  );
}
