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

describe('VP_PUBLIC_URL', () => {
  it('is null when unset', () => {
    expect(readConfig({}).publicUrl).toBeNull();
    expect(readConfig({ VP_PUBLIC_URL: ' ' }).publicUrl).toBeNull();
  });

  it('takes an http(s) origin, with or without the trailing slash', () => {
    expect(readConfig({ VP_PUBLIC_URL: 'http://192.168.1.10:3000' }).publicUrl).toBe(
      'http://192.168.1.10:3000',
    );
    expect(readConfig({ VP_PUBLIC_URL: 'https://Vote.Example.gov.cn/' }).publicUrl).toBe(
      'https://vote.example.gov.cn',
    );
  });

  it.each([
    ['192.168.1.10:3000', /VP_PUBLIC_URL/],
    ['ftp://192.168.1.10', /http:\/\/ 或 https:\/\//],
    ['http://192.168.1.10:3000/vote', /不带路径/],
    ['http://x.cn/?a=1', /不带路径/],
    ['http://user:pw@x.cn', /不带路径/],
    ['not a url', /不是有效的网址/],
  ])('refuses %s', (value, message) => {
    expect(() => readConfig({ VP_PUBLIC_URL: value })).toThrow(message);
  });
});
