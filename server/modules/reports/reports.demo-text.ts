import type { ProgressStatus } from '../../domain/progress/report.ts';

/**
 * The demo's report texts: what cadres of a hill township write in their 述职报告, varied by
 * participant so the office's list does not read as one text copied fifteen times.
 */

export type DemoWriter = {
  name: string;
  village: string;
  posts: string;
  households: number;
  partyMembers: number;
  /** The participant's place in the township's list: picks the variant. */
  index: number;
};

/** What the cadre adds to the prefilled statement, by where the pledge stands. */
export function statementTail(status: ProgressStatus | null, index: number): string {
  switch (status) {
    case 'done':
      return [
        '项目经村务监督委员会和村民代表现场验收，资金使用情况已在村务公开栏公示，群众反映良好。',
        '完工后组织党员、群众代表逐项对照完成标准验收，相关照片和验收单已上传系统备查。',
        '实施中坚持“四议两公开”，工程量和资金明细已公开，未发生群众投诉。',
      ][index % 3]!;
    case 'in_progress':
      return [
        '剩余工程量计划于2027年3月底前完成，所需资金已落实，本人每周到现场督促一次。',
        '受施工季节影响未能全部完成，已与施工方签订补充协议，明确完工时限和质量要求。',
      ][index % 2]!;
    case 'blocked':
      return '受汛期连续降雨和第二批资金未到位影响，进度滞后于计划。已向乡党委、政府书面报告，争取县有关部门支持，力争明年上半年完成。';
    default:
      return '因前期入户摸底和方案论证时间较长，本年度未能按期实施，本人负主要责任。该事项已列入村“两委”明年首批实施计划，并向群众作出说明。';
  }
}

export function dutiesText(w: DemoWriter): string {
  const variants = [
    `一年来，本人认真履行${w.posts}职责，坚持每月召开村“两委”会议，落实“四议两公开”工作法，全年召开党员大会6次、村民代表会议4次，研究决定村级重大事项11项。带头抓好防汛、森林防火和安全生产，全村未发生较大安全事故。`,
    `本人坚持把群众的事当作自己的事，全年走访农户${Math.round(w.households * 0.8)}户，收集群众意见建议37条，已办结31条。积极配合乡党委、政府完成耕地保护、医保缴费、人口普查等中心工作，医保参保率达98%以上。`,
    `本人严格落实村级事务民主决策制度，村务、财务每季度公开一次，“三资”管理做到账实相符。全年调处邻里、土地纠纷14起，做到小事不出村、矛盾不上交，${w.village}保持平安稳定。`,
    `围绕乡党委、政府年度目标，本人带领村“两委”班子抓产业、强基础、惠民生，争取上级项目资金3项，引导群众发展林果、中药材种植。坚持周一例会、坐班值班制度，村便民服务站全年为群众代办事项200余件。`,
  ];
  return `${variants[w.index % variants.length]!}\n在乡集中述职和民主测评前，本人已将本报告在村务公开栏公示，接受党员群众监督。`;
}

export function selfBuildingText(w: DemoWriter): string {
  const variants = [
    `本人坚持学习习近平新时代中国特色社会主义思想和党的二十大精神，全年参加乡党校集中培训3次，认真落实“三会一课”，带头讲党课2次。严格遵守廉洁自律各项规定，不插手工程项目，不优亲厚友，没有违反中央八项规定精神的问题。`,
    `本人注重加强学习，主动学习乡村振兴、基层治理相关政策和法律法规，不断提高带领群众发展的本领。严守廉洁底线，村级工程全部按程序公开招标，本人及亲属未承揽村内任何工程，个人有关事项如实报告。`,
    `本人自觉接受组织监督和群众监督，带头参加组织生活会，认真开展批评与自我批评。在廉洁自律方面，严格执行村级小微权力清单，村级财务支出一律经村务监督委员会审核，全年无违规报销和公款吃喝。`,
  ];
  return `${variants[w.index % variants.length]!}\n全村${w.partyMembers}名党员中，本人联系帮带年轻党员和入党积极分子3名。`;
}

export function problemsText(w: DemoWriter): string {
  const variants = [
    '存在的问题：一是村集体经济底子薄，增收渠道单一；二是个别承诺事项推进不够快，群众还有意见；三是学习不够系统，有时凭经验办事。\n下一步打算：一是发展壮大村集体经济，盘活闲置资产；二是对未完成的承诺事项挂图作战，明年一季度前逐项销号；三是加强学习，提高依法办事能力。',
    '存在的问题：一是对年轻人返乡创业引导不够；二是人居环境整治长效机制还不健全，个别村民组有反弹；三是与群众面对面沟通还不够经常。\n下一步打算：一是建立“门前三包”积分制，巩固人居环境整治成果；二是每月固定一天接待群众；三是组织党员开展结对帮扶，带动群众增收。',
    '存在的问题：一是项目资金争取能力不强，部分项目依赖上级拨款；二是村“两委”班子成员年龄偏大，后备力量不足；三是对监督员反映的问题整改还不够及时。\n下一步打算：一是主动对接县直部门，争取项目支持；二是培养3名村级后备干部；三是对监督检查中发现的问题建立台账，限期整改。',
  ];
  return variants[w.index % variants.length]!;
}

/** The office's reason for returning 王屋村's report once. */
export const DEMO_RETURN_REASON =
  '承诺事项完成情况写得过于简单，请补充完成数量、资金使用和群众验收情况；“存在问题及下一步打算”请结合本村实际具体填写。';

/** A first version short enough to be returned for changes. */
export const SHORT_STATEMENT = '已按计划完成。';
export const SHORT_PLANS = '继续努力，争取更好成绩。';
