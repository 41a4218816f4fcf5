/**
 * What a publication shows, frozen when it is published (the `content` column). The public board
 * renders these as they were; nothing here is read again from the live pledges. Type-only for the web.
 */
import type { PublicationKind } from '../../domain/publicity.ts';
import type { CandidatesContent } from '../elections/elections.schema.ts';
import type { ResultsSnapshot } from '../results/results-publication.ts';

/** A pledge's progress as published (践诺情况); absent on a pledges publication. */
export type PublishedProgress = {
  statusLabel: string;
  /** 0..100, when the cadre reported one. */
  percent: number | null;
  /** The latest public note, and its date (YYYY-MM-DD). */
  note: string | null;
  date: string | null;
};

export type PublishedPledge = {
  id: string;
  category: string;
  title: string;
  content: string;
  completionStandard: string;
  dueDate: string;
  progress?: PublishedProgress;
};

export type PublishedSet = {
  participantId: string;
  name: string;
  roleLabel: string;
  pledges: PublishedPledge[];
};

export type PlanContent = {
  kind: 'plan';
  /** The plan's text as the office published it. */
  text: string;
  /** The plan's key rules, read from the campaign's config then (e.g. 每人承诺不少于 3 件). */
  facts: { label: string; value: string }[];
};

export type SetsContent = { kind: 'pledges' | 'progress'; text: string | null; sets: PublishedSet[] };

export type TextContent = {
  kind: Exclude<PublicationKind, 'plan' | 'pledges' | 'progress' | 'results' | 'candidates'>;
  text: string;
};

/** 考评结果: the office's text and the confirmed results (server/modules/results/results-publication.ts). */
export type ResultsContent = { kind: 'results'; text: string } & Partial<ResultsSnapshot>;

export type PublicationContent = PlanContent | SetsContent | TextContent | ResultsContent | CandidatesContent;
