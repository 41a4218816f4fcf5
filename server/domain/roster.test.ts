import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countProblems,
  dayBefore,
  endProblem,
  isIsoDate,
  isValidPhone,
  type KnownPerson,
  matchRosterPerson,
  type PostRecord,
  parseDateText,
  planAppointment,
  type RegisteredPerson,
} from './roster.ts';

describe('countProblems', () => {
  it.each([
    [{ adultPopulation: 100, households: 40, representatives: 20, partyMembers: 10 }, []],
    [{ adultPopulation: 0, households: 0, representatives: 0, partyMembers: 0 }, []],
    [{ adultPopulation: 100, households: 101, representatives: 20, partyMembers: 10 }, ['households']],
    [{ adultPopulation: 100, households: 40, representatives: 41, partyMembers: 10 }, ['representatives']],
    [{ adultPopulation: 100, households: 40, representatives: 20, partyMembers: 101 }, ['partyMembers']],
  ])('%o → %o', (counts, fields) => {
    expect(countProblems(counts).map((p) => p.field)).toEqual(fields);
  });

  it('names both counts in Chinese', () => {
    const [problem] = countProblems({
      adultPopulation: 10,
      households: 11,
      representatives: 1,
      partyMembers: 1,
    });
    expect(problem?.message).toBe('“户数”（11）不能大于“18岁以上人口”（10）');
  });
});

describe('formats', () => {
  it.each([
    ['13812345678', true],
    ['0391-1234567', true],
    ['03911234567', true],
    ['010-12345678', true],
    ['1381234567', false],
    ['12812345678', false],
    ['138 1234 5678', false],
    ['phone', false],
  ])('phone %s → %s', (phone, ok) => expect(isValidPhone(phone)).toBe(ok));

  it.each([
    ['2024-01-01', '2024-01-01'],
    ['2024-1-1', '2024-01-01'],
    ['2024/3/15', '2024-03-15'],
    ['2024.12.31', '2024-12-31'],
    ['2024年2月29日', '2024-02-29'],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['明年', null],
    ['', null],
  ])('date %s → %s', (text, iso) => expect(parseDateText(text)).toBe(iso));

  it('knows real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
  });

  it.each([
    ['2024-03-01', '2024-02-29'],
    ['2025-01-01', '2024-12-31'],
    ['2024-07-15', '2024-07-14'],
  ])('day before %s is %s', (date, before) => expect(dayBefore(date)).toBe(before));
});

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('planAppointment', () => {
  const open = (personId: string, startDate: string): PostRecord => ({
    id: `r-${personId}`,
    personId,
    startDate,
    endDate: null,
  });

  it('ends the open holder the day before the new start', () => {
    expect(planAppointment([open('a', '2024-01-01')], 'b', '2025-07-01')).toEqual({
      kind: 'appoint',
      end: { id: 'r-a', endDate: '2025-06-30' },
    });
  });

  it('leaves a post alone when the same person already holds it', () => {
    expect(planAppointment([open('a', '2024-01-01')], 'a', '2025-07-01')).toEqual({ kind: 'unchanged' });
  });

  it('appoints to a vacant post without ending anything', () => {
    expect(planAppointment([], 'a', '2025-07-01')).toEqual({ kind: 'appoint', end: null });
  });

  it('refuses a start on or before the open holder’s start', () => {
    const plan = planAppointment([open('a', '2024-01-01')], 'b', '2024-01-01');
    expect(plan).toMatchObject({ kind: 'refused', message: expect.stringContaining('2024-01-01') });
  });

  it('refuses a start inside an ended term', () => {
    const ended = { id: 'x', personId: 'a', startDate: '2020-01-01', endDate: '2023-12-31' };
    expect(planAppointment([ended], 'b', '2023-06-01').kind).toBe('refused');
    expect(planAppointment([ended], 'b', '2024-01-01').kind).toBe('appoint');
  });

  it('never leaves two terms of one post overlapping (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), isoDate), { maxLength: 12 }), (steps) => {
        let records: PostRecord[] = [];
        steps.forEach(([personId, startDate], i) => {
          const plan = planAppointment(records, personId, startDate);
          if (plan.kind !== 'appoint') return;
          records = records.map((r) => (r.id === plan.end?.id ? { ...r, endDate: plan.end.endDate } : r));
          records.push({ id: String(i), personId, startDate, endDate: null });
        });
        expect(records.filter((r) => r.endDate === null).length).toBeLessThanOrEqual(1);
        const sorted = [...records].sort((x, y) => x.startDate.localeCompare(y.startDate));
        sorted.forEach((r, i) => {
          if (r.endDate !== null) expect(r.endDate >= r.startDate).toBe(true);
          const next = sorted[i + 1];
          if (next) expect(r.endDate !== null && r.endDate < next.startDate).toBe(true);
        });
      }),
    );
  });
});

