import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_MAX, sanitizeFileName } from './file-name.ts';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system.ini', 'system.ini'],
    ['/var/tmp/照片.jpg', '照片.jpg'],
    ['工程\u0000验收.pdf', '工程验收.pdf'],
    ['invoice\u202egnp.exe', 'invoicegnp.exe'],
    ['.hidden', 'hidden'],
    ['', '照片'],
    [undefined, '照片'],
    ['../', '照片'],
    ['a"b<c>.jpg', 'a_b_c_.jpg'],
  ])('%j → %j', (raw, safe) => {
    expect(sanitizeFileName(raw, '照片')).toBe(safe);
  });

  it('keeps the extension when shortening', () => {
    const name = sanitizeFileName(`${'长'.repeat(200)}.docx`, 'x');
    expect(name.length).toBe(NAME_MAX);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('never returns a path, a control character or more than the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const name = sanitizeFileName(raw, '文件');
        // biome-ignore lint/suspicious/noControlCharactersInRegex: none may remain
        expect(name).not.toMatch(/[\\/\u0000-\u001f\u007f]/);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(NAME_MAX);
        expect(name.startsWith('.')).toBe(false);
      }),
    );
  });
});
