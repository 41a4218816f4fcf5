import { eq } from 'drizzle-orm';
import { letterEvents, letters } from '../../db/schema/index.ts';
import type { SealPart } from '../campaigns/campaign-hooks.ts';
import { rowsWhereIn } from '../campaigns/campaign-seal.ts';
import type { ModuleDefinition } from '../module.ts';
import { seedDemoLetters } from './letters.demo.ts';
import { letterRoutes } from './letters.routes.ts';
import { fieldLabels } from './letters.schema.ts';

/** The year's letters and their steps (the code hashes too: a sealed year's codes still open them). */
const letterSeal: SealPart = {
  async records(db, campaign) {
    const rows = await db.select().from(letters).where(eq(letters.campaignId, campaign.id));
    const ids = rows.map((r) => r.id);
    return { letters: rows, events: await rowsWhereIn(db, letterEvents, letterEvents.letterId, ids) };
  },
};

export const lettersModule: ModuleDefinition = {
  name: 'letters',
  label: '监督信箱',
  routes: letterRoutes,
  fieldLabels,
  seal: letterSeal,
  demo: seedDemoLetters,
};