describe('endProblem', () => {
  it('refuses an end before the start or of an ended term', () => {
    expect(endProblem({ startDate: '2024-01-01', endDate: null }, '2024-01-01')).toBeNull();
    expect(endProblem({ startDate: '2024-01-01', endDate: null }, '2023-12-31')).toMatch(/不能早于/);
    expect(endProblem({ startDate: '2024-01-01', endDate: '2024-05-01' }, '2024-06-01')).toMatch(/已于/);
  });
});

describe('matchRosterPerson', () => {
  const here = 'village-here';
  const person = (over: Partial<RegisteredPerson> = {}): RegisteredPerson => ({
    id: 'p1',
    name: '王强',
    villageId: here,
    idCardMasked: '419001********0191',
    where: '王屋村',
    otherTownship: false,
    openPosts: [],
    ...over,
  });
  const namesake = (over: Partial<KnownPerson> = {}): KnownPerson => ({
    id: 'p2',
    name: '王强',
    villageId: here,
    idCardMasked: '419001********0257',
    ...over,
  });
  const withNumber = { name: '王强', hasIdCard: true };
  const without = { name: '王强', hasIdCard: false };

  it.each([
    ['the number’s person in this village', withNumber, person(), [], 'existing', false, false, null],
    [
      'the number’s person in another village of the township: moves, keeping history',
      withNumber,
      person({ villageId: 'v2', openPosts: ['party_secretary'] }),
      [],
      'existing',
      true,
      false,
      /原登记在王屋村，将调入本村.*党支部书记.*前一天结束/,
    ],
    [
      'the number’s person in another township without a post: moves',
      withNumber,
      person({ villageId: 'v3', otherTownship: true, where: '太行乡上庄村' }),
      [],
      'existing',
      true,
      false,
      /太行乡上庄村/,
    ],
    [
      'an unknown number and a namesake registered without one: the same person, numbered now',
      withNumber,
      null,
      [namesake({ idCardMasked: null })],
      'existing',
      false,
      true,
      /未登记身份证号.*视为同一人/,
    ],
    [
      'an unknown number and a namesake with another number: someone else',
      withNumber,
      null,
      [namesake()],
      'new',
      false,
      false,
      /身份证号 419001\*{8}0257.*视为另一人/,
    ],
    ['an unknown number, no namesake', withNumber, null, [], 'new', false, false, null],
    [
      'no number and exactly one namesake: that person, said so',
      without,
      null,
      [namesake()],
      'existing',
      false,
      false,
      /未填身份证号，按姓名对应/,
    ],
    ['no number and no namesake: new', without, null, [], 'new', false, false, /未填身份证号，将新增/],
  ])('%s', (_case, holder, byIdCard, namesakes, kind, move, addIdCard, note) => {
    const match = matchRosterPerson(holder, here, byIdCard, namesakes);
    expect(match.kind).toBe(kind);
    if (match.kind === 'existing')
      expect({ move: match.move, addIdCard: match.addIdCard }).toEqual({ move, addIdCard });
    if (match.kind === 'refused') return;
    if (note === null) expect(match.note).toBeNull();
    else expect(match.note).toMatch(note);
  });

  it.each([
    [
      'the number registered under another name',
      withNumber,
      person({ name: '王刚' }),
      [],
      /已登记为王屋村的“王刚”，与本行姓名“王强”不符/,
    ],
    [
      'the number’s person holding a post in another township',
      withNumber,
      person({
        villageId: 'v3',
        otherTownship: true,
        where: '太行乡上庄村',
        openPosts: ['committee_director'],
      }),
      [],
      /现任太行乡上庄村村委会主任，须由该乡镇先登记离任/,
    ],
    [
      'no number and two namesakes',
      without,
      null,
      [namesake(), namesake({ id: 'p3', idCardMasked: '419001********0329' })],
      /本村有 2 名名为“王强”的人员，请填写身份证号/,
    ],
    [
      'a number and two namesakes without one',
      withNumber,
      null,
      [namesake({ idCardMasked: null }), namesake({ id: 'p3', idCardMasked: null })],
      /无法确定是哪一位/,
    ],
  ])('refuses %s', (_case, holder, byIdCard, namesakes, message) => {
    const match = matchRosterPerson(holder, here, byIdCard, namesakes);
    expect(match).toEqual({ kind: 'refused', message: expect.stringMatching(message) });
  });

  it('lets a registered number decide over any namesake (property)', () => {
    const registered = fc.record({
      name: fc.constantFrom('王强', '王刚'),
      villageId: fc.constantFrom(here, 'v2'),
      otherTownship: fc.boolean(),
      openPosts: fc.subarray(['party_secretary', 'committee_director'] as const),
    });
    const namesakes = fc.array(fc.constantFrom(null, '419001********0257'), { maxLength: 3 });
    fc.assert(
      fc.property(registered, namesakes, (over, numbers) => {
        const found = person({ ...over, openPosts: [...over.openPosts] });
        const others = numbers.map((idCardMasked, i) => namesake({ id: `n${i}`, idCardMasked }));
        const match = matchRosterPerson(withNumber, here, found, others);
        return match.kind === 'refused' || (match.kind === 'existing' && match.person.id === found.id);
      }),
    );
  });
});
