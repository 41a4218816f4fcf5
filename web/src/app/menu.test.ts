import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../server/domain/permissions.ts';
import type { Role } from '../../../server/domain/roles.ts';
import type { Me } from '../api/session.ts';
import { GROUPED_FROM, menuFor, menuItems, menuSectionsFor, selectedKey } from './menu.tsx';

const meOf = (role: Role, scope: Partial<Me> = {}): Me => ({
  userId: 'u',
  username: 'u',
  displayName: '用户',
  role,
  roleLabel: '',
  countyId: 'c',
  townshipId: 't',
  villageId: null,
  orgName: '',
  contactVillageIds: [],
  timeZone: 'Asia/Shanghai',
  csrfToken: '',
  personId: null,
  ownHistoryPersonId: null,
  permissions: permissionsOf(role),
  mustChangePassword: false,
  ...scope,
});

const keysOf = (me: Me) => menuFor(me).map((e) => e.key);

describe('menuFor: entries from the permissions the server sent', () => {
  it.each([
    ['township_office', {}, ['/roster', '/audit', '/participants'], []],
    ['county_viewer', { townshipId: null }, ['/audit', '/villages'], ['/roster', '/participants']],
    ['village_cadre', { villageId: 'v1' }, ['/villages/v1', '/participants'], ['/roster', '/audit']],
    ['juror', {}, ['/campaigns', '/password'], ['/roster', '/audit']],
  ] as [Role, Partial<Me>, string[], string[]][])('%s', (role, scope, shown, hidden) => {
    const entries = keysOf(meOf(role, scope));
    for (const key of shown) expect(entries).toContain(key);
    for (const key of hidden) expect(entries).not.toContain(key);
  });

  it('follows the permission list, not the role name', () => {
    const office = meOf('township_office');
    const withoutAudit = { ...office, permissions: office.permissions.filter((p) => p !== 'audit.read') };
    expect(keysOf(withoutAudit)).not.toContain('/audit');
    expect(keysOf({ ...meOf('juror'), permissions: [...meOf('juror').permissions, 'org.write'] })).toContain(
      '/roster',
    );
  });
});

describe('selectedKey', () => {
  it('picks the longest entry prefixing the path, and 承诺主体 for a campaign participants page', () => {
    const entries = menuFor(meOf('township_office'));
    expect(selectedKey(entries, '/')).toBe('/');
    expect(selectedKey(entries, '/campaigns/x')).toBe('/campaigns');
    expect(selectedKey(entries, '/campaigns/x/participants')).toBe('/participants');
  });
});

describe('menuItems: the stages of the year as headings, for a long menu only', () => {
  it("groups the office's menu in the year's order, home first and outside any heading", () => {
    const sections = menuSectionsFor(meOf('township_office'));
    expect(sections.map((s) => s.title)).toEqual([null, '基础信息', '承诺', '践诺', '评诺', '奖惩', '系统']);
    const items = menuItems(sections) as { key: string; type?: string; label: string }[];
    expect(items[0]).toMatchObject({ key: '/' });
    expect(items.slice(1).every((item) => item.type === 'group')).toBe(true);
    const evaluation = sections.find((s) => s.title === '评诺')!.entries.map((e) => e.key);
    expect(evaluation.indexOf('/results')).toBeLessThan(evaluation.indexOf('/county-report'));
  });

  it('leaves a short menu flat', () => {
    const sections = menuSectionsFor(meOf('village_clerk', { villageId: 'v1' }));
    const entries = sections.flatMap((s) => s.entries);
    expect(entries.length).toBeLessThan(GROUPED_FROM);
    expect(menuItems(sections)).toEqual(entries);
  });
});
