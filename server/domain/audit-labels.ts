import { SET_STATUSES, type SetStatus } from './pledging/workflow.ts';

/**
 * The Chinese names of audited actions and objects, shown on the audit page and in its filter. Every
 * action code a module writes has one (audit-labels.test.ts reads the modules' sources to check); the
 * web shows a code only for entries written by a newer server than the page.
 */
const PLEDGE_SET_LABELS: Record<SetStatus, string> = {
  draft: '承诺事项退回起草',
  soliciting: '承诺事项公开征求意见',
  committee_passed: '村“两委”会议通过承诺事项',
  voting: '承诺事项提交表决',
  confirmed: '承诺事项经群众表决确认',
  approved: '乡党委政府批准承诺事项',
  returned: '乡党委政府退回承诺事项',
};

export const ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.password_change': '修改密码',
  'account.create': '开设账号',
  'account.reset': '重置密码',
  'account.deactivate': '停用账号',
  'account.reactivate': '恢复账号',
  'demo.load': '载入演示数据',
  'village.create': '新增村庄',
  'village.update': '修改村庄',
  'person.create': '新增人员',
  'person.update': '修改人员',
  'position.appoint': '任职',
  'position.end': '离任',
  'roster.import': '导入名册',
  'campaign.create': '新建考评活动',
  'campaign.config_update': '修改考评设置',
  'campaign.config_override': '修改考评设置（锁定后调整）',
  'campaign.transition': '变更活动阶段',
  'campaign.participants_sync': '生成承诺主体',
  'participant.exclude': '排除承诺主体',
  'participant.reinstate': '恢复承诺主体',
  'pledge.create': '新增承诺事项',
  'pledge.update': '修改承诺事项',
  'pledge.withdraw': '撤回承诺事项',
  ...Object.fromEntries(SET_STATUSES.map((s) => [`pledge_set.${s}`, PLEDGE_SET_LABELS[s]])),
  'pledge_opinion.public': '收到群众意见（网上）',
  'pledge_opinion.paper': '登记群众意见（书面）',
  'pledge_opinion.handle': '处理群众意见',
  'letter.receive': '收到监督信箱来信（网上）',
  'letter.paper': '登记监督信箱来信（书面）',
  'letter.assign': '转办来信',
  'letter.answer': '答复来信',
  'letter.close': '来信办结',
  'letter.reply': '写信人回复不满意',
  'publication.publish': '发布公示',
  'publication.withdraw': '撤回公示',
  'file.store': '上传佐证材料',
  'progress.report': '报送践诺进展',
  'supervision_report.create': '提交监督报告',
  'supervisor_election.create': '登记村民监督员选举',
  'supervisor.account': '为村民监督员开设账号',
  'supervision_check.create': '登记督察检查',
  'rectification.follow_up': '跟踪整改',
  'rectification.close': '整改完成',
  'leader.contacts': '分配联系村',
  'leader_visit.create': '登记走访',
  'training_session.create': '登记宣传培训',
  'pledge_overlap.override': '认可书记、主任承诺重复',
  'meeting.create': '登记会议',
  'meeting.update': '更正会议',
  'meeting.delete': '删除会议',
  'poll.create': '新建表决',
  'poll.create_correction': '新建更正表决',
  'poll.open': '开始表决',
  'poll.close': '结束表决',
  'poll.codes': '生成选票码',
  'poll.codes_void': '作废选票码',
  'poll.tally': '录入纸质计票',
  'poll.tally_reenter': '重新录入纸质计票',
  'poll.certify_partial': '确认表决结果（一方已确认）',
  'poll.certify': '确认表决结果',
  'ballot.cast': '投票',
};

export const ENTITY_LABELS: Record<string, string> = {
  county: '县',
  township: '乡镇',
  village: '村庄',
  person: '人员',
  position: '职务',
  user: '账号',
  campaign: '考评活动',
  participant: '承诺主体',
  roster: '名册',
  pledge: '承诺事项',
  pledge_set: '一套承诺',
  pledge_opinion: '群众意见',
  letter: '监督信箱来信',
  publication: '公示',
  file: '佐证材料',
  progress_report: '践诺进展',
  supervision_report: '监督报告',
  supervisor_election: '村民监督员选举',
  supervisor: '村民监督员',
  supervision_check: '督察检查',
  rectification: '整改要求',
  leader_visit: '走访记录',
  training_session: '宣传培训',
  pledge_overlap_override: '承诺重复认可',
  meeting: '会议',
  poll: '表决',
  ballot: '选票',
};

/** The Chinese name of an action, or a plain fallback that still names the object in Chinese. */
export function actionLabel(code: string): string {
  const known = ACTION_LABELS[code];
  if (known) return known;
  const entity = ENTITY_LABELS[code.split('.')[0] ?? ''];
  return entity ? `${entity}的其他操作` : '其他操作';
}
