import type { Role } from '../../../../server/domain/roles.ts';

/** Roles that record meetings, set up polls and enter tallies (the voting.write permission); others read. */
export const canWriteVoting = (role: Role) => role === 'village_clerk' || role === 'township_office';
