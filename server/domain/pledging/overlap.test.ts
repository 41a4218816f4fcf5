import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCampaignConfig } from '../campaign-config.ts';
import { normalizeText, parseChineseInteger, tokenize } from './normalize.ts';
import { buildIdf, comparePledges, compareTexts, flaggedPairs, overlapScore } from './overlap.ts';

const threshold = defaultCampaignConfig(2026).overlapThreshold;

/** Paraphrases of one work: a secretary and a director must not both pledge these. */
const NEAR_DUPLICATES: [string, string][] = [
  ['新修村组水泥路2.5公里', '完成2.5公里村组道路水泥硬化'],
  ['新建村文化广场一处', '建设1处村级文化活动广场'],
  ['安装太阳能路灯50盏', '全村新装五十盏太阳能路灯'],
  ['改造村小学厕所', '完成村小学旱厕改造'],
  ['新打机井3眼，解决农田灌溉', '打机井三眼，改善农田灌溉条件'],
  ['整治村内坑塘2处', '完成两处坑塘整治'],
  ['组织农民实用技术培训4期', '开展农民实用技术培训四期'],
  ['村集体经济收入增加5万元', '实现村集体经济增收五万元'],
  ['建立村民议事会，推行一事一议', '推行一事一议，成立村民议事会'],
  ['清理村内垃圾，新建垃圾池10个', '新建垃圾池十个，清理村内生活垃圾'],
  ['发展大棚蔬菜种植100亩', '新发展蔬菜大棚一百亩'],
  ['建设村集体光伏电站', '发展村集体光伏发电，建成光伏电站'],
  ['硬化村内主干道二点五公里', '硬化村主干道路2.5千米'],
  ['成立红白理事会，推动移风易俗', '推动移风易俗，组建村红白理事会'],
];

/** Different works, often of the same topic or the same size: not an overlap. */
const DISTINCT: [string, string][] = [
  ['改造村小学厕所', '发展村集体光伏发电'],
  ['新建村文化广场一处', '组建村秧歌队，开展群众文化活动'],
  ['安装太阳能路灯50盏', '架设农田灌溉用电线路3公里'],
  ['发展大棚蔬菜种植100亩', '成立养牛专业合作社，带动20户增收'],
  ['健全村务公开制度，每季度公开一次', '建立村民议事会，推行一事一议'],
  ['建设村级组织活动场所', '发展党员2名，培养入党积极分子'],
  ['调解邻里纠纷，建立治安巡逻队', '开展平安家庭创建活动'],
  ['硬化村组道路3公里', '修建排水沟3公里'],
  ['开展星级文明户评选', '组织农民实用技术培训4期'],
  ['村集体经济收入增加5万元', '帮助20户困难户实现增收'],
  ['完成村卫生室标准化建设', '完成村小学校舍维修改造'],
  ['新修村组水泥路2.5公里', '新打机井2眼，解决村民饮水问题'],
  ['完成农村户厕改造50户', '新建村级垃圾收集池10个'],
  ['发展村集体光伏发电', '发展食用菌种植，壮大村集体经济'],
  ['硬化村组道路3公里', '新修田间机耕路1公里'],
  ['开展农民实用技术培训4期', '开展法律知识讲座4期'],
];

