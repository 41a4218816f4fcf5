/** One paper-ballot tally entry (计票人 or 监票人): counts per option per question. */
export type PaperTally = {
  issued: number;
  returned: number;
  invalid: number;
  /** questionId → optionId → votes. */
  counts: Record<string, Record<string, number>>;
  /** questionId → ballots that left the question blank (missing: none). */
  blanks: Record<string, number>;
};

/** The poll's questions and their option ids, to check a tally against. */
export type PollShape = { questions: { id: string; optionIds: string[] }[] };

export type TallyProblem = { field: string; message: string };

const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * Problems of a tally, each naming its field: every question and option counted, and the sums
 * reconcile per question (options + blank + invalid = returned ≤ issued; codes issued + paper issued
 * ≤ attendance).
 */
export function tallyProblems(
  tally: PaperTally,
  shape: PollShape,
  limits: { codesIssued: number; attendance: number | null },
): TallyProblem[] {
  const problems: TallyProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  for (const key of ['issued', 'returned', 'invalid'] as const) {
    if (!isCount(tally[key])) add(key, '票数必须是非负整数');
  }
  if (problems.length) return problems;
  if (tally.invalid > tally.returned)
    add('invalid', `废票数（${tally.invalid}）不能多于收回票数（${tally.returned}）`);
  if (tally.returned > tally.issued)
    add('returned', `收回票数（${tally.returned}）不能多于发出票数（${tally.issued}）`);
  if (limits.attendance === null) add('issued', '请先登记会议实到人数');
  else if (limits.codesIssued + tally.issued > limits.attendance) {
    add(
      'issued',
      `纸质选票发出数（${tally.issued}）加已生成的选票码（${limits.codesIssued}）不能超过实到人数（${limits.attendance}）`,
    );
  }
  const known = new Set(shape.questions.map((q) => q.id));
  for (const questionId of [...Object.keys(tally.counts), ...Object.keys(tally.blanks)]) {
    if (!known.has(questionId)) add('questions', '计票中有不属于本次表决的议题');
  }
  shape.questions.forEach((q, i) => {
    const problem = questionProblem(tally, q, i);
    if (problem) problems.push(problem);
  });
  return problems;
}

function questionProblem(
  tally: PaperTally,
  q: PollShape['questions'][number],
  i: number,
): TallyProblem | null {
  const n = i + 1;
  const counts = tally.counts[q.id];
  if (!counts) return { field: `questions.${i}`, message: `第 ${n} 项议题没有录入票数` };
  const field = `questions.${i}.counts`;
  if (Object.keys(counts).some((id) => !q.optionIds.includes(id))) {
    return { field, message: `第 ${n} 项议题中有不属于该议题的选项` };
  }
  if (q.optionIds.some((id) => !isCount(counts[id]))) {
    return { field, message: `第 ${n} 项议题的每个选项都要录入非负整数票数` };
  }
  const blank = tally.blanks[q.id] ?? 0;
  if (!isCount(blank))
    return { field: `questions.${i}.blank`, message: `第 ${n} 项议题的空白票数必须是非负整数` };
  const sum = q.optionIds.reduce((s, id) => s + (counts[id] ?? 0), 0);
  if (sum + blank + tally.invalid === tally.returned) return null;
  return {
    field,
    message: `第 ${n} 项议题：各选项票数之和（${sum}）加未填此项的空白票（${blank}）和废票（${tally.invalid}）应等于收回票数（${tally.returned}）`,
  };
}

/** Do the two blind entries agree on every number? */
export function talliesMatch(a: PaperTally, b: PaperTally): boolean {
  if (a.issued !== b.issued || a.returned !== b.returned || a.invalid !== b.invalid) return false;
  const questions = new Set([...Object.keys(a.counts), ...Object.keys(b.counts)]);
  for (const q of new Set([...Object.keys(a.blanks), ...Object.keys(b.blanks)])) {
    if ((a.blanks[q] ?? 0) !== (b.blanks[q] ?? 0)) return false;
  }
  for (const q of questions) {
    const x = a.counts[q] ?? {};
    const y = b.counts[q] ?? {};
    const options = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const o of options) if ((x[o] ?? 0) !== (y[o] ?? 0)) return false;
  }
  return true;
}

/** Certification's final reconciliation: what was issued never exceeds attendance; ballots ≤ codes. */
export function issuanceProblems(input: {
  codesIssued: number;
  ballotsCast: number;
  paperIssued: number;
  attendance: number | null;
}): string[] {
  const problems: string[] = [];
  if (input.attendance === null) problems.push('会议未登记实到人数');
  else if (input.codesIssued + input.paperIssued > input.attendance) {
    problems.push(
      `发出的选票码（${input.codesIssued}）与纸质选票（${input.paperIssued}）之和超过实到人数（${input.attendance}）`,
    );
  }
  if (input.ballotsCast > input.codesIssued) problems.push('电子选票数多于发出的选票码数');
  return problems;
}
