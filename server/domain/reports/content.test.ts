import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignStatements, type ReportContent, submitProblems, unknownStatementProblems } from './content.ts';
import { prefillContent, prefillStatement } from './prefill.ts';

const pledges = [
  { id: 'p1', title: '硬化通组路2.3公里', completionStandard: '完成2.3公里水泥路面硬化。' },
  { id: 'p2', title: '建成小杂粮加工坊', completionStandard: '加工坊投产运营' },
];
const full = (over: Partial<ReportContent> = {}): ReportContent => ({
  pledges: alignStatements(
    [
      { pledgeId: 'p1', statement: '已完成' },
      { pledgeId: 'p2', statement: '推进中' },
    ],
    pledges,
  ),
  duties: '履职',
  selfBuilding: '廉洁',
  problemsAndPlans: '打算',
  ...over,
});

describe('submitProblems', () => {
  it.each<[string, ReportContent, string[]]>([
    ['a complete report', full(), []],
    [
      'a blank statement',
      full({ pledges: alignStatements([{ pledgeId: 'p1', statement: 'x' }], pledges) }),
      ['pledges.1.statement'],
    ],
    ['whitespace is blank', full({ duties: '  \n ' }), ['duties']],
    [
      'every section missing',
      full({ duties: '', selfBuilding: '', problemsAndPlans: '' }),
      ['duties', 'selfBuilding', 'problemsAndPlans'],
    ],
  ])('%s', (_name, content, fields) => {
    const problems = submitProblems(content);
    expect(problems.map((p) => p.field)).toEqual(fields);
    for (const p of problems) expect(p.message).toMatch(/请填写/);
  });

  it('names the pledge by its number and title', () => {
    const [problem] = submitProblems(full({ pledges: alignStatements([], pledges) }));
    expect(problem!.message).toBe('请填写第1项承诺“硬化通组路2.3公里”的完成情况');
  });
});

describe('statements', () => {
  it('refuses a statement for a pledge that is not the participant’s', () => {
    expect(unknownStatementProblems([{ pledgeId: 'p1' }, { pledgeId: 'zz' }], pledges)).toEqual([
      { field: 'pledges.1.pledgeId', message: '所选“承诺事项”不是本人本年度已批准的承诺事项' },
    ]);
  });

  it('aligns any order and subset of statements to the pledges, one each, trimmed', () => {
    fc.assert(
      fc.property(fc.subarray(['p1', 'p2']), fc.string(), (ids, text) => {
        const aligned = alignStatements(
          [...ids].reverse().map((pledgeId) => ({ pledgeId, statement: ` ${text} ` })),
          pledges,
        );
        expect(aligned.map((s) => s.pledgeId)).toEqual(['p1', 'p2']);
        for (const s of aligned) expect(s.statement).toBe(ids.includes(s.pledgeId) ? text.trim() : '');
      }),
    );
  });
});

describe('prefill', () => {
  it('quotes the standard and the latest progress, or says there is none', () => {
    expect(
      prefillStatement(pledges[0]!, {
        status: 'done',
        percent: 100,
        reportDate: '2026-09-20',
        note: '已通过验收',
      }),
    ).toBe('完成标准：完成2.3公里水泥路面硬化。截至2026年9月20日，已完成，完成进度100%。已通过验收。');
    expect(prefillStatement(pledges[1]!, null)).toBe('完成标准：加工坊投产运营。本年度尚未报送践诺进展。');
  });

  it('prefills every pledge and leaves the sections to the cadre', () => {
    const content = prefillContent(pledges, new Map());
    expect(content.pledges.map((p) => p.pledgeId)).toEqual(['p1', 'p2']);
    expect([content.duties, content.selfBuilding, content.problemsAndPlans]).toEqual(['', '', '']);
    expect(submitProblems(content).map((p) => p.field)).toEqual([
      'duties',
      'selfBuilding',
      'problemsAndPlans',
    ]);
  });
});
