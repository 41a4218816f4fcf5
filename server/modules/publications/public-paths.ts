/**
 * The paths of the public pages the boards link to (relative: a board works at whatever address the
 * phone used; the poster puts the public address before them). The mailbox's pages are the letters
 * module's (/letters/write, with the box or the publication preselected).
 */

const enc = encodeURIComponent;

export type PublicPaths = {
  villageBoard: (villageId: string) => string;
  townshipBoard: (townshipId: string) => string;
  poster: (villageId: string) => string;
  /** The mailbox's write page for a village's box, or the township's (village null). */
  mailbox: (townshipId: string, villageId: string | null) => string;
  /** The write page with the publication preselected (异议). */
  objection: (publicationId: string) => string;
};

export const publicPaths: PublicPaths = {
  villageBoard: (villageId) => `/public/villages/${enc(villageId)}`,
  townshipBoard: (townshipId) => `/public/townships/${enc(townshipId)}`,
  poster: (villageId) => `/public/villages/${enc(villageId)}/poster`,
  mailbox: (townshipId, villageId) =>
    villageId ? `/letters/write?village=${enc(villageId)}` : `/letters/write?township=${enc(townshipId)}`,
  objection: (publicationId) => `/letters/write?publication=${enc(publicationId)}`,
};
