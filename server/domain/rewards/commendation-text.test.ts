import { describe, expect, it } from 'vitest';
import { honoureeNames, publicationText, suggestedNotice } from './commendation-text.ts';

const two = [
  { name: '张三', villageName: '北山村', posts: ['党支部书记', '村委会主任'] },
  { name: '李四', villageName: '愚公村', posts: ['村委会主任'] },
];

describe('the suggested commendation notice', () => {
  it('names the year, the grade, each honouree and the township as signer', () => {
    const n = suggestedNotice('愚公乡', 2025, '优秀', two);
    expect(n.title).toBe('关于表彰2025年度优秀村干部的决定');
    expect(n.recipients).toBe('各村党组织、村民委员会：');
    expect(n.body).toContain('决定对张三同志、李四同志等 2 名年度考评等次为“优秀”的村干部予以通报表彰');
    expect(n.body.split('\n')).toHaveLength(3);
    expect(n.signature).toBe('中共愚公乡委员会\n愚公乡人民政府');
  });

  it('says so when nobody reached the grade', () =>
    expect(suggestedNotice('愚公乡', 2025, '优秀', []).body).toContain('本年度没有考评等次为“优秀”的村干部'));

  it('lists village, name and posts for the board', () => {
    expect(honoureeNames(two)).toBe('北山村张三（党支部书记、村委会主任）、愚公村李四（村委会主任）');
    expect(publicationText(' 正文 ', '优秀', two)).toBe(
      '正文\n受表彰的优秀村干部（2 名）：北山村张三（党支部书记、村委会主任）、愚公村李四（村委会主任）。',
    );
  });
});
