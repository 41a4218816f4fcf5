import { chainHeadLine } from '../../../../server/domain/audit-chain-head.ts';
import type { ChainCheck } from '../../api/types.ts';

const range = (r: ChainCheck) =>
  r.firstSeq === null
    ? ''
    : r.firstSeq === r.lastSeq
      ? `（第 ${r.firstSeq} 条）`
      : `（第 ${r.firstSeq}–${r.lastSeq} 条之间）`;

export const S = {
  title: '审计日志',
  intro: '系统中的每一次写操作都按时间顺序记录在此，记录之间以哈希链相连，任何篡改都能被校验出来。',
  numbering:
    '链内序号是本县审计链中的编号：全县各乡镇的记录共用一条审计链，按先后统一编号。乡镇考评办在这里只看到本乡镇的记录，序号之间的空缺是其他乡镇的记录，并不表示记录被删除；记录是否完整，以“校验哈希链”的结果为准。',
  verify: '校验哈希链',
  verifyOkTitle: '哈希链完整',
  verifyOk: (r: ChainCheck) =>
    `本县审计链从头到尾校验通过。其中您可查看的 ${r.checked} 条记录${range(r)}均未被篡改。当前${chainHeadLine(r.head)}。`,
  verifyBrokenTitle: '发现被篡改的记录',
  verifyBroken: (r: ChainCheck) =>
    `本县审计链第 ${r.brokenSeq ?? '?'} 条记录${r.brokenInScope ? '' : '（其他乡镇的记录）'}校验失败${r.why ? `：${r.why}` : ''}。` +
    `在它之前，您可查看的 ${r.checked} 条记录校验通过。请立即报告县委组织部。`,
  filterAction: '操作类型',
  filterEntity: '对象类型',
  filterActor: '操作人',
  filterDates: '时间范围',
  search: '查询',
  reset: '重置',
  colSeq: '链内序号',
  colAt: '时间',
  colActor: '操作人',
  colAction: '操作',
  colEntity: '对象',
  colReason: '原因',
  total: (n: number) => `共 ${n} 条`,
  empty: '没有符合条件的记录',
  diffField: '字段',
  diffBefore: '修改前',
  diffAfter: '修改后',
  noDiff: '此操作没有记录数据变化。',
  hash: '哈希值',
  none: '（空）',
};

/** Chinese names of audited actions; unknown codes are shown as they are. */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.password_change': '修改密码',
  'demo.load': '载入演示数据',
  'village.create': '新增村庄',
  'village.update': '修改村庄',
  'person.create': '新增人员',
  'person.update': '修改人员',
  'position.appoint': '任职',
  'position.end': '免职',
  'roster.import': '导入名册',
  'campaign.create': '新建考评活动',
  'campaign.config_update': '修改考评设置',
  'campaign.config_override': '修改考评设置（锁定后调整）',
  'campaign.transition': '变更活动阶段',
  'campaign.participants_sync': '生成承诺主体',
  'participant.exclude': '排除承诺主体',
  'participant.reinstate': '恢复承诺主体',
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
};

/** Chinese names of the fields audit entries record; unknown ones are shown as they are. */
export const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  year: '年度',
  phase: '阶段',
  config: '考评设置',
  sealHash: '封存校验值',
  adultPopulation: '18岁以上人口',
  households: '户数',
  representatives: '村民代表人数',
  partyMembers: '党员人数',
  gender: '性别',
  birthYear: '出生年份',
  phone: '电话',
  partyMember: '党员',
  post: '职务',
  startDate: '任职日期',
  endDate: '离任日期',
  personId: '人员编号',
  villageId: '村编号',
  townshipId: '乡镇编号',
  campaignId: '活动编号',
  isSecretary: '党支部书记',
  isDirector: '村委会主任',
  excluded: '已排除',
  excludedOn: '排除日期',
  excludedReason: '排除原因',
  username: '用户名',
  rows: '行数',
  villagesCreated: '新增村',
  villagesUpdated: '更新村',
  personsCreated: '新增人员',
  positionsCreated: '登记任职',
  positionsEnded: '登记离任',
  added: '新增',
  updated: '更新',
  removed: '移除',
  value: '值',
};

export const BOOLEAN_LABELS = { true: '是', false: '否' };
