import zhCNModule from 'antd/es/locale/zh_CN.js';

type AntLocale = typeof zhCNModule.default;

/**
 * antd ships its locales as CommonJS: under NodeNext typing the default import is the module object,
 * while the bundler hands over the locale itself. Accept either.
 */
export const zhCN: AntLocale =
  (zhCNModule as { default?: AntLocale }).default ?? (zhCNModule as unknown as AntLocale);
