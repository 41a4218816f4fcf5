import { afterEach, describe, expect, it, vi } from 'vitest';
import { publicCache } from './public-cache.ts';

afterEach(() => vi.useRealTimers());

describe('publicCache', () => {
  it('builds once per key and window, shares a build between concurrent misses, forgets failures', async () => {
    vi.useFakeTimers();
    const cache = publicCache(5_000);
    let builds = 0;
    const make = async () => `v${++builds}`;
    const [a, b] = await Promise.all([cache('k', make), cache('k', make)]);
    expect([a, b, builds]).toEqual(['v1', 'v1', 1]);
    expect(await cache('other', make)).toBe('v2');
    vi.advanceTimersByTime(5_001);
    expect(await cache('k', make)).toBe('v3');
    await expect(cache('bad', async () => Promise.reject(new Error('404')))).rejects.toThrow('404');
    expect(await cache('bad', make)).toBe('v4');
  });
});
