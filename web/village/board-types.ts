/** The shapes of the public boards' one call each, from the server's response schemas (types only). */
import type { z } from 'zod';
import type {
  BoardPublication,
  posterView,
  townshipBoardView,
  villageBoardView,
} from '../../server/modules/publications/publications.schema.ts';

/** As JSON carries it: a Date is its ISO string. */
type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

export type VillageBoard = Json<z.infer<typeof villageBoardView>>;
export type TownshipBoard = Json<z.infer<typeof townshipBoardView>>;
export type Poster = Json<z.infer<typeof posterView>>;
export type { BoardPublication };
export type BoardSet = VillageBoard['approved'][number];
export type BoardPledge = BoardSet['pledges'][number];
export type ProgressReport = BoardPledge['progress'][number];
