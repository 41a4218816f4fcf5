import { eq } from 'drizzle-orm';
import {
  jurors,
  jurorTies,
  juryCorrections,
  juryMeetings,
  juryPaperEntries,
  juryReporters,
  juryScores,
} from '../../db/schema/index.ts';
import type { App } from '../../http/app.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import { rowsWhereIn } from '../campaigns/campaign-seal.ts';
import type { ModuleDefinition } from '../module.ts';
import { jurorRoutes } from './juror.routes.ts';
import { seedJury } from './jury.demo.ts';
import { juryOfficeRoutes } from './jury.routes.ts';
import { fieldLabels } from './jury.schema.ts';
import { liveRoutes } from './live.routes.ts';

/** The year's report meeting: jury, ties, reporters, scores, corrections, paper entries (never sign-in codes). */
const jurySeal: SealPart = {
  async records(db, campaign) {
    const meetings = await db.select().from(juryMeetings).where(eq(juryMeetings.campaignId, campaign.id));
    const ids = meetings.map((m) => m.id);
    const jurorRows = await rowsWhereIn(db, jurors, jurors.meetingId, ids);
    return {
      meetings,
      jurors: (jurorRows as (typeof jurors.$inferSelect)[]).map(({ signInCodeHash: _code, ...j }) => j),
      ties: await rowsWhereIn(db, jurorTies, jurorTies.meetingId, ids),
      reporters: await rowsWhereIn(db, juryReporters, juryReporters.meetingId, ids),
      scores: await rowsWhereIn(db, juryScores, juryScores.meetingId, ids),
      corrections: await rowsWhereIn(db, juryCorrections, juryCorrections.meetingId, ids),
      paperEntries: await rowsWhereIn(db, juryPaperEntries, juryPaperEntries.meetingId, ids),
    };
  },
};

async function juryRoutes(app: App) {
  await juryOfficeRoutes(app);
  await jurorRoutes(app);
  await liveRoutes(app);
}

export const juryModule: ModuleDefinition = {
  name: 'jury',
  label: '乡集中述职',
  routes: juryRoutes,
  fieldLabels,
  seal: jurySeal,
  demo: seedJury,
};
