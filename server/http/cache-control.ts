import { relative, sep } from 'node:path';

/** Vite names every file under assets/ by its content hash: a changed file is a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The cache-control of a file of the built web app: hashed assets forever, HTML pages revalidated on
 * every load (so a new version is picked up at once), anything else (icons) for an hour.
 */
export function cacheControlFor(webDir: string, file: string): string {
  const path = relative(webDir, file).split(sep).join('/');
  if (path.startsWith('assets/')) return IMMUTABLE;
  if (path.endsWith('.html')) return 'no-cache';
  return 'public, max-age=3600';
}
