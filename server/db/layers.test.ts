import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Layers point one way (DESIGN §4): core ← domain ← db ← modules ← http. A lower layer's code never
 * imports a higher one. Tests are left out: they sit beside the code and may drive it through the app.
 */
const SERVER = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RULES: { layer: string; mayNotImport: string[] }[] = [
  { layer: 'core', mayNotImport: ['http', 'modules', 'db'] },
  { layer: 'domain', mayNotImport: ['http', 'modules', 'db'] },
  { layer: 'db', mayNotImport: ['http', 'modules'] },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Relative specifiers of static imports, re-exports, side-effect imports and dynamic imports. */
function importsOf(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.[^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((m) => m[1]!);
}

/** The layer (first folder under server/) a file is in, or null for files outside the layers. */
const layerOf = (path: string) => relative(SERVER, path).split(/[\\/]/)[0] ?? null;

function violations(layer: string, mayNotImport: string[]): string[] {
  return sourceFiles(join(SERVER, layer)).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter((spec) => mayNotImport.includes(layerOf(resolve(dirname(file), spec)) ?? ''))
      .map((spec) => `${relative(SERVER, file)} imports ${spec}`),
  );
}

describe('layers', () => {
  it.each(RULES.map((r) => [r.layer, r.mayNotImport.join(', '), r.mayNotImport] as const))(
    'server/%s imports nothing from server/{%s}',
    (layer, _names, mayNotImport) => {
      expect(violations(layer, mayNotImport)).toEqual([]);
    },
  );

  it('reads every kind of import', () => {
    const source = [
      "import { a } from '../http/app.ts';",
      "import type { B } from '../modules/x.ts';",
      "export * from './schema/index.ts';",
      "import './side-effect.ts';",
      "const m = await import('../modules/y.ts');",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      '../http/app.ts',
      '../modules/x.ts',
      './schema/index.ts',
      './side-effect.ts',
      '../modules/y.ts',
    ]);
  });
});
