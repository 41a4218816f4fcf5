import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, actionLabel, ENTITY_LABELS } from './audit-labels.ts';
import { SET_STATUSES } from './pledging/workflow.ts';

const MODULES = join(import.meta.dirname, '..', 'modules');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every literal action code on a line that sets `action:` (plain and in ternaries). */
function writtenActions(): Set<string> {
  const codes = new Set<string>();
  for (const file of sources(MODULES)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/\baction: /.test(line)) continue;
      for (const m of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) codes.add(m[1]!);
    }
  }
  return codes;
}

describe('audit action labels', () => {
  it('names every action code a module writes, in Chinese', () => {
    const written = [...writtenActions()];
    expect(written.length).toBeGreaterThan(25);
    const missing = written.filter((code) => !(code in ACTION_LABELS));
    expect(missing).toEqual([]);
  });

  it('names the actions built from a value: pledge_set.<status>, poll.open/close, pledge_opinion.<source>', () => {
    for (const s of SET_STATUSES) expect(ACTION_LABELS[`pledge_set.${s}`]).toMatch(/[\u4e00-\u9fff]/);
    for (const code of ['poll.open', 'poll.close', 'pledge_opinion.public', 'pledge_opinion.paper']) {
      expect(ACTION_LABELS[code]).toBeDefined();
    }
  });

  it('names every object type a module writes', () => {
    const entities = new Set<string>();
    for (const file of sources(MODULES)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/entity: '([a-z_]+)'/g)) entities.add(m[1]!);
    }
    expect([...entities].filter((e) => !(e in ENTITY_LABELS))).toEqual([]);
  });

  it('never shows a raw code, even for an action it does not know', () => {
    expect(actionLabel('poll.certify_partial')).toBe('确认表决结果（一方已确认）');
    expect(actionLabel('poll.future_thing')).toBe('表决的其他操作');
    expect(actionLabel('zzz')).toBe('其他操作');
    for (const label of Object.values(ACTION_LABELS)) expect(label).not.toMatch(/[a-z_]/);
  });
});
