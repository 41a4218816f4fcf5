import type { ModuleDefinition } from '../module.ts';
import { archiveRoutes } from './archive.routes.ts';
import { fieldLabels } from './archive.schema.ts';

/**
 * 归档包: an archived year as one .zip (its sealed records, generated documents, evidence and a
 * manifest of SHA-256 hashes), checked offline by `npm run archive:verify PACKAGE.zip`. It keeps no
 * records of its own: each download is an audit entry carrying the package's manifest hash.
 */
export const archiveModule: ModuleDefinition = {
  name: 'archive',
  label: '归档包',
  routes: archiveRoutes,
  fieldLabels,
};
