import { OPTION_KIND_LABELS } from '../../../../server/domain/voting/option-kinds.ts';
import { PURPOSE_LABELS } from '../../../../server/domain/voting/purposes.ts';
import type { OptionKind, PollStatus, TallySlot } from './types.ts';

export const STATUS_LABELS: Record<PollStatus, string> = {
  draft: '准备中',
  open: '投票中',
  closed: '已结束',
  certified: '结果已确认',
};

export { PURPOSE_LABELS };

export const SLOT_LABELS: Record<TallySlot, string> = { counter: '计票人', scrutineer: '监票人' };

const option = (kind: OptionKind) => ({ label: OPTION_KIND_LABELS[kind], kind });

/**
 * Option presets. Each option carries its kind (what the rule counts); 不了解 and 弃权 are cast but
 * not valid votes. The form offers the presets that fit the chosen purpose.
 */
export const OPTION_PRESETS = [
  {
    key: 'two_abstain',
    label: '满意 / 不满意 / 弃权',
    options: [option('satisfied'), option('unsatisfied'), option('abstain')],
  },
  { key: 'two', label: '满意 / 不满意', options: [option('satisfied'), option('unsatisfied')] },
  {
    key: 'four',
    label: '满意 / 基本满意 / 不满意 / 不了解',
    options: [option('satisfied'), option('basically_satisfied'), option('unsatisfied'), option('dont_know')],
  },
  {
    key: 'agree_abstain',
    label: '同意 / 不同意 / 弃权',
    options: [option('approve'), option('reject'), option('abstain')],
  },
  { key: 'agree', label: '同意 / 不同意', options: [option('approve'), option('reject')] },
] as const;

