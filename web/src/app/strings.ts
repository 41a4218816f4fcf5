export const S = {
  productName: '村官承诺考评系统',
  productShort: '承诺考评',
  menu: {
    home: '首页',
    villages: '村庄与村干部',
    roster: '名册导入',
    campaigns: '考评活动',
    participants: '承诺主体',
    audit: '审计日志',
    accounts: '账号管理',
    password: '修改密码',
  },
  /** The menu's headings: the stages of the year. */
  section: {
    basics: '基础信息',
    pledging: '承诺',
    fulfilment: '践诺',
    evaluation: '评诺',
    sanctions: '奖惩',
    system: '系统',
  },
  logout: '退出登录',
  openMenu: '打开菜单',
};
