/**
 * Pure rules of the village roster: counts that must agree, phone and date formats, and how a new
 * post holder fits into the dated history of a post (mid-year changes keep the old record, ended).
 */

export const POSTS = ['party_secretary', 'committee_director'] as const;
export type Post = (typeof POSTS)[number];
export const POST_LABELS: Record<Post, string> = {
  party_secretary: '党支部书记',
  committee_director: '村委会主任',
};

/** Longest village or person name accepted. */
export const NAME_MAX = 30;
/** Largest count a village can plausibly have (keeps typos such as 18600000 out). */
export const COUNT_MAX = 1_000_000;

export type VillageCounts = {
  adultPopulation: number;
  households: number;
  representatives: number;
  partyMembers: number;
};
export const COUNT_LABELS: Record<keyof VillageCounts, string> = {
  adultPopulation: '18岁以上人口',
  households: '户数',
  representatives: '村民代表人数',
  partyMembers: '党员人数',
};

export type Problem = { field: string; message: string };
/** A count that contradicts another: `against` is the count it was compared with. */
export type CountProblem = Problem & { field: keyof VillageCounts; against: keyof VillageCounts };

/** Counts that contradict each other: more households than adults, more representatives than households. */
export function countProblems(c: VillageCounts): CountProblem[] {
  const problems: CountProblem[] = [];
  const tooMany = (field: keyof VillageCounts, than: keyof VillageCounts) =>
    problems.push({
      field,
      against: than,
      message: `“${COUNT_LABELS[field]}”（${c[field]}）不能大于“${COUNT_LABELS[than]}”（${c[than]}）`,
    });
  if (c.households > c.adultPopulation) tooMany('households', 'adultPopulation');
  if (c.representatives > c.households) tooMany('representatives', 'households');
  if (c.partyMembers > c.adultPopulation) tooMany('partyMembers', 'adultPopulation');
  return problems;
}

