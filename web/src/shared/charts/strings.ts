/** Words of the shared charts. */
export const CHART_S = {
  loading: '正在加载图表……',
  failed: '图表加载失败，请刷新页面重试',
};
