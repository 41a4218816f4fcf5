import { describe, expect, it } from 'vitest';
import { keys } from './query-keys.ts';

/** Sample arguments for every key function: the keys must be computable from ids alone. */
const sample = (fn: (...args: never[]) => readonly unknown[]) =>
  (fn as (...args: string[]) => readonly unknown[])('a', 'b');

describe('query keys', () => {
  it("every key of an area starts with the area's `all` key, so invalidating it refreshes them all", () => {
    for (const [area, group] of Object.entries(keys)) {
      const all = (group as Record<string, unknown>).all as readonly unknown[] | undefined;
      if (!all) continue;
      for (const [name, key] of Object.entries(group)) {
        const value = typeof key === 'function' ? sample(key) : (key as readonly unknown[]);
        expect(value.slice(0, all.length), `${area}.${name}`).toEqual(all);
      }
    }
  });

  it('different objects get different keys', () => {
    expect(keys.polls.detail('a')).not.toEqual(keys.polls.detail('b'));
    expect(keys.campaigns.participants('a')).not.toEqual(keys.campaigns.detail('a'));
    expect(keys.org.village('a')).not.toEqual(keys.org.villageList('a'));
  });

  it('every village query refreshes with keys.org.villages', () => {
    expect(keys.org.villageList('t').slice(0, 1)).toEqual(keys.org.villages);
    expect(keys.org.village('v').slice(0, 1)).toEqual(keys.org.villages);
  });
});
