/** zh-CN strings of the township dashboard (践诺看板). */
import { NAV } from './nav.ts';

export const S = {
  ...NAV,
  title: (township: string, year: number) => `${township} ${year} 年度践诺看板`,
  noCampaign: '还没有考评活动：新建年度活动并批准承诺事项后，这里显示各村践诺情况。',
  campaign: '考评年度',
  today: (date: string) => `统计日期：${date}`,
  contactOnly: '只显示您的联系村',
  download: '导出 .xlsx',
  stats: {
    pledges: '承诺事项',
    done: '已完成',
    overdue: '逾期未完成',
    behind: '落后的村',
    letters: '来信未办结',
    rectifications: '整改未完成',
    overdueOf: (n: number) => `其中逾期 ${n}`,
    villagesOf: (n: number) => `共 ${n} 个村`,
  },
  charts: {
    byStatus: '各村承诺事项进展',
    byCategory: '各村承诺事项类别',
  },
  behind: {
    title: '落后的村',
    none: '没有落后的村：各村承诺事项都在按期推进。',
    village: '村',
    reasons: '原因',
    average: '平均进度',
    pledge: '承诺事项',
    cadre: '村干部',
    due: '完成时限',
    latest: '最新进展',
    why: '问题',
  },
  noPledges: '本年度还没有经乡党委政府批准的承诺事项。',
} as const;
