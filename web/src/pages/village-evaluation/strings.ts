/** Every text of the 民主测评 pages. */
import { NAV } from './nav.ts';

export const S = {
  ...NAV,
  title: '村级民主测评',
  noCampaign: '还没有考评活动',
  summary: (certified: number, total: number, unqualified: number) =>
    `已确认 ${certified} / ${total} 个村${unqualified ? `，${unqualified} 人不合格（不满意票过半）` : ''}`,
  chair: '村务监督委员会主任',
  noChair: '未登记',
  chairIsSubject: '该主任本人是测评对象，不能主持确认，请另行登记',
  recordChair: '登记主任',
  changeChair: '更换主任',
  chairTitle: (village: string) => `${village}：登记村务监督委员会主任`,
  chairHint:
    '民主测评由村务监督委员会主持，其主任以自己的村民监督员账号作为主持人确认表决结果。只能从本村已开设村民监督员账号的人员中选择。',
  noCandidates: '本村还没有人开设村民监督员账号：请先在“账号管理”中为主任开设账号。',
  toAccounts: '去开设账号',
  chairSaved: '已登记村务监督委员会主任',
  start: '开始测评',
  startTitle: (village: string) => `${village}：开始民主测评`,
  startHint: (n: number) =>
    `将在所选会议上建立一项民主测评表决：本村 ${n} 位承诺主体每人一项，选项为满意、基本满意、不满意、不了解。`,
  meeting: '测评会议',
  meetingRequired: '请选择测评会议',
  noMeetings: '本村本年度还没有登记村民会议或党员和村民代表会议：请先在“会议表决”中登记会议。',
  meetingOption: (m: {
    title: string;
    kindLabel: string;
    date: string;
    attendance: number | null;
    eligible: number;
    quorumMet: boolean;
  }) =>
    `${m.date} ${m.kindLabel}：${m.title}（应到 ${m.eligible}，${m.attendance === null ? '实到未登记' : `实到 ${m.attendance}`}${m.quorumMet ? '' : '，未达法定人数'}）`,
  paperBallots: '发放纸质选票（计票人、监票人计票后由两人分别录入）',
  codes: '手机选票码数量',
  codesHint: '需要手机投票时填写，不超过实到人数；生成后立即打印，只显示这一次。',
  started: '已开始民主测评',
  toPoll: '表决页面',
  openProblem: '不能开始投票',
  scoresUsed: (s: { satisfied: number; basicallySatisfied: number; unsatisfied: number }) =>
    `分值：满意 ${s.satisfied}、基本满意 ${s.basicallySatisfied}、不满意 ${s.unsatisfied}（不了解不计分）`,
  colName: '姓名',
  colPost: '职务',
  colScore: '测评得分',
  colRate: '满意率',
  colVerdict: '结论',
  unqualified: '不合格（不满意票过半）',
  qualified: '不满意未过半',
  noValid: '无有效票',
  pending: '—',
  // The parts of one result.
  partsTitle: (name: string) => `${name}的民主测评得分`,
  option: '选项',
  votes: '票数',
  score: '分值',
  points: '得分',
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  unsatisfied: '不满意',
  unknown: '不了解（不计入有效票）',
  blank: '未填、废票（不计入有效票）',
  valid: '有效票',
  formulaScore: (points: number, valid: number, score: number | null) =>
    `测评得分 = 有效票得分合计 ${points} ÷ 有效票 ${valid} = ${score === null ? '—' : score.toFixed(2)}`,
  formulaRate: (approve: number, valid: number, rate: number | null) =>
    `满意率 = （满意 + 基本满意）${approve} ÷ 有效票 ${valid} = ${rate === null ? '—' : `${(rate * 100).toFixed(2)}%`}`,
  formulaVerdict: (unsatisfied: number, valid: number, unqualified: boolean) =>
    `不满意 ${unsatisfied} 票，有效票半数为 ${valid / 2}：${unqualified ? '超过半数，不合格' : '未超过半数'}（恰好半数不算超过）`,
  certifiedAt: (at: string) => `结果确认于 ${at}，以确认时冻结的结果为准`,
  openPoll: '查看表决（选票明细）',
  close: '关闭',
  chairHomeTitle: '我主持的民主测评（村务监督委员会主任）',
  awaitingChair: '待您作为主持人确认',
  goCertify: '去确认',
};
