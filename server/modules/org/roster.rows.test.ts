import { describe, expect, it } from 'vitest';
import { type Cell, headerErrors, ROSTER_HEADERS, readRosterRows } from './roster.rows.ts';

const good: Cell[] = ['红旗村', 1860, 612, 45, 58, '李建国', '13812345678', '李建国', null, '2024-01-01'];
const withCell = (index: number, value: Cell): Cell[] => good.map((c, i) => (i === index ? value : c));
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
        secretary: { name: '李建国', phone: '13812345678' },
        director: { name: '李建国', phone: '13812345678' },
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
    ['a phone without a name', withCell(5, null), '书记电话', /未填写/],
    ['a bad date', withCell(9, '2024-02-30'), '任职日期', /不是有效日期/],
    ['a missing date with cadres named', withCell(9, null), '任职日期', /必须填写任职日期/],
    ['two phones for one person', withCell(8, '13900000000'), '主任电话', /一肩挑/],
  ])('reports %s with its row and column', (_case, cells, column, message) => {
    const { errors } = read(
      good.map(() => null),
      cells,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, column, message: expect.stringMatching(message) });
  });

  it('reports a village listed twice, naming the first row', () => {
    const { errors } = read(good, ['向阳村', 100, 200, 10, 10, null, null, null, null, null], good);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, '户数'],
      [4, '村名'],
    ]);
    expect(errors[1]?.message).toMatch(/与第 2 行重复/);
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
