import { describe, expect, it } from 'vitest';
import { defaultCampaignConfig } from '../campaign-config.ts';
import {
  configHash,
  type EvaluationParts,
  finalResults,
  freezeProblems,
  type ResultParticipant,
} from './final.ts';
import type { InspectionResult, JuryResult, VillageEvaluationResult } from './types.ts';

const config = defaultCampaignConfig(2026);
const at = new Date('2026-12-20T02:00:00Z');

const person = (id: string, name: string, code = '410881103201'): ResultParticipant => ({
  participantId: id,
  personId: `person-${id}`,
  villageId: `village-${code}`,
  name,
  villageName: code.endsWith('01') ? '愚公村' : '王屋村',
  villageCode: code,
  posts: ['党支部书记'],
});

const village = (score: number | null, unqualified = false): VillageEvaluationResult => ({
  pollId: 'poll',
  certifiedAt: '2026-11-30T08:00:00.000Z',
  counts: { satisfied: 10, basicallySatisfied: 5, unsatisfied: unqualified ? 20 : 1, unknown: 2, blank: 0 },
  valid: unqualified ? 35 : 16,
  score,
  satisfactionRate: 0.9,
  unqualified,
  optionScores: { satisfied: 100, basicallySatisfied: 75, unsatisfied: 55 },
});
const jury = (score: number | null, complete = true): JuryResult => ({
  score,
  complete,
  scores: [],
  recused: 0,
  missing: 0,
  rule: '去掉一个最高分和一个最低分后取平均',
});
const inspection = (score: number | null, complete = true): InspectionResult => ({
  score,
  items: [],
  complete,
});

function parts(
  rows: Record<string, [VillageEvaluationResult?, JuryResult?, InspectionResult?]>,
): EvaluationParts {
  const m = <T>(k: 0 | 1 | 2) =>
    new Map(
      Object.entries(rows)
        .filter(([, v]) => v[k])
        .map(([id, v]) => [id, v[k] as T]),
    );
  return { village: m(0), jury: m(1), inspection: m(2) };
}

describe('finalResults', () => {
  const people = [person('a', '甲'), person('b', '乙', '410881103202'), person('c', '丙'), person('d', '丁')];
  const data = parts({
    a: [village(90), jury(92), inspection(95)],
    b: [village(95), jury(90), inspection(80)],
    c: [village(40, true), undefined, inspection(85)],
    d: [village(80), jury(null, false), inspection(70)],
  });
  const results = finalResults(people, data, config, at);

  it('combines, ranks and grades, in rank order', () => {
    expect(results.map((r) => [r.name, r.composite, r.grade, r.rank, r.forcedFail])).toEqual([
      ['甲', 92.6, '优秀', 1, false],
      ['乙', 87.5, '合格', 2, false],
      ['丁', null, null, null, false],
      ['丙', null, '不合格', 4, true],
    ]);
  });

  it('every number carries its explanation and the config version', () => {
    const first = results[0]!;
    expect(first.explanation.config).toEqual({ hash: configHash(config), computedAt: at.toISOString() });
    expect(first.explanation.composite.parts.map((p) => p.weighted)).toEqual([27, 27.6, 38]);
    expect(first.explanation.grade.reason).toContain('评为优秀');
    expect(first.explanation.rank).toMatchObject({ rank: 1, of: 4 });
    expect(results[2]!.explanation.composite.missing).toEqual(['jury']);
    expect(results[2]!.explanation.grade.reason).toBe('尚缺乡集中述职得分，暂不评定等次');
  });

  it('a different config is a different version', () => {
    expect(configHash({ ...config, topGradeCap: 0.2 })).not.toBe(configHash(config));
    expect(configHash(structuredClone(config))).toBe(configHash(config));
  });

  it('weights and cap come from the config', () => {
    const other = {
      ...config,
      compositeWeights: { village: 0, jury: 0, inspection: 100 },
      topGradeCap: 0.34,
    };
    const r = finalResults(people, data, other, at);
    // d is still missing the jury, but the jury weighs nothing here.
    expect(r.map((x) => [x.name, x.composite, x.grade])).toEqual([
      ['甲', 95, '优秀'],
      ['乙', 80, '合格'],
      ['丁', 70, '基本合格'],
      ['丙', 85, '不合格'],
    ]);
  });

  it('freezeProblems names who lacks what; a forced fail needs only the village evaluation', () => {
    expect(freezeProblems(results)).toEqual(['愚公村丁：乡集中述职评分未完成']);
    const none = finalResults([person('e', '戊')], parts({}), config, at);
    expect(freezeProblems(none)).toEqual([
      '愚公村戊：村级民主测评结果未经确认，乡集中述职评分未完成，实地考核未完成',
    ]);
    const incomplete = finalResults(
      [person('f', '己')],
      parts({ f: [village(90), jury(90), inspection(90, false)] }),
      config,
      at,
    );
    expect(incomplete[0]!.grade).toBe('优秀');
    expect(freezeProblems(incomplete)).toEqual(['愚公村己：实地考核未完成']);
  });
});
