import type { z } from 'zod';
import type {
  publishBody,
  PublicationView as ServerView,
} from '../../../../server/modules/publications/publications.schema.ts';

export type Publication = ServerView;
export type PublishBody = z.input<typeof publishBody>;
export type PublicationKind = Publication['kind'];
