import { describe, expect, it } from 'vitest';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import { type ArchiveFacts, archiveActions, archiveRefusal } from './archive.ts';

const facts = (role: Role, phase: Phase = 'archived', legacy = false): ArchiveFacts => ({
  actor: { role },
  phase,
  sealed: phase === 'archived',
  sealedByModule: phase === 'archived' && !legacy,
});

describe('who may download the archive package of a year', () => {
  it.each<[string, ArchiveFacts, string[]]>([
    ['the township office, archived', facts('township_office'), ['download']],
    ['a county viewer, archived', facts('county_viewer'), ['download']],
    ['the county admin, archived', facts('county_admin'), ['download']],
    ['a township leader', facts('township_leader'), []],
    ['a village cadre', facts('village_cadre'), []],
    ['a juror', facts('juror'), []],
    ['the office, in 奖惩', facts('township_office', 'sanctions'), []],
    ['the office, in 评诺', facts('township_office', 'evaluation'), []],
    ['the office, a year sealed before per-module digests', facts('township_office', 'archived', true), []],
  ])('%s → %j', (_who, f, allowed) => {
    expect(archiveActions(f)).toEqual(allowed);
  });

  it.each<[ArchiveFacts, string, string]>([
    [facts('village_clerk'), 'forbidden', '您没有执行此操作的权限'],
    [facts('township_office', 'sanctions'), 'conflict', '该年度考评活动归档封存后才能下载归档包'],
    [
      facts('county_viewer', 'archived', true),
      'conflict',
      '该年度是早期归档的，封存只含考评活动与承诺主体，不能生成完整的归档包',
    ],
  ])('refuses with a Chinese reason', (f, kind, message) => {
    expect(archiveRefusal(f, 'download')).toMatchObject({ kind, message });
  });
});