/** A mainland mobile number (11 digits) or a landline with area code (0xxx-xxxxxxx). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
export const isValidPhone = (phone: string) => PHONE_PATTERN.test(phone);
export const PHONE_HINT = '应为 11 位手机号或带区号的固定电话（如 0391-1234567）';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is the text a real calendar date written YYYY-MM-DD? */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** Reads dates as offices write them: 2024-1-1, 2024/01/01, 2024.1.1, 2024年1月1日. */
export function parseDateText(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** The calendar day before an ISO date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** One dated record of a post in one village. */
export type PostRecord = { id: string; personId: string; startDate: string; endDate: string | null };

export type AppointmentPlan =
  | { kind: 'unchanged' }
  | { kind: 'appoint'; end: { id: string; endDate: string } | null }
  | { kind: 'refused'; message: string };

/**
 * How a person starting a post on startDate fits the post's history: the open holder (if another
 * person) ends the day before; a start on or before the open holder's start, or inside an ended
 * term, would make two holders at once and is refused.
 */
export function planAppointment(records: PostRecord[], personId: string, startDate: string): AppointmentPlan {
  const open = records.find((r) => r.endDate === null);
  if (open?.personId === personId) return { kind: 'unchanged' };
  if (open && open.startDate >= startDate) {
    return { kind: 'refused', message: `任职日期须晚于现任者的任职日期（${open.startDate}）` };
  }
  const overlap = records.find((r) => r.endDate !== null && r.endDate >= startDate);
  if (overlap) {
    return {
      kind: 'refused',
      message: `任职日期与已有任职记录（${overlap.startDate} 至 ${overlap.endDate}）重叠`,
    };
  }
  return { kind: 'appoint', end: open ? { id: open.id, endDate: dayBefore(startDate) } : null };
}

/** Why a term may not end on endDate, or null when it may. */
export function endProblem(record: { startDate: string; endDate: string | null }, endDate: string) {
  if (record.endDate !== null) return `该任职已于 ${record.endDate} 结束`;
  if (endDate < record.startDate) return `离任日期不能早于任职日期（${record.startDate}）`;
  return null;
}

/** A stored person a roster row may mean (see matchRosterPerson). */
export type KnownPerson = { id: string; name: string; villageId: string; idCardMasked: string | null };

/** The person registered under a row's number, with what a move of theirs would touch. */
export type RegisteredPerson = KnownPerson & {
  /** Where they are registered, as people say it: the village, with its township when another. */
  where: string;
  /** Registered in another township of the county. */
  otherTownship: boolean;
  /** Posts they hold now (open records). */
  openPosts: Post[];
};

export type RosterPersonMatch =
  | { kind: 'existing'; person: KnownPerson; move: boolean; addIdCard: boolean; note: string | null }
  | { kind: 'new'; note: string | null }
  | { kind: 'refused'; message: string };

const postNames = (posts: Post[]) =>
  POSTS.filter((p) => posts.includes(p))
    .map((p) => POST_LABELS[p])
    .join('、');

function matchByIdCard(name: string, villageId: string, found: RegisteredPerson): RosterPersonMatch {
  if (found.name !== name) {
    return {
      kind: 'refused',
      message: `该身份证号已登记为${found.where}的“${found.name}”，与本行姓名“${name}”不符；如确已改名，请先在人员信息中修改姓名`,
    };
  }
  if (found.villageId === villageId) {
    return { kind: 'existing', person: found, move: false, addIdCard: false, note: null };
  }
  if (found.otherTownship && found.openPosts.length > 0) {
    return {
      kind: 'refused',
      message: `“${name}”现任${found.where}${postNames(found.openPosts)}，须由该乡镇先登记离任，才能调入本村`,
    };
  }
  const ends = found.openPosts.length
    ? `；其在原村的现任职务（${postNames(found.openPosts)}）于本行任职日期前一天结束`
    : '';
  return {
    kind: 'existing',
    person: found,
    move: true,
    addIdCard: false,
    note: `“${name}”（身份证号 ${found.idCardMasked}）原登记在${found.where}，将调入本村，任职历史保留${ends}`,
  };
}

/**
 * Who a roster row names. A number the office holds decides (never a name alone): the person with
 * that number, wherever in the county, is this person (moving here if registered elsewhere); a
 * namesake with another number is someone else. Without a number a row may only mean the one
 * person of that name in the village. `namesakes` are the village's persons of the row's name.
 */
export function matchRosterPerson(
  holder: { name: string; hasIdCard: boolean },
  villageId: string,
  byIdCard: RegisteredPerson | null,
  namesakes: KnownPerson[],
): RosterPersonMatch {
  const { name } = holder;
  if (holder.hasIdCard) {
    if (byIdCard) return matchByIdCard(name, villageId, byIdCard);
    const unnumbered = namesakes.filter((n) => n.idCardMasked === null);
    if (unnumbered.length === 1) {
      return {
        kind: 'existing',
        person: unnumbered[0]!,
        move: false,
        addIdCard: true,
        note: `本村已有同名人员“${name}”（未登记身份证号），视为同一人，登记其身份证号`,
      };
    }
    if (unnumbered.length > 1) {
      return {
        kind: 'refused',
        message: `本村有 ${unnumbered.length} 名名为“${name}”且未登记身份证号的人员，无法确定是哪一位；请先在人员信息中为其登记身份证号`,
      };
    }
    if (namesakes.length === 0) return { kind: 'new', note: null };
    const numbers = namesakes.map((n) => n.idCardMasked).join('、');
    return {
      kind: 'new',
      note: `本村已有同名人员“${name}”（身份证号 ${numbers}），身份证号不同，视为另一人，将新增人员`,
    };
  }
  if (namesakes.length === 1) {
    return {
      kind: 'existing',
      person: namesakes[0]!,
      move: false,
      addIdCard: false,
      note: `未填身份证号，按姓名对应本村已有人员“${name}”`,
    };
  }
  if (namesakes.length > 1) {
    return {
      kind: 'refused',
      message: `本村有 ${namesakes.length} 名名为“${name}”的人员，请填写身份证号以确定是哪一位`,
    };
  }
  return {
    kind: 'new',
    note: `未填身份证号，将新增人员“${name}”（建议填写身份证号，任职历史才能跨村、跨年度连续）`,
  };
}
