/** Account roles of DESIGN §1. Villagers have no account. */
export const ROLES = [
  'county_viewer',
  'county_admin',
  'township_office',
  'township_leader',
  'village_cadre',
  'village_clerk',
  'juror',
  'inspector',
  'supervisor',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  county_viewer: '县委组织部 / 县民政局',
  county_admin: '县管理员',
  township_office: '乡考评办',
  township_leader: '乡领导 / 包村干部',
  village_cadre: '村干部',
  village_clerk: '村会议记录员',
  juror: '评委',
  inspector: '考察组成员',
  supervisor: '村民监督员',
};

/** Which org level a role's account is attached to. */
export const ROLE_LEVEL: Record<Role, 'county' | 'township' | 'village'> = {
  county_viewer: 'county',
  county_admin: 'county',
  township_office: 'township',
  township_leader: 'township',
  village_cadre: 'village',
  village_clerk: 'village',
  juror: 'township',
  inspector: 'township',
  supervisor: 'village',
};

/**
 * Roles whose accounts are people: each such account is bound to a person of the roster
 * (persons table). The office and county accounts are an office's, not one person's.
 */
export const PERSON_ROLES = [
  'township_leader',
  'village_cadre',
  'village_clerk',
  'juror',
  'inspector',
  'supervisor',
] as const satisfies readonly Role[];
export type PersonRole = (typeof PERSON_ROLES)[number];
export const isPersonRole = (role: Role): role is PersonRole =>
  (PERSON_ROLES as readonly Role[]).includes(role);
