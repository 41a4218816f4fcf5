/**
 * The name an uploader gave a file, made safe to show and to put in a download's header: no folder
 * parts (`../../etc/passwd` → `passwd`), no control or bidirectional-override characters, at most
 * NAME_MAX characters (keeping the extension). Never used as a storage path: bytes live in the database.
 */

export const NAME_MAX = 80;

// C0/C1 controls, DEL, and the Unicode bidi overrides and isolates that can disguise an extension.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

export function sanitizeFileName(raw: string | undefined, fallback: string): string {
  const last = (raw ?? '').split(/[\\/]/).pop() ?? '';
  let name = last
    .replace(UNSAFE, '')
    .replace(/["*:<>?|]/g, '_')
    .trim();
  name = name.replace(/^\.+/, '');
  if (!name) return fallback;
  if (name.length <= NAME_MAX) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, NAME_MAX - ext.length) + ext;
}
