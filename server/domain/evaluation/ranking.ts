/**
 * 排名 within the township (DESIGN §2.4 item 5): a total, stable order.
 *
 * 1. Who is ranked: everyone with a composite, and everyone forced to fail by the village
 *    evaluation (with or without a composite). Participants with neither (a part still missing:
 *    only in a preview) have no rank (null).
 * 2. Groups, in this order: participants graded from their score; those not rankable yet; those
 *    forced to fail (民主测评不合格), who stand at the bottom of the township whatever their
 *    composite, so a preview never shows an unqualified cadre at the top while others wait for
 *    their parts. The rank is the place in this order (1-based), so in a finished year the ranks
 *    run 1..n without gaps.
 * 3. Within a group: composite, high to low (an empty composite last); ties broken by the
 *    inspection score, then the jury score (high first, an empty one last); then the final key,
 *    which carries no merit and only makes the order total and reproducible: the village order
 *    (统计用区划代码, then village name, as every list of the product), then the person's name in
 *    Chinese collation, then the participant id.
 * Ranks are 1..n with no shared places: the order above decides every tie.
 */
import { compareVillages, type VillageKey } from '../village-order.ts';
import type { RankExplanation } from './types.ts';

export type RankInput = {
  participantId: string;
  name: string;
  village: VillageKey;
  composite: number | null;
  inspection: number | null;
  jury: number | null;
  forcedFail: boolean;
};

export type Ranked<T> = { item: T; rank: number | null; explanation: RankExplanation };

export const RANK_RULE =
  '按综合得分从高到低排名；综合得分相同的，依次比较实地考核得分、乡集中述职得分（高者在前）；仍相同的，按村庄顺序（统计用区划代码）和姓名排列。民主测评不合格的排在最后。';

const group = (x: RankInput) => (x.forcedFail ? 2 : x.composite !== null ? 0 : 1);
const ranked = (x: RankInput) => group(x) !== 1;

/** High first, null last. */
const desc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);

type Key = { label: string; compare: (a: RankInput, b: RankInput) => number };

/** The tie-breaks after the composite, in order, with the words an explanation uses. */
const TIE_KEYS: readonly Key[] = [
  { label: '实地考核得分', compare: (a, b) => desc(a.inspection, b.inspection) },
  { label: '乡集中述职得分', compare: (a, b) => desc(a.jury, b.jury) },
  { label: '村庄顺序（统计用区划代码）', compare: (a, b) => compareVillages(a.village, b.village) },
  { label: '姓名', compare: (a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN') },
  {
    label: '参与人编号',
    compare: (a, b) => (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0),
  },
];

export function compareForRank(a: RankInput, b: RankInput): number {
  const byGroup = group(a) - group(b) || desc(a.composite, b.composite);
  if (byGroup !== 0) return byGroup;
  for (const key of TIE_KEYS) {
    const c = key.compare(a, b);
    if (c !== 0) return c;
  }
  return 0;
}

/** The key that decided between two neighbours of equal composite, or null if not tied. */
function decidingKey(a: RankInput, b: RankInput | undefined): string | null {
  if (!b || group(a) !== group(b) || a.composite !== b.composite) return null;
  return TIE_KEYS.find((k) => k.compare(a, b) !== 0)?.label ?? null;
}

/** Everyone in rank order, each with their rank (null: not rankable yet) and why they stand there. */
export function rankParticipants<T extends RankInput>(items: readonly T[]): Ranked<T>[] {
  const sorted = [...items].sort(compareForRank);
  const of = sorted.length;
  return sorted.map((item, i) => {
    // The keys against the one before and the one after, each once (no Set: 40,000 of these at once).
    const before = decidingKey(item, sorted[i - 1]);
    const after = decidingKey(item, sorted[i + 1]);
    const tieBreaks: string[] = [];
    if (before !== null) tieBreaks.push(before);
    if (after !== null && after !== before) tieBreaks.push(after);
    const rank = ranked(item) ? i + 1 : null;
    return { item, rank, explanation: { rank, of, tieBreaks, rule: RANK_RULE } };
  });
}
