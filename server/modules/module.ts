import type { Actor } from '../core/actor.ts';
import type { Tx } from '../db/client.ts';
import type { App } from '../http/app.ts';
import type { FieldLabels } from '../http/validation.ts';
import type { ArchiveDocuments } from './archive/archive-hooks.ts';
import type { CampaignRow, SealPart, TransitionFactsProvider } from './campaigns/campaign-hooks.ts';
import type { DemoStep } from './demo/demo-county.ts';
import type { FilePublicity } from './files/file-hooks.ts';

/** A just-certified poll, as afterPollCertified hooks see it (campaignId: its meeting's, if any). */
export type CertifiedPoll = { id: string; purpose: string; campaignId: string | null };

/** What a module's routes are given: the whole list, for modules that ask the others (campaigns). */
export type ModuleContext = { modules: readonly ModuleDefinition[] };

/**
 * What one module contributes to the app, declared once in `server/modules/index.ts` MODULES.
 * Nothing else wires a module in: no side-effect imports, no registries filled at import time.
 */
export type ModuleDefinition = {
  /** Short id, e.g. 'pledges': the key of its part of an archive seal (never rename one that sealed). */
  name: string;
  /** What its records are called in Chinese (archive:verify names a changed module by it). */
  label: string;
  /** Its routes, registered under /api in a context of their own (so its field labels stay its own). */
  routes?: (app: App, context: ModuleContext) => Promise<void>;
  /** Chinese names of its request fields (its schema file's `fieldLabels`). */
  fieldLabels?: FieldLabels;
  /** Facts it adds before a campaign's phase transition (e.g. pledge sets not yet approved). */
  transitionFacts?: TransitionFactsProvider;
  /** What it starts when a campaign has entered a phase (e.g. sanctions opens 诫勉谈话 tasks), in the transition's transaction. */
  afterTransition?: (tx: Tx, actor: Actor, campaign: CampaignRow) => Promise<void>;
  /**
   * What it starts when a poll has just been certified (both certifications in), in the certifying
   * transaction: e.g. sanctions opens a removal case a failed 民主测评 makes certain.
   */
  afterPollCertified?: (tx: Tx, actor: Actor, poll: CertifiedPoll) => Promise<void>;
  /** Its records of a campaign, hashed into the archive seal. */
  seal?: SealPart;
  /** Its generated documents of an archived campaign (承诺书, 表决结果记录…), put in the archive package. */
  archiveDocuments?: ArchiveDocuments;
  /** Which of its records that files are attached to are public now (the file store serves their photos). */
  filePublicity?: FilePublicity;
  /** Its demo data, run in list order inside the one demo transaction. */
  demo?: DemoStep;
};
