import { z } from 'zod';
import { STANDING_STATUSES } from '../../domain/dashboard/standing.ts';
import { PHASES } from '../../domain/phases.ts';

export const fieldLabels: Record<string, string> = { campaignId: '考评年度' };

export const dashboardQuery = z.strictObject({ campaignId: z.uuid().optional() });

const counts = z.object({ open: z.number(), overdue: z.number() });
const standing = z.object({
  total: z.number(),
  byStatus: z.record(z.enum(STANDING_STATUSES), z.number()),
  overdue: z.number(),
  stalled: z.number(),
  blocked: z.number(),
  averagePercent: z.number(),
  behind: z.boolean(),
  reasons: z.array(z.string()),
});

const campaignChoice = z.object({
  id: z.string(),
  year: z.number(),
  phase: z.enum(PHASES),
  phaseLabel: z.string(),
  townshipName: z.string(),
});

export const dashboardView = z.object({
  campaigns: z.array(campaignChoice),
  campaign: campaignChoice.nullable(),
  today: z.string().optional(),
  contactVillagesOnly: z.boolean().optional(),
  categories: z.array(z.string()).optional(),
  villages: z
    .array(
      standing.extend({
        villageId: z.string(),
        name: z.string(),
        byCategory: z.record(z.string(), z.number()),
        behindPledges: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            cadre: z.string(),
            category: z.string(),
            dueDate: z.string(),
            statusLabel: z.string(),
            percent: z.number(),
            reasons: z.array(z.string()),
          }),
        ),
      }),
    )
    .optional(),
  totals: standing.optional(),
  letters: counts.optional(),
  rectifications: counts.optional(),
});

export type DashboardView = z.infer<typeof dashboardView>;
