/** Words of the shared components (web/src/shared). */
export const SHARED_S = {
  ok: '确定',
  cancel: '取消',
  reason: '原因',
  reasonRequired: (label: string) => `请填写${label}`,
  loading: '正在加载……',
  notFoundTitle: '页面不存在',
  notFoundText: '您访问的页面不存在，或已被移动。',
  forbiddenTitle: '无权访问',
  forbiddenText: '您的账号没有访问此页面的权限。',
  backHome: '返回首页',
  loadFailed: '加载失败',
  retry: '重试',
  takePhoto: '拍照或选择照片',
};
