import { describe, expect, it } from 'vitest';
import { siteUrlFrom, siteUrlWarning } from '@/lib/site';

describe('the public address', () => {
  it('is SITE_URL when set, without a trailing slash, and no warning', () => {
    expect(siteUrlFrom({ SITE_URL: 'https://reader.example.org/', PORT: '3500' })).toBe('https://reader.example.org');
    expect(siteUrlWarning({ SITE_URL: 'https://reader.example.org' })).toBeUndefined();
  });

  it('is localhost on the serving port when SITE_URL is unset, with a warning naming what will be wrong', () => {
    expect(siteUrlFrom({ PORT: '3500' })).toBe('http://localhost:3500');
    expect(siteUrlFrom({})).toBe('http://localhost:3000');
    const warning = siteUrlWarning({ PORT: '3500' })!;
    expect(warning).toContain('SITE_URL is not set');
    expect(warning).toContain('http://localhost:3500');
    expect(warning).toMatch(/canonical links.*citation/);
  });
});
