import type { ThemeConfig } from 'antd';

/** Government-red accent on a calm layout; fonts fall back to the usual Chinese system faces. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c',
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
  },
};
