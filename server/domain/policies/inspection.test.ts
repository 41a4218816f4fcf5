import { describe, expect, it } from 'vitest';
import type { Phase } from '../phases.ts';
import type { Role } from '../roles.ts';
import {
  campaignInspectionActions,
  campaignInspectionRefusal,
  type InspectionVillageAction,
  type InspectionVillageFacts,
  inspectionVillageActions,
  inspectionVillageRefusal,
  photoActions,
  photoRefusal,
} from './inspection.ts';

const LEADER = 'p-leader';
const MEMBER = 'p-member';
const OTHER = 'p-other';

function facts(over: {
  role?: Role;
  personId?: string | null;
  phase?: Phase;
  team?: InspectionVillageFacts['team'];
  submitted?: boolean;
  locked?: boolean;
  inspected?: number;
  pledges?: number;
  onPaper?: number;
}): InspectionVillageFacts {
  return {
    actor: { role: over.role ?? 'inspector', personId: over.personId === undefined ? MEMBER : over.personId },
    campaign: { year: 2026, phase: over.phase ?? 'evaluation' },
    team: over.team === undefined ? { memberPersonIds: [LEADER, MEMBER], leaderPersonId: LEADER } : over.team,
    submitted: over.submitted ?? false,
    locked: over.locked ?? false,
    pledges: over.pledges ?? 4,
    inspected: over.inspected ?? 2,
    onPaper: over.onPaper ?? 0,
  };
}

describe('inspectionVillageActions', () => {
  it.each<[string, Parameters<typeof facts>[0], string[]]>([
    ['a member records', {}, ['record']],
    ['the leader records, not yet submit with items left', { personId: LEADER }, ['record']],
    ['the leader submits once all are inspected', { personId: LEADER, inspected: 4 }, ['record', 'submit']],
    ['a member may not submit', { inspected: 4 }, ['record']],
    [
      'submitted: still editable until locked',
      { personId: LEADER, inspected: 4, submitted: true },
      ['record'],
    ],
    ['locked: nothing for the team', { personId: LEADER, inspected: 4, submitted: true, locked: true }, []],
    ['another team’s inspector', { personId: OTHER }, []],
    ['an inspector without a person', { personId: null }, []],
    ['a village without a team', { team: null }, []],
    ['not in 评诺', { personId: LEADER, inspected: 4, phase: 'fulfilment' }, []],
    [
      'a village with no pledge cannot be submitted',
      { personId: LEADER, pledges: 0, inspected: 0 },
      ['record'],
    ],
    [
      'the office keys paper forms before submission',
      { role: 'township_office', personId: null },
      ['record_paper'],
    ],
    ['the office: no team, no paper forms', { role: 'township_office', personId: null, team: null }, []],
    [
      'the office submits for the team a village inspected wholly on paper',
      { role: 'township_office', personId: null, inspected: 4, onPaper: 4 },
      ['record_paper', 'submit'],
    ],
    [
      'the office may not submit when a record was made on a phone',
      { role: 'township_office', personId: null, inspected: 4, onPaper: 3 },
      ['record_paper'],
    ],
    [
      'the office locks a submitted village',
      { role: 'township_office', personId: null, submitted: true },
      ['lock'],
    ],
    [
      'the office reopens a locked one',
      { role: 'township_office', personId: null, submitted: true, locked: true },
      ['unlock'],
    ],
    ['the office: not after 评诺', { role: 'township_office', submitted: true, phase: 'sanctions' }, []],
    ['a leader reads only', { role: 'township_leader', personId: MEMBER }, []],
    ['a county viewer reads only', { role: 'county_viewer', personId: null, submitted: true }, []],
  ])('%s', (_name, over, expected) => {
    expect(inspectionVillageActions(facts(over))).toEqual(expected);
  });

  it.each<[string, Parameters<typeof facts>[0], InspectionVillageAction, string, string]>([
    ['other team', { personId: OTHER }, 'record', 'forbidden', '该村不在您所在考察组的考核范围内'],
    [
      'locked',
      { locked: true, submitted: true },
      'record',
      'conflict',
      '该村的实地考核已由乡考评办锁定，不能再修改',
    ],
    [
      'items left',
      { personId: LEADER, inspected: 1 },
      'submit',
      'conflict',
      '还有 3 项承诺事项未考核，全部考核后才能提交',
    ],
    ['member submit', { inspected: 4 }, 'submit', 'forbidden', '只有考察组组长可以提交'],
    [
      'office submits a phone inspection',
      { role: 'township_office', personId: null, inspected: 4, onPaper: 1 },
      'submit',
      'forbidden',
      '该村有考察组在手机上记录的考核，须由考察组组长提交',
    ],
    [
      'paper without a team',
      { role: 'township_office', personId: null, team: null },
      'record_paper',
      'conflict',
      '该村尚未分配考察组，不能录入纸质考核表',
    ],
    ['a member keys paper', {}, 'record_paper', 'forbidden', '您没有执行此操作的权限'],
    ['lock unsubmitted', { role: 'township_office' }, 'lock', 'conflict', '考察组提交后才能锁定'],
    [
      'wrong phase',
      { phase: 'archived' },
      'record',
      'conflict',
      '2026 年度考评活动当前处于“已归档”阶段，实地考核只在“评诺”阶段进行',
    ],
  ])('refuses %s in Chinese', (_name, over, action, kind, message) => {
    expect(inspectionVillageRefusal(facts(over), action)).toMatchObject({ kind, message });
  });
});

describe('photoActions', () => {
  it.each<[string, Parameters<typeof facts>[0], boolean, string[]]>([
    ['the member who attached it', {}, true, ['remove']],
    ['another member', {}, false, []],
    ['after submission: frozen', { personId: LEADER, submitted: true, inspected: 4 }, true, []],
    ['locked', { submitted: true, locked: true }, true, []],
    ['another team', { personId: OTHER }, true, []],
    ['not in 评诺', { phase: 'sanctions' }, true, []],
    ['the office, its own paper photo', { role: 'township_office', personId: null }, true, ['remove']],
    ['the office, a team member’s photo', { role: 'township_office', personId: null }, false, []],
    ['a leader reads only', { role: 'township_leader' }, true, []],
  ])('%s', (_name, over, attachedByMe, expected) => {
    expect(photoActions(facts(over), { attachedByMe })).toEqual(expected);
  });

  it.each<[string, Parameters<typeof facts>[0], boolean, string, string]>([
    ['submitted', { submitted: true }, true, 'conflict', '该村的实地考核已提交，照片不能再删除'],
    ['not mine', {}, false, 'forbidden', '只能删除自己上传的照片'],
    [
      'locked',
      { submitted: true, locked: true },
      true,
      'conflict',
      '该村的实地考核已由乡考评办锁定，不能再修改',
    ],
  ])('refuses %s in Chinese', (_name, over, attachedByMe, kind, message) => {
    expect(photoRefusal(facts(over), { attachedByMe }, 'remove')).toMatchObject({ kind, message });
  });
});

describe('campaignInspectionActions', () => {
  it.each<[Role, Phase, string[]]>([
    ['township_office', 'evaluation', ['manage']],
    ['township_office', 'fulfilment', []],
    ['inspector', 'evaluation', []],
    ['township_leader', 'evaluation', []],
  ])('%s in %s', (role, phase, expected) => {
    const f = { actor: { role, personId: null }, campaign: { year: 2026, phase } };
    expect(campaignInspectionActions(f)).toEqual(expected);
    if (expected.length === 0) expect(campaignInspectionRefusal(f, 'manage')).not.toBeNull();
  });
});
