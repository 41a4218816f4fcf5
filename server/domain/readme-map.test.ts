import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The map at the top of README.md ("where each section of DESIGN lives") is how a newcomer finds a
 * rule in one hop: it names every rule file here, names only files that exist, and has a row for
 * every section of DESIGN.
 */
const DOMAIN = dirname(fileURLToPath(import.meta.url));
const DESIGN_SECTIONS = ['§1', '§2', '§2.1', '§2.2', '§2.3', '§2.4', '§2.5', '§2.6', '§3', '§4'];

function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ruleFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [relative(DOMAIN, path)] : [];
  });
}

/** The rows of the map: its first table, as [section, rule, files]. */
function mapRows(readme: string): string[][] {
  const start = readme.indexOf('| DESIGN');
  const lines = readme.slice(start).split('\n');
  const table = lines.slice(
    0,
    lines.findIndex((l) => !l.startsWith('|')),
  );
  return table.slice(2).map((l) =>
    l
      .replace(/^\||\|$/g, '')
      .split(' | ')
      .map((c) => c.trim()),
  );
}

const readme = readFileSync(join(DOMAIN, 'README.md'), 'utf8');
const rows = mapRows(readme);
const named = new Set(rows.flatMap((r) => [...(r[2] ?? '').matchAll(/`([^`]+\.ts)`/g)].map((m) => m[1]!)));

describe('the map of server/domain/README.md', () => {
  it('is at the top and has rows', () => {
    expect(readme.indexOf('| DESIGN')).toBeLessThan(200);
    expect(rows.length).toBeGreaterThan(40);
  });

  it('names every rule file of server/domain', () => {
    expect(ruleFiles(DOMAIN).filter((f) => !named.has(f))).toEqual([]);
  });

  it('names only files that exist', () => {
    expect([...named].filter((f) => !existsSync(join(DOMAIN, f)))).toEqual([]);
  });

  it('has a row for every section of DESIGN', () => {
    const sections = rows.map((r) => r[0] ?? '');
    const missing = DESIGN_SECTIONS.filter(
      (s) => !sections.some((cell) => new RegExp(`${s.replace('.', '\\.')}(?![.\\d])`).test(cell)),
    );
    expect(missing).toEqual([]);
  });
});
