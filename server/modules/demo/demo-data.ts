/** The demo township of README: 示范县 愚公乡 (the work plan's own township) and a neighbour for scope tests. */
export type DemoVillage = {
  name: string;
  /** 统计用区划代码, fictional (county 419999 does not exist): the order villages are listed in. */
  code: string;
  adultPopulation: number;
  households: number;
  representatives: number;
  partyMembers: number;
  /** [secretary, director]; one name twice = 一肩挑. */
  cadres: [string, string];
};

export const DEMO_PASSWORD = 'Demo2026';
export const DEMO_COUNTY = '示范县';
export const DEMO_TOWNSHIP = '愚公乡';
export const NEIGHBOUR_TOWNSHIP = '太行乡';
/** The cadre under an open case (立案未结案), excluded from the campaign. */
export const DEMO_EXCLUDED_CADRE = '赵德胜';

export const DEMO_VILLAGES: DemoVillage[] = [
  {
    name: '愚公村',
    code: '419999101201',
    adultPopulation: 1860,
    households: 612,
    representatives: 45,
    partyMembers: 58,
    cadres: ['李建国', '李建国'],
  },
  {
    name: '王屋村',
    code: '419999101202',
    adultPopulation: 2340,
    households: 768,
    representatives: 55,
    partyMembers: 71,
    cadres: ['王志强', '陈秀兰'],
  },
  {
    name: '太行村',
    code: '419999101203',
    adultPopulation: 1420,
    households: 455,
    representatives: 35,
    partyMembers: 43,
    cadres: ['张国华', '张国华'],
  },
  {
    name: '北山村',
    code: '419999101204',
    adultPopulation: 980,
    households: 318,
    representatives: 25,
    partyMembers: 31,
    cadres: ['刘福贵', '刘福贵'],
  },
  {
    name: '南河村',
    code: '419999101205',
    adultPopulation: 1675,
    households: 540,
    representatives: 41,
    partyMembers: 49,
    cadres: ['杨春生', '周桂芳'],
  },
  {
    name: '东岭村',
    code: '419999101206',
    adultPopulation: 1210,
    households: 392,
    representatives: 31,
    partyMembers: 37,
    cadres: ['孙立军', '孙立军'],
  },
  {
    name: '西坡村',
    code: '419999101207',
    adultPopulation: 760,
    households: 251,
    representatives: 21,
    partyMembers: 24,
    cadres: ['吴满仓', '吴满仓'],
  },
  {
    name: '石门村',
    code: '419999101208',
    adultPopulation: 2015,
    households: 655,
    representatives: 48,
    partyMembers: 62,
    cadres: ['郑长青', DEMO_EXCLUDED_CADRE],
  },
  {
    name: '柳树湾村',
    code: '419999101209',
    adultPopulation: 1330,
    households: 428,
    representatives: 33,
    partyMembers: 40,
    cadres: ['冯玉珍', '冯玉珍'],
  },
  {
    name: '杏花村',
    code: '419999101210',
    adultPopulation: 890,
    households: 296,
    representatives: 23,
    partyMembers: 27,
    cadres: ['何双喜', '何双喜'],
  },
  {
    name: '青龙村',
    code: '419999101211',
    adultPopulation: 1545,
    households: 503,
    representatives: 38,
    partyMembers: 46,
    cadres: ['马振江', '韩丽娟'],
  },
  {
    name: '白石村',
    code: '419999101212',
    adultPopulation: 1105,
    households: 361,
    representatives: 28,
    partyMembers: 34,
    cadres: ['朱德旺', '朱德旺'],
  },
];

export const NEIGHBOUR_VILLAGES: DemoVillage[] = [
  {
    name: '上庄村',
    code: '419999102201',
    adultPopulation: 1280,
    households: 410,
    representatives: 32,
    partyMembers: 38,
    cadres: ['高明亮', '高明亮'],
  },
  {
    name: '下庄村',
    code: '419999102202',
    adultPopulation: 1050,
    households: 342,
    representatives: 27,
    partyMembers: 30,
    cadres: ['林大勇', '许春梅'],
  },
];

export type DemoAccount = {
  username: string;
  displayName: string;
  role: import('../../domain/roles.ts').Role;
  /** Village the account belongs to (village roles) or leader's contact villages. */
  village?: string;
  contactVillages?: string[];
  township?: string;
  /** For a cadre account: the person it speaks for. */
  person?: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'county', displayName: '示范县委组织部', role: 'county_viewer' },
  { username: 'countyadmin', displayName: '示范县管理员', role: 'county_admin' },
  { username: 'office', displayName: '韩文君（乡考评办）', role: 'township_office', township: DEMO_TOWNSHIP },
  {
    username: 'leader',
    displayName: '刘金成（乡党委副书记）',
    role: 'township_leader',
    township: DEMO_TOWNSHIP,
    contactVillages: ['愚公村', '王屋村'],
  },
  {
    username: 'cadre',
    displayName: '李建国（愚公村书记、主任）',
    role: 'village_cadre',
    township: DEMO_TOWNSHIP,
    village: '愚公村',
    person: '李建国',
  },
  {
    username: 'clerk',
    displayName: '赵小梅（愚公村记录员）',
    role: 'village_clerk',
    township: DEMO_TOWNSHIP,
    village: '愚公村',
  },
  { username: 'juror', displayName: '钱卫东（评委）', role: 'juror', township: DEMO_TOWNSHIP },
  { username: 'inspector', displayName: '孙海燕（考察组）', role: 'inspector', township: DEMO_TOWNSHIP },
  {
    username: 'supervisor',
    displayName: '周大山（愚公村监督员）',
    role: 'supervisor',
    township: DEMO_TOWNSHIP,
    village: '愚公村',
  },
  { username: 'office2', displayName: '太行乡考评办', role: 'township_office', township: NEIGHBOUR_TOWNSHIP },
];

/**
 * Fictional 居民身份证号码 of the demo persons (checksum-correct; 419001 is 济源, home of 愚公移山's
 * 王屋山 and 太行山), so the demo shows masked numbers. Not anyone's real number.
 */
export const DEMO_ID_CARDS: Record<string, string> = {
  李建国: '419001196803150191',
  王志强: '419001197206080257',
  陈秀兰: '419001197909210329',
  张国华: '419001196501120392',
  刘福贵: '419001197004270474',
  杨春生: '41900119740203053X',
  周桂芳: '419001198111160603',
  孙立军: '419001197608300670',
  吴满仓: '41900119630719075X',
  郑长青: '419001196905040815',
  赵德胜: '419001196712250891',
  冯玉珍: '419001197803100965',
  何双喜: '419001197309181034',
  马振江: '419001196606221093',
  韩丽娟: '419001198304071164',
  朱德旺: '419001197110091234',
  高明亮: '41900119750201131X',
  林大勇: '41900119770714137X',
  许春梅: '419001198205261448',
};
