/**
 * The A4 poster for a village's physical notice board: a QR code to its public board at the
 * configured public address (VP_PUBLIC_URL), and the mailbox's address beside it.
 */
import { and, desc, eq, ne } from 'drizzle-orm';
import QRCode from 'qrcode';
import { notFound } from '../../core/errors.ts';
import type { Queryable } from '../../db/client.ts';
import { campaigns, townships, villages } from '../../db/schema/index.ts';
import type { PublicAddress } from '../../http/public-address.ts';
import { publicPaths } from './public-paths.ts';

export async function villagePoster(db: Queryable, villageId: string, address: PublicAddress) {
  const [village] = await db
    .select({
      id: villages.id,
      name: villages.name,
      townshipId: villages.townshipId,
      township: townships.name,
    })
    .from(villages)
    .innerJoin(townships, eq(townships.id, villages.townshipId))
    .where(eq(villages.id, villageId));
  if (!village) throw notFound('村');
  const [campaign] = await db
    .select({ year: campaigns.year })
    .from(campaigns)
    .where(and(eq(campaigns.townshipId, village.townshipId), ne(campaigns.phase, 'setup')))
    .orderBy(desc(campaigns.year))
    .limit(1);
  const boardUrl = address.origin + publicPaths.villageBoard(village.id);
  return {
    village: { id: village.id, name: village.name, township: village.township },
    year: campaign?.year ?? null,
    boardUrl,
    mailboxUrl: address.origin + publicPaths.mailbox(village.townshipId, village.id),
    qrSvg: await QRCode.toString(boardUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    addressWarning: address.warning,
  };
}
