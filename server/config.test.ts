import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('VP_TRUST_PROXY', () => {
  it('believes no proxy unless told which', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ VP_TRUST_PROXY: ' ' }).trustProxy).toBe(false);
  });

  it('takes addresses, ranges and names, comma-separated', () => {
    expect(readConfig({ VP_TRUST_PROXY: '127.0.0.1' }).trustProxy).toBe('127.0.0.1');
    expect(readConfig({ VP_TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toBe('10.0.0.0/8,loopback');
  });

  it('refuses to believe every sender', () => {
    expect(() => readConfig({ VP_TRUST_PROXY: 'true' })).toThrow(/VP_TRUST_PROXY/);
    expect(() => readConfig({ VP_TRUST_PROXY: '*' })).toThrow(/VP_TRUST_PROXY/);
  });
});
