import { describe, expect, it } from 'vitest';
import { toNamePath } from './form-errors.ts';

describe('toNamePath: the server field path as an antd name path', () => {
  it.each([
    ['reason', undefined, ['reason']],
    ['config.grades.0.minScore', 'config', ['grades', 0, 'minScore']],
    ['config.compositeWeights.village', 'config', ['compositeWeights', 'village']],
    ['grades.1.label', 'config', ['grades', 1, 'label']],
    ['items..title', undefined, ['items', 'title']],
  ] as [string, string | undefined, (string | number)[]][])('%s (prefix %s)', (field, prefix, path) => {
    expect(toNamePath(field, prefix)).toEqual(path);
  });
});
