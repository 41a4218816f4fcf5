import { describe, expect, it } from 'vitest';
import { htmlPageFor } from './web-pages.ts';

describe('htmlPageFor', () => {
  it.each([
    ['/vote', 'vote/index.html'],
    ['/vote/', 'vote/index.html'],
    ['/public/villages/3f1c2b9a-0000-4000-8000-000000000001', 'village/index.html'],
    ['/public/villages/abc/', 'village/index.html'],
    ['/public/villages', 'index.html'],
    ['/public/villages/abc/extra', 'index.html'],
    ['/public/villages/abc/poster', 'poster/index.html'],
    ['/public/townships/abc', 'township/index.html'],
    ['/public/townships', 'index.html'],
    ['/voter', 'index.html'],
    ['/letters/write', 'letters/index.html'],
    ['/letters/follow', 'letters/index.html'],
    ['/mailbox', 'index.html'],
    ['/', 'index.html'],
    ['/pledging/campaigns/1', 'index.html'],
  ])('%s → %s', (path, page) => expect(htmlPageFor(path)).toBe(page));
});
