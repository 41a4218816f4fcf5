import type { Queryable } from '../../db/client.ts';

/**
 * What a module that attaches files declares (ModuleDefinition.filePublicity): which of its records
 * of one subject type are published now. A file's public copy is served only while some record it
 * is attached to is public; the attaching module decides, the file store only asks.
 */
export type FilePublicity = {
  subjectType: string;
  publicSubjects: (db: Queryable, subjectIds: string[]) => Promise<Set<string>>;
};
