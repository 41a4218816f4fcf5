import type { SetStatus } from '../pledges/types.ts';

/** The to-do card of the home page: what is waiting and what to do next. */
export const T = {
  title: '待办事项',
  nothing: '目前没有需要您处理的事项。',
  setup: '考评活动尚在设置阶段：请核对考评规则、生成承诺主体，然后进入承诺阶段。',
  openCampaign: '前往考评活动',
  notPledging: (phase: string) => `考评活动当前处于“${phase}”阶段。`,
  awaiting: (n: number) => `${n} 套承诺事项已经群众表决确认，等待乡党委政府审批`,
  awaitingVillage: (village: string, n: number) => `${village}：${n} 套待审批`,
  overdue: (n: number) => `${n} 个村已过承诺截止日期仍未完成承诺`,
  notStarted: (n: number) => `${n} 名承诺主体尚未起草承诺事项`,
  daysLeft: (days: number, date: string) =>
    days >= 0 ? `距承诺截止日期（${date}）还有 ${days} 天` : `承诺截止日期（${date}）已过 ${-days} 天`,
  review: '去审批',
  overview: '查看各村进度',
  open: '去办理',
};

/** The next step of a cadre's set of pledges, by its status (null: no set yet). */
export const NEXT_STEP: Record<SetStatus | 'none', string> = {
  none: '起草承诺事项',
  draft: '完善承诺事项，然后公开征求党员群众意见',
  returned: '乡党委政府已退回：按意见修改承诺事项',
  soliciting: '处理群众意见，然后提交村“两委”会议研究',
  committee_passed: '村“两委”会议已通过：提交党员大会或村民代表会议表决',
  voting: '表决进行中：表决结果确认后自动更新',
  confirmed: '已经群众表决确认：等待乡党委政府审批',
  approved: '已批准：可以打印承诺书，按期践诺',
};

/** The office's to-do card in 评诺: the parts of the year-end evaluation (述职考评). */
export const E = {
  title: (year: number) => `${year} 年度述职考评进度`,
  village: '民主测评',
  villageText: (done: number, of: number) => `${of} 个村中 ${done} 个村的测评结果已确认`,
  inspection: '实地考核',
  inspectionText: (done: number, of: number) => `${of} 个村中 ${done} 个村的考核已提交`,
  jury: '乡集中述职',
  juryText: (status: string, when: string, done: number, of: number) =>
    `${status}（${when}）：${of} 名述职人中 ${done} 名已述职`,
  noJury: '尚未安排述职会议。',
  results: '考评结果',
  resultsText: (status: string, graded: number, of: number, problems: number) =>
    problems > 0
      ? `${status}：${of} 名承诺主体中 ${graded} 名已可定等次，${problems} 名尚缺分项成绩`
      : `${status}：${of} 名承诺主体均已可定等次`,
  open: '去办理',
  complete: '已完成',
  loading: '正在加载…',
};
