import type { WeakOrganizationsView } from '../../../../server/modules/weak-organizations/weak-organizations.schema.ts';

export type WeakOrganizations = WeakOrganizationsView;
export type WeakOrganization = WeakOrganizationsView['organizations'][number];
export type WeakCandidate = WeakOrganizationsView['candidates'][number];
export type ListValues = {
  villageId: string;
  on: string;
  reason: string;
  measures: string;
  leaderUserId?: string | null;
  leaderName: string;
};
export type FollowUpValues = { on: string; content: string };
export type CloseValues = { on: string; summary: string };
