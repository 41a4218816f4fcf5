import { ROLES, type Role } from './roles.ts';

/** Every account role: reads that any signed-in person of the scope may do. */
const EVERY_ROLE = ROLES;

/**
 * What each role may do. Routes name one permission; one hook enforces it (server/http/auth.ts),
 * and the route × role test reads this same table.
 */
export const PERMISSIONS = {
  /** Read org structure (villages, persons, positions) within one's scope. */
  'org.read': EVERY_ROLE,
  'org.write': ['township_office'],
  'campaign.read': EVERY_ROLE,
  'campaign.write': ['township_office'],
  'audit.read': ['county_viewer', 'township_office'],
  'account.self': EVERY_ROLE,
  /** Create, reset, deactivate accounts (domain/policies/account.ts says whose). */
  'account.manage': ['township_office', 'county_admin'],
  /** Meetings, polls and results (never an interim count) within one's scope. */
  'voting.read': EVERY_ROLE,
  /** Record meetings, set up polls, issue ballot codes, enter paper tallies. */
  'voting.write': ['township_office', 'village_clerk'],
  /** Certify a closed poll: the clerk, and the meeting host (a cadre, the office or a leader). */
  'voting.certify': ['township_office', 'township_leader', 'village_cadre', 'village_clerk'],
  /** Pledge sets, checklists, overview and exports within one's scope. */
  'pledge.read': EVERY_ROLE,
  /** Draft pledges and handle opinions: a cadre for themself, the clerk for the village's cadres. */
  'pledge.write': ['village_cadre', 'village_clerk'],
  /** Township approval or return, overrides of the minimum and of flagged overlaps. */
  'pledge.approve': ['township_office'],
  /** 监督信箱: read letters as domain/policies/letter.ts lets each role (cadres only closed answers). */
  'letter.read': ['county_viewer', 'township_office', 'township_leader', 'village_cadre', 'village_clerk'],
  /** Enter paper letters, assign, close (and answer) letters of the township. */
  'letter.handle': ['township_office'],
  /** Answer a letter assigned to oneself (a leader as 承办人; the office answers any). */
  'letter.answer': ['township_office', 'township_leader'],
  // Publicity (公示): the office's list of publications (everyone else reads the public boards);
  // publish and withdraw them (the office).
  'publication.read': ['county_viewer', 'township_office', 'township_leader'],
  'publication.write': ['township_office'],
  // Supervision (issue 9 §5–6): supervisors, the supervision group, contact leaders, training.
  /** Supervisors' reports, checks and rectifications, visits and sessions within one's scope. */
  'supervision.read': ['county_viewer', 'township_office', 'township_leader', 'inspector', 'supervisor'],
  /** Record supervisor elections, checks, training sessions; assign contact villages. */
  'supervision.manage': ['township_office'],
  /** File a supervision report on an approved pledge of one's village (an elected supervisor). */
  'supervision.report': ['supervisor'],
  /** Log a visit to a contact village (联系村). */
  'supervision.visit': ['township_leader'],
  /** Follow up a rectification demand until closed: the office, or the village's contact leader. */
  'supervision.follow_up': ['township_office', 'township_leader'],
  // File store and progress (践诺进展): see stored files in one's scope; review photos flagged as reused;
  // report progress (a cadre for themself, the clerk for the village's cadres); the office's .xlsx update.
  'file.read': EVERY_ROLE,
  'file.review': ['county_viewer', 'township_office', 'inspector'],
  'progress.read': EVERY_ROLE,
  'progress.write': ['village_cadre', 'village_clerk'],
  'progress.import': ['township_office'],
  /** 践诺看板: the township dashboard and its .xlsx (a leader's covers only their contact villages). */
  'dashboard.read': ['county_viewer', 'county_admin', 'township_office', 'township_leader'],
  // Reports upward (issue 10 §6): the township office generates and submits its result table and
  // summary to 县委组织部 / 县民政局; the county reads every township's submissions side by side.
  /** Generate the .xlsx/.docx of the township's final results and submit them (更正 with a reason). */
  'county.report': ['township_office'],
  /** Every township's submitted results, charts and the county-wide .xlsx. */
  'county.read': ['county_viewer', 'county_admin'],
  /** A submitted result table or summary as submitted: the county any township's, the office its own. */
  'county.documents': ['county_viewer', 'county_admin', 'township_office'],
  // 民主测评 (issue 10 §2): the office's per-village overview; start a village's evaluation poll; record
  // the village's 村务监督委员会主任; that chair's host certification of the evaluation (domain/policies/poll.ts).
  /** Every village's evaluation of a campaign (a clerk: their village's): not started, in progress, certified. */
  'village_evaluation.read': ['county_viewer', 'township_office', 'township_leader', 'village_clerk'],
  /** Start a village's 民主测评 at a recorded meeting (the office, or the village's clerk). */
  'village_evaluation.start': ['township_office', 'village_clerk'],
  /** Record the village's 村务监督委员会主任 and their account. */
  'village_evaluation.chair': ['township_office'],
  /** Certify a 民主测评 as host: only as the village's recorded chair (a supervisor account). */
  'village_evaluation.chair_certify': ['supervisor'],
  // 述职报告 (issue 10 §1); whose report each role may see or write: domain/policies/report.ts.
  /** Read reports in one's scope (a cadre only their own, a leader only their contact villages). */
  'report.read': ['county_viewer', 'township_office', 'township_leader', 'village_cadre', 'village_clerk'],
  /** Write and submit a report: a cadre for themself, the clerk for the village's cadres. */
  'report.write': ['village_cadre', 'village_clerk'],
  /** Return a submitted report for changes (退回修改). */
  'report.return': ['township_office'],
  // 实地考核 (inspection): see teams, assignments and scores; form teams, assign villages, lock a
  // village; record a pledge's item and submit a village (a member of the village's team).
  /** Inspection teams, assignments, villages' progress and scores within one's scope. */
  'inspection.read': ['county_viewer', 'township_office', 'township_leader', 'inspector'],
  /** Form inspection teams, assign villages, lock or reopen a village's inspection. */
  'inspection.manage': ['township_office'],
  /** Record the inspection of a pledge of an assigned village; the team leader submits the village. */
  'inspection.record': ['inspector'],
  // Archive (issue 10 §7): download the sealed archive package of an archived year (.zip).
  /** The township's office and the county's roles, for years in their scope. */
  'archive.download': ['county_viewer', 'county_admin', 'township_office'],
  // 乡集中述职 (issue 10 §3): the office sets up and runs the report meeting, keys in paper sheets and
  // confirms corrections; the projector's live screen; a juror scores on their phone.
  /** Set up, run and correct the report meeting; its console with the deviation monitor. */
  'jury.manage': ['township_office'],
  /** The live screen for the projector (who reports, how many scored, each result when complete). */
  'jury.screen': ['township_office', 'township_leader'],
  /** Score the current reporter and declare ties, as a juror of the meeting. */
  'jury.score': ['juror'],
  // 考评结果 (issue 10 §5): composite, grades and ranking; the office confirms (freezes) and publishes them.
  /** The township's results (the live preview, or the confirmed set) with every number explained. */
  'results.read': ['county_viewer', 'county_admin', 'township_office', 'township_leader'],
  /** 审核确认 (freeze), recompute with a reason, publish as a 公示. */
  'results.review': ['township_office'],
  // 奖惩 (issue 11): admonishment talks and removal cases after the year's results.
  /** The year's admonishment tasks and removal cases, and a cadre's history. */
  'sanctions.read': ['county_viewer', 'county_admin', 'township_office', 'township_leader'],
  /** Record an admonishment talk, the steps of a removal case. */
  'sanctions.manage': ['township_office'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isAllowed(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Every permission a role holds: sent to the web app, which shows pages and menus from it. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => isAllowed(role, p));
}