describe('normalizeText', () => {
  it.each([
    ['２．５公里', '2.5公里'],
    ['二点五公里', '2.5公里'],
    ['两点五公里', '2.5公里'],
    ['三条', '3条'],
    ['十二户', '12户'],
    ['五十盏', '50盏'],
    ['一百零五亩', '105亩'],
    ['二〇二六年', '2026年'],
    ['2.5 千米', '2.5公里'],
    ['2.5km', '2.5公里'],
    ['新修村组水泥路，2.5 公里！', '新修村组水泥路2.5公里'],
    ['两委会议', '两委会议'],
    ['一事一议', '一事一议'],
    ['千方百计', '千方百计'],
    ['一个', '1个'],
    ['三万元', '3万元'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps each token at its place in the original text', () => {
    const text = '完成２．５公里道路';
    const tokens = tokenize(text);
    const number = tokens.find((t) => t.kind === 'number')!;
    expect(text.slice(number.start, number.end)).toBe('２．５');
    const unit = tokens.find((t) => t.kind === 'unit')!;
    expect(text.slice(unit.start, unit.end)).toBe('公里');
  });

  it.each([
    ['十', 10],
    ['十二', 12],
    ['三十', 30],
    ['二十五', 25],
    ['一百零五', 105],
    ['两千', 2000],
    ['百', 100],
  ])('parseChineseInteger(%s) = %d', (run, value) => {
    expect(parseChineseInteger(run)).toBe(value);
  });
});

describe('overlapScore', () => {
  it('flags the paraphrase from the design at the default threshold', () => {
    expect(overlapScore('新修村组水泥路2.5公里', '完成2.5公里村组道路水泥硬化')).toBeGreaterThanOrEqual(
      threshold,
    );
  });

  it('does not flag different works in the same village', () => {
    expect(overlapScore('改造村小学厕所', '发展村集体光伏发电')).toBeLessThan(threshold);
  });

  it.each(NEAR_DUPLICATES)('flags "%s" / "%s"', (a, b) => {
    expect(overlapScore(a, b)).toBeGreaterThanOrEqual(threshold);
  });

  it.each(DISTINCT)('does not flag "%s" / "%s"', (a, b) => {
    expect(overlapScore(a, b)).toBeLessThan(threshold);
  });

  it('separates the two tables with a margin on both sides of the threshold', () => {
    const lowestNear = Math.min(...NEAR_DUPLICATES.map(([a, b]) => overlapScore(a, b)));
    const highestDistinct = Math.max(...DISTINCT.map(([a, b]) => overlapScore(a, b)));
    expect(lowestNear - threshold).toBeGreaterThan(0.05);
    expect(threshold - highestDistinct).toBeGreaterThan(0.1);
  });

  it('weighs down what the township corpus shares: common words count less', () => {
    const a = '加强村容村貌整治工作';
    const b = '加强村级组织建设工作';
    const corpus = Array.from({ length: 30 }, (_, i) => `加强第${i}项工作`);
    expect(overlapScore(a, b, buildIdf(corpus))).toBeLessThan(overlapScore(a, b, buildIdf()));
  });

  it('a shared quantity only counts alongside shared wording', () => {
    expect(overlapScore('硬化村组道路3公里', '修建排水沟3公里')).toBeLessThan(0.2);
    expect(overlapScore('硬化村组道路3公里', '村组道路硬化3公里')).toBeGreaterThanOrEqual(threshold);
  });
});

describe('compareTexts', () => {
  it('returns the shared phrases and where they are in each text', () => {
    const a = '新修村组水泥路2.5公里';
    const b = '完成２．５公里村组道路水泥硬化';
    const result = compareTexts(a, b);
    expect(result.shared).toEqual(expect.arrayContaining(['2.5公里', '村组', '水泥']));
    const inB = result.spansB.map((s) => b.slice(s.start, s.end));
    expect(inB).toEqual(expect.arrayContaining(['２．５公里村组', '水泥']));
    const inA = result.spansA.map((s) => a.slice(s.start, s.end));
    expect(inA).toEqual(expect.arrayContaining(['村组水泥', '2.5公里']));
  });

  it('does not offer a lone common character as a shared phrase', () => {
    expect(compareTexts('改造村小学厕所', '发展村集体光伏发电').shared).toEqual([]);
  });
});

describe('comparePledges and flaggedPairs', () => {
  const secretary = [
    { id: 's1', title: '新修村组水泥路2.5公里', content: '年底前完成村组道路硬化，方便群众出行' },
    { id: 's2', title: '改造村小学厕所', content: '改善学生如厕条件' },
  ];
  const director = [
    { id: 'd1', title: '完成2.5公里村组道路水泥硬化', content: '解决雨天出行难' },
    { id: 'd2', title: '发展村集体光伏发电', content: '增加村集体收入' },
  ];

  it('flags only the overlapping cross pair, with highlights in title and content', () => {
    const pairs = flaggedPairs(secretary, director, threshold);
    expect(pairs.map((p) => [p.aId, p.bId])).toEqual([['s1', 'd1']]);
    const [pair] = pairs;
    const titleSpans = pair!.highlightsA.filter((h) => h.field === 'title');
    expect(titleSpans.map((h) => secretary[0]!.title.slice(h.start, h.end))).toContain('2.5公里');
  });

  it('scores a pledge pair at least as high as its titles alone', () => {
    const pair = comparePledges(secretary[0]!, director[0]!);
    expect(pair.score).toBeGreaterThanOrEqual(overlapScore(secretary[0]!.title, director[0]!.title));
  });
});

const hanText = fc
  .array(
    fc.constantFrom(...'村组道路水泥硬化新修完成建设发展集体经济光伏文化广场一二三两十点五公里户亩1234.，'),
    {
      minLength: 1,
      maxLength: 25,
    },
  )
  .map((cs) => cs.join(''));

describe('overlapScore properties', () => {
  const idf = buildIdf(['新修村组水泥路2.5公里', '发展村集体经济']);

  it('is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(hanText, hanText, (a, b) => {
        const ab = overlapScore(a, b, idf);
        expect(ab).toBe(overlapScore(b, a, idf));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is 1 for identical texts', () => {
    fc.assert(
      fc.property(
        hanText.filter((t) => normalizeText(t).length > 0),
        (a) => {
          expect(overlapScore(a, a, idf)).toBe(1);
        },
      ),
    );
  });

  it('is 0 for texts that share no token', () => {
    const left = fc.array(fc.constantFrom(...'村组道路水泥1'), { minLength: 1, maxLength: 12 });
    const right = fc.array(fc.constantFrom(...'光伏发电经济2'), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(left, right, (a, b) => {
        expect(overlapScore(a.join(''), b.join(''), idf)).toBe(0);
      }),
    );
  });
});

const CN_DIGITS = '零一二三四五六七八九';
/** 1..99 written in Chinese numerals: 7 → 七, 12 → 十二, 30 → 三十, 45 → 四十五. */
const chinese = (n: number) => {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${CN_DIGITS[tens]}十`;
  return head + (units === 0 ? '' : CN_DIGITS[units]);
};
const fullWidth = (s: string) =>
  s.replace(/[0-9.a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('normalization properties', () => {
  it('a number written in Chinese numerals or digits is the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        expect(normalizeText(`硬化道路${chinese(n)}公里`)).toBe(`硬化道路${n}公里`);
        expect(overlapScore(`硬化道路${chinese(n)}公里`, `硬化道路${n}公里`)).toBe(1);
      }),
    );
  });

  it('full-width digits and letters score as their half-width forms', () => {
    fc.assert(
      fc.property(hanText, hanText, (a, b) => {
        expect(overlapScore(fullWidth(a), b)).toBe(overlapScore(a, b));
      }),
    );
  });
});
