import { describe, expect, it } from 'vitest';
import { type Cell, headerErrors, ROSTER_HEADERS, readRosterRows } from './roster.rows.ts';

const ID_A = '419001196803150191';
const ID_B = '419001197206080257';
const good: Cell[] = [
  '红旗村',
  1860,
  612,
  45,
  58,
  '李建国',
  '13812345678',
  '李建国',
  null,
  '2024-01-01',
  ID_A,
  null,
];
const withCells = (changes: Record<number, Cell>): Cell[] =>
  good.map((c, i) => (i in changes ? changes[i]! : c));
const withCell = (index: number, value: Cell): Cell[] => withCells({ [index]: value });
const read = (...rows: Cell[][]) => readRosterRows(rows.map((cells, i) => ({ row: i + 2, cells })));

describe('readRosterRows', () => {
  it('reads a good row, one person in both posts', () => {
    const { rows, errors } = read(good);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        name: '红旗村',
        counts: { adultPopulation: 1860, households: 612, representatives: 45, partyMembers: 58 },
        secretary: { name: '李建国', phone: '13812345678', idCard: ID_A },
        director: { name: '李建国', phone: '13812345678', idCard: ID_A },
        dualRole: true,
        startDate: '2024-01-01',
      },
    ]);
  });

  it('accepts numbers typed as text, dates as Excel dates or day numbers, and phones as numbers', () => {
    const { rows, errors } = read(
      [
        '向阳村',
        ' 1420 ',
        '455',
        35,
        43,
        '王志强',
        13987654321,
        '陈秀兰',
        '0391-1234567',
        new Date(Date.UTC(2024, 6, 1)),
      ],
      ['东风村', 100, 40, 20, 10, null, null, '赵大', null, 45474],
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      counts: { adultPopulation: 1420, households: 455 },
      secretary: { phone: '13987654321' },
      startDate: '2024-07-01',
    });
    expect(rows[1]).toMatchObject({ secretary: null, director: { name: '赵大' }, startDate: '2024-07-01' });
  });

  it('skips blank rows and the template’s example rows', () => {
    const { rows } = read(withCell(0, '（示例）红旗村'), [null, '', null], good);
    expect(rows.map((r) => r.row)).toEqual([4]);
  });

  it.each([
    ['a missing village name', withCell(0, null), '村名', /必须填写/],
    ['an oversize village name', withCell(0, '村'.repeat(31)), '村名', /30/],
    ['a missing count', withCell(1, null), '18岁以上人口', /必须填写/],
    ['a negative count', withCell(2, -3), '户数', /不小于 0 的整数/],
    ['a fractional count', withCell(3, 4.5), '村民代表人数', /整数/],
    ['a count with a unit', withCell(4, '58人'), '党员人数', /58人/],
    ['more households than adults', withCell(2, 2000), '户数', /不能大于“18岁以上人口”/],
    ['more representatives than households', withCell(3, 700), '村民代表人数', /不能大于“户数”/],
    ['a bad phone', withCell(6, '1234'), '书记电话', /格式不正确/],
    ['a phone without a name', withCells({ 5: null, 10: null }), '书记电话', /未填写/],
    ['a bad date', withCell(9, '2024-02-30'), '任职日期', /不是有效日期/],
    ['a missing date with cadres named', withCell(9, null), '任职日期', /必须填写任职日期/],
    ['two phones for one person', withCell(8, '13900000000'), '主任电话', /一肩挑/],
    ['a number with a bad check digit', withCell(10, '419001196803150192'), '书记身份证号', /校验位不符/],
    ['a short number', withCell(10, '41900119680315'), '书记身份证号', /应为 18 位/],
    ['a number Excel stored as a number', withCell(10, 419001196803150200), '书记身份证号', /文本/],
    ['a number without a name', withCells({ 7: null, 11: ID_B }), '主任身份证号', /未填写村委会主任姓名/],
    [
      'one number for two names',
      ['向阳村', 100, 40, 20, 10, '王志强', null, '陈秀兰', null, '2024-01-01', ID_B, ID_B],
      '主任身份证号',
      /与党支部书记的身份证号相同，但姓名不同/,
    ],
  ])('reports %s with its row and column', (_case, cells, column, message) => {
    const { errors } = read(
      good.map(() => null),
      cells,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, column, message: expect.stringMatching(message) });
  });

  it('reports a village listed twice, naming the first row', () => {
    const { errors } = read(
      good,
      ['向阳村', 100, 200, 10, 10, null, null, null, null, null],
      withCell(10, null),
    );
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, '户数'],
      [4, '村名'],
    ]);
    expect(errors[1]?.message).toMatch(/与第 2 行重复/);
  });
});

describe('readRosterRows: ID-card numbers', () => {
  const row = (name: string, secretary: [string, Cell], director: [string, Cell]): Cell[] => [
    name,
    100,
    40,
    20,
    10,
    secretary[0],
    null,
    director[0],
    null,
    '2024-01-01',
    secretary[1],
    director[1],
  ];

  it('reads both numbers, normalized, and completes a 一肩挑 row from either cell', () => {
    const { rows, errors } = read(
      row('向阳村', ['王志强', ` ${ID_B.slice(0, 9)} ${ID_B.slice(9)}`], ['陈秀兰', '11010519491231002x']),
      row('东风村', ['李建国', null], ['李建国', ID_A]),
    );
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      dualRole: false,
      secretary: { idCard: ID_B },
      director: { idCard: '11010519491231002X' },
    });
    expect(rows[1]).toMatchObject({
      dualRole: true,
      secretary: { idCard: ID_A },
      director: { idCard: ID_A },
    });
  });

  it('takes one name with two numbers for two namesakes, not one person', () => {
    const { rows, errors } = read(row('向阳村', ['王强', ID_A], ['王强', ID_B]));
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      dualRole: false,
      secretary: { idCard: ID_A },
      director: { idCard: ID_B },
    });
  });

  it('refuses one number on two rows, naming the first row; a 一肩挑 row counts once', () => {
    const { errors } = read(
      row('向阳村', ['李建国', ID_A], ['李建国', ID_A]),
      row('东风村', ['王志强', ID_B], ['李建国', ID_A]),
      row('红星村', ['王志强', ID_B], ['', null]),
    );
    expect(errors).toEqual([
      { row: 3, column: '主任身份证号', message: '与第 2 行的身份证号相同：一人只能登记在一个村' },
      { row: 4, column: '书记身份证号', message: '与第 3 行的身份证号相同：一人只能登记在一个村' },
    ]);
  });
});

describe('headerErrors', () => {
  it('accepts the template header, spaces aside', () => {
    expect(headerErrors(1, [...ROSTER_HEADERS])).toEqual([]);
    expect(
      headerErrors(
        1,
        ROSTER_HEADERS.map((h) => ` ${h} `),
      ),
    ).toEqual([]);
  });

  it('names each wrong column and lists the expected ones', () => {
    const header: Cell[] = [...ROSTER_HEADERS];
    header[2] = '户';
    header[9] = null;
    const errors = headerErrors(1, header);
    expect(errors.map((e) => e.column)).toEqual(['户数', '任职日期']);
    expect(errors[0]?.message).toMatch(/第 3 列表头应为“户数”，实为“户”/);
    expect(errors[0]?.message).toContain(ROSTER_HEADERS.join('、'));
  });
});