export const S = {
  form: {
    title: '新建表决',
    correctionTitle: '更正表决（新建关联表决）',
    name: '表决名称',
    namePlaceholder: '如：李建国2026年度承诺事项逐项表决',
    purpose: '用途',
    questions: '表决事项',
    paperBallots: '发放纸质选票',
    paperBallotsHelp: '发放了纸质选票的表决，须由两个账号分别录入计票人、监票人的计票单且一致后才能确认。',
    questionsHelp: '每一项单独表决。选项可用预设，“不了解”“弃权”计入投票但不算有效票。',
    question: (n: number) => `第 ${n} 项`,
    questionPlaceholder: '如：新修村组水泥路2.5公里',
    preset: '选项',
    addQuestion: '添加一项',
    remove: '删除',
    reason: '更正原因',
    reasonPlaceholder: '说明原表决错在哪里，例如：计票时漏计一张选票',
    required: (what: string) => `请填写${what}`,
    submit: '保存',
    cancel: '取消',
    saved: '表决已建立（准备中）',
  },
  page: {
    back: '返回会议',
    meeting: '所属会议',
    purpose: '用途',
    steps: ['准备', '投票', '结束', '确认'],
    questions: '表决事项',
    open: '开始投票',
    openConfirm: '开始投票后不能再修改表决事项。确定开始吗？',
    opened: '已开始投票',
    close: '结束投票',
    closeConfirm: '结束后不能再投票，应到、实到人数将被固定，并公布回执码和计票结果。确定结束吗？',
    closed: '投票已结束',
    noCount: '投票进行中，任何人（包括管理员）都看不到各选项的中途票数；结束投票后显示结果。',
    /** Electronic ballots in so far; shown only to the one running the poll. */
    received: (n: number) => `已收到 ${n} 张电子选票`,
    correctedBy: '本表决已被更正，请查看更正后的表决：',
    corrects: '本表决是对以下表决的更正：',
    reason: '更正原因',
    correct: '更正结果',
    original: '原表决',
    corrected: '更正后的表决',
    correctHelp: '已确认的结果不能修改；如有错误，新建一项关联的表决并写明原因。',
    publicBoard: '公示页（村民查看回执码）',
    ok: '确定',
    cancel: '取消',
  },
  codes: {
    title: '手机选票码',
    issued: (n: number) => `已发出选票码 ${n} 张`,
    paperIssued: (n: number) => `已发出纸质选票 ${n} 张`,
    count: '本次生成张数',
    generate: '生成选票码并打印',
    warnTitle: '选票码只显示一次',
    warn: '生成后请立即打印。系统只保存选票码的加密摘要，离开打印页后任何人都无法再次查看这些选票码，也不能补打；没有打印的选票码仍计入已发出张数。',
    limit: '选票码和纸质选票合计不能超过实到人数。',
    needAttendance: '请先在会议页登记实到人数。',
    voided: (n: number) => `作废 ${n} 张`,
    batches: '各批选票码',
    batchLine: (n: number, size: number) => `第 ${n} 批 ${size} 张`,
    batchVoided: (n: number) => `已作废（未用的 ${n} 张）`,
    voidBatch: '整批作废',
    voidTitle: (n: number) => `作废第 ${n} 批选票码`,
    voidHelp:
      '整张选票码遗失时使用：这一批中还没有使用的选票码全部作废，不能再投票，计入“作废”；已经投出的选票不受影响。作废后可以再生成一批。',
    voidReason: '作废原因',
    voidReasonPlaceholder: '如：第二张选票码在会场遗失',
    voidOk: '作废',
    voidDone: '已作废这一批未使用的选票码',
  },
  slips: {
    title: '选票码打印',
    print: '打印',
    back: '返回表决',
    onlyOnce: '这些选票码只显示这一次：请现在打印。离开此页后无法再次显示。',
    gone: '选票码只在生成时显示一次，现在已无法再次显示。如果还没有打印，请回到表决页重新生成一批；没打印的那批没有人知道，不会被使用，但仍计入已发出张数。',
    count: (n: number, pages: number, perPage: number) =>
      `共 ${n} 张选票码，${pages} 页（A4，每页 ${perPage} 张，沿虚线剪开）`,
    howTo: '用手机扫二维码投票',
    orType: (url: string) => `或打开 ${url} 输入：`,
    secret: '请勿给他人看',
    leaveConfirm: '离开后这些选票码将无法再次显示。确定已经打印好了吗？',
    batch: (n: number) => `第 ${n} 批：`,
    addressTitle: '选票上印的地址村民可能打不开',
    printAnyway: '仍然打印',
  },
  paper: {
    title: '纸质选票打印',
    open: '打印纸质选票',
    copies: '打印张数',
    print: '打印',
    back: '返回表决',
    perPage: (n: number, pages: number) => `每页 ${n} 张，共 ${pages} 页（A4，沿虚线剪开）`,
    heading: '选　票',
    instruction:
      '请在您选择的选项后面的“□”内划“√”，每项只能选一个。多划、不划或无法辨认的，由计票人、监票人当场认定。',
    copyHint: '也可以只打印一页，再复印。',
    footer: '不记名投票，请勿在选票上写姓名或做记号。',
  },
  tally: {
    title: '纸质选票计票',
    help: '计票人和监票人用各自的账号分别录入一遍（两个不同账号），互相看不到对方的数字；两份一致才能确认结果。每次重新录入都会保留原记录和录入人。',
    slot: '我是',
    issued: '发出票数',
    returned: '收回票数',
    invalid: '废票数',
    votes: '票数',
    blank: '未填此项',
    submit: (slot: string) => `提交${slot}录入`,
    saved: '已提交。对方录入后将显示是否一致。',
    entered: '已录入',
    notEntered: '未录入',
    match: '两份录入一致',
    mismatch: '两份录入不一致：请双方当场复核选票后重新录入',
    waiting: '等待两份录入',
    closedOnly: '结束投票后录入纸质选票的计票结果。',
  },
  certify: {
    title: '确认结果',
    help: '结果由会议记录员和会议记录中登记的主持人分别确认（两个不同账号）；被表决的人不能作为主持人确认。确认后结果不能修改。',
    clerk: '记录员确认',
    host: '主持人确认',
    notYet: '未确认',
    asClerk: '以记录员身份确认',
    asHost: '以主持人身份确认',
    confirm: '确认后结果不能修改。确定确认吗？',
    phone: (cast: number, codes: number, voided: number) =>
      `手机投票：收到 ${cast} 张（发出选票码 ${codes} 张${voided ? `，另作废 ${voided} 张` : ''}）`,
    paperTotals: (p: { issued: number; returned: number; invalid: number }) =>
      `纸质选票：发出 ${p.issued} 张，收回 ${p.returned} 张，其中废票 ${p.invalid} 张`,
    noPaper: '纸质选票：未发放',
    total: (n: number, attendance: number | null) =>
      `合计收回选票 ${n} 张；实到 ${attendance ?? '未登记'} 人`,
    done: '已确认',
    certifiedAt: '确认时间',
    noHostAccount: '会议记录没有登记主持人账号：请在会议页登记后再由主持人确认。',
    chairHost: '主持人（村务监督委员会主任）',
    chairNotRecorded: '未登记',
    noChair: '民主测评由村务监督委员会主任作为主持人确认：本村还没有登记主任，请乡考评办在“民主测评”页登记。',
    closeFirst: '结束投票后才能确认结果。',
  },
  results: {
    title: '表决结果',
    summary: (cast: number, codes: number, paperReturned: number) =>
      `电子选票 ${cast} 张（发出选票码 ${codes} 张），纸质选票收回 ${paperReturned} 张`,
    option: '选项',
    electronic: '手机',
    paper: '纸质',
    votes: '合计',
    valid: (valid: number, cast: number, blank: number, invalid: number) =>
      `有效票 ${valid}，投票 ${cast}${blank ? `，未填此项 ${blank}` : ''}，废票 ${invalid}`,
    turnout: (voted: number, registered: number) => `投票 ${voted} 人 / 登记选民 ${registered} 人`,
    score: (score: number, rate: number) => `测评得分 ${score}，满意率 ${(rate * 100).toFixed(1)}%`,
    points: (score: number) => `${score} 分`,
    frozen: (rule: string) => `已确认的结果按确认时保存的数据显示（${rule}），此后任何设置的修改都不影响它。`,
    paperPending: '纸质选票的两份录入尚未一致，下面的票数还不含纸质选票。',
    notFinal: '结果尚未确认：记录员和主持人确认后才是正式结果。',
    download: '下载表决结果记录（.docx）',
    downloadHelp: '结果确认后可下载。',
    quorum: '法定人数',
    quorumMet: '已达到',
    quorumNotMet: '未达到',
    notCountsValid: '不计入有效票',
  },
};
