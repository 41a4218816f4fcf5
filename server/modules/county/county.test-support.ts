import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { campaigns, participants, persons, resultSets, villages } from '../../db/schema/index.ts';
import type { FinalResult } from '../../domain/evaluation/types.ts';
import { insertResultRows } from '../results/result-rows.ts';

/**
 * FinalResult values for the document tests, shaped as the results module returns them (scores of
 * each part, composite, grade and rank already computed): the generators only read and print them.
 */
export function finalResult(
  name: string,
  villageName: string,
  parts: { village: number | null; jury: number | null; inspection: number | null },
  outcome: { composite: number | null; grade: string; rank: number | null; forcedFail?: boolean },
): FinalResult {
  const forcedFail = outcome.forcedFail ?? false;
  return {
    participantId: `p-${name}`,
    personId: `person-${name}`,
    villageId: `v-${villageName}`,
    name,
    villageName,
    posts: ['党支部书记'],
    village:
      parts.village === null
        ? null
        : {
            pollId: 'poll',
            certifiedAt: '2025-12-10T10:00:00+08:00',
            counts: {
              satisfied: 30,
              basicallySatisfied: 5,
              unsatisfied: forcedFail ? 40 : 3,
              unknown: 1,
              blank: 0,
            },
            valid: forcedFail ? 75 : 38,
            score: parts.village,
            satisfactionRate: forcedFail ? 35 / 75 : 35 / 38,
            unqualified: forcedFail,
            optionScores: { satisfied: 100, basicallySatisfied: 75, unsatisfied: 55 },
          },
    jury:
      parts.jury === null
        ? null
        : {
            score: parts.jury,
            complete: true,
            scores: [],
            recused: 0,
            missing: 0,
            rule: '去掉一个最高分和一个最低分后取平均',
          },
    inspection: parts.inspection === null ? null : { score: parts.inspection, items: [], complete: true },
    composite: outcome.composite,
    grade: outcome.grade,
    rank: outcome.rank,
    forcedFail,
    explanation: {
      config: { hash: 'c0ffee', computedAt: '2025-12-20T10:00:00+08:00' },
      composite: { formula: '', parts: [], missing: [], composite: outcome.composite },
      grade: {
        grade: outcome.grade,
        bands: [],
        failGrade: '不合格',
        byScore: outcome.grade,
        forcedFail,
        capped: null,
        reason: '',
      },
      rank: { rank: outcome.rank, of: 0, tieBreaks: [], rule: '' },
    },
  };
}

/** Five cadres of one township: ranks 1–4 and one forced fail (unqualified by the village vote). */
export const SAMPLE_RESULTS: FinalResult[] = [
  finalResult(
    '王志强',
    '王屋村',
    { village: 80.5, jury: 88.25, inspection: 85 },
    { composite: 84.63, grade: '合格', rank: 2 },
  ),
  finalResult(
    '李建国',
    '愚公村',
    { village: 95, jury: 92.4, inspection: 93.5 },
    { composite: 93.62, grade: '优秀', rank: 1 },
  ),
  finalResult(
    '赵小红',
    '太行村',
    { village: 70, jury: 66.6, inspection: 61 },
    { composite: 65.38, grade: '基本合格', rank: 3 },
  ),
  finalResult(
    '孙大勇',
    '北山村',
    { village: 62.2, jury: null, inspection: 50 },
    { composite: null, grade: '不合格', rank: null, forcedFail: true },
  ),
  finalResult(
    '周明',
    '南河村',
    { village: 60, jury: 58, inspection: 55.25 },
    { composite: 57.5, grade: '不合格', rank: 4 },
  ),
];

export const SAMPLE_GRADES = ['优秀', '合格', '基本合格', '不合格'];

/**
 * The office's confirmation (审核确认) of a campaign's results, as the results module stores it: one
 * frozen set with every active participant's result (scores made up, ranks in order of village code
 * and name, the last one failed by the village vote). For tests of what comes after confirmation.
 */
export async function confirmResults(db: Queryable, campaignId: string): Promise<FinalResult[]> {
  const people = await db
    .select({
      id: participants.id,
      personId: participants.personId,
      villageId: participants.villageId,
      name: persons.name,
      village: villages.name,
    })
    .from(participants)
    .innerJoin(persons, eq(persons.id, participants.personId))
    .innerJoin(villages, eq(villages.id, participants.villageId))
    .where(and(eq(participants.campaignId, campaignId), eq(participants.excluded, false)))
    .orderBy(asc(villages.code), asc(persons.name));
  const last = people.length - 1;
  const results = people.map((p, i): FinalResult => {
    const failed = i === last;
    const composite = failed ? null : Math.round((96 - i * 2.25) * 100) / 100;
    const grade = failed ? '不合格' : composite! >= 90 ? '优秀' : composite! >= 75 ? '合格' : '基本合格';
    const parts = { village: 80, jury: failed ? null : 85, inspection: 82.5 };
    const outcome = { composite, grade, rank: failed ? null : i + 1, forcedFail: failed };
    return {
      ...finalResult(p.name, p.village, parts, outcome),
      participantId: p.id,
      personId: p.personId,
      villageId: p.villageId,
    };
  });
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
  const [set] = await db
    .insert(resultSets)
    .values({
      countyId: campaign!.countyId,
      townshipId: campaign!.townshipId,
      campaignId,
      config: campaign!.config,
      configHash: 'test',
      digest: 'test',
      frozenAt: new Date(),
      frozenBy: '测试',
    })
    .returning();
  await insertResultRows(db, set!, results);

  return results;
}
