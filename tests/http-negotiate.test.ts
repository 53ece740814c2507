import { describe, expect, it } from 'vitest';
import { addVary, chooseEncoding, isNotModified, parseAcceptEncoding, parseEntityTags } from '@/lib/http/negotiate.mjs';

const ALL = ['br', 'gzip', 'identity'];

describe('Accept-Encoding', () => {
  it('gives brotli to a browser that offers it, whatever the order', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', ALL)).toBe('br');
    expect(chooseEncoding('br, gzip', ALL)).toBe('br');
    expect(chooseEncoding('BR', ALL)).toBe('br');
  });

  it('gives gzip to a client that offers only gzip (or x-gzip), or when there is no brotli copy', () => {
    expect(chooseEncoding('gzip', ALL)).toBe('gzip');
    expect(chooseEncoding('x-gzip, deflate', ALL)).toBe('gzip');
    expect(chooseEncoding('br, gzip', ['gzip', 'identity'])).toBe('gzip');
  });

  it('gives identity with no header, an empty header, or codings it does not have', () => {
    expect(chooseEncoding(undefined, ALL)).toBe('identity');
    expect(chooseEncoding('', ALL)).toBe('identity');
    expect(chooseEncoding('deflate, zstd', ALL)).toBe('identity');
    expect(chooseEncoding('identity', ALL)).toBe('identity');
    expect(chooseEncoding('br', ['identity'])).toBe('identity');
  });

  it('honours q-values, q=0 exclusions and malformed entries', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8', ALL)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', ALL)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0', ALL)).toBe('identity');
    expect(chooseEncoding('gzip;q=0.001, identity;q=0.5', ALL)).toBe('identity');
    expect(chooseEncoding('br ; q=1.0 , gzip;q=0.9', ALL)).toBe('br');
    // q above 1, or not a number: the entry is ignored, not trusted.
    expect(chooseEncoding('br;q=2, gzip', ALL)).toBe('gzip');
    expect(chooseEncoding('br;q=high, gzip;q=0.5', ALL)).toBe('gzip');
  });

  it('reads * as every coding not named, identity included', () => {
    expect(chooseEncoding('*', ALL)).toBe('br');
    expect(chooseEncoding('br;q=0, *', ALL)).toBe('gzip');
    expect(chooseEncoding('*;q=0, gzip', ALL)).toBe('gzip');
    expect(chooseEncoding('gzip;q=0.5, *', ['gzip', 'identity'])).toBe('identity');
    // Everything refused: a page in identity beats a 406.
    expect(chooseEncoding('*;q=0', ALL)).toBe('identity');
    expect(chooseEncoding('identity;q=0, *;q=0', ALL)).toBe('identity');
  });

  it('keeps the first weight of a coding named twice', () => {
    expect(parseAcceptEncoding('br;q=0, br, gzip;q=0.3')).toEqual(
      new Map([
        ['br', 0],
        ['gzip', 0.3],
      ]),
    );
  });
});

describe('If-None-Match', () => {
  const etag = '"abc123"';

  it('matches one tag, one of a list, or *', () => {
    expect(isNotModified('"abc123"', etag)).toBe(true);
    expect(isNotModified('"zzz", "abc123"', etag)).toBe(true);
    expect(isNotModified('"zzz","abc123" , "yyy"', etag)).toBe(true);
    expect(isNotModified('*', etag)).toBe(true);
  });

  it('compares weakly: a W/ tag matches the strong one', () => {
    expect(isNotModified('W/"abc123"', etag)).toBe(true);
    expect(isNotModified('"zzz", W/"abc123"', 'W/"abc123"')).toBe(true);
  });

  it('does not match another tag, a bare token, a prefix, or no header', () => {
    expect(isNotModified('"abc12"', etag)).toBe(false);
    expect(isNotModified('"abc123-br"', etag)).toBe(false);
    expect(isNotModified('abc123', etag)).toBe(false);
    expect(isNotModified('', etag)).toBe(false);
    expect(isNotModified(undefined, etag)).toBe(false);
  });

  it('parses lists with commas inside tags and empty elements', () => {
    expect(parseEntityTags('"a,b", , W/"c"')).toEqual(['"a,b"', 'W/"c"']);
    expect(parseEntityTags(' * ')).toBe('*');
  });
});

describe('Vary', () => {
  it('adds a field once and keeps what is there', () => {
    expect(addVary(undefined, 'Accept-Encoding')).toBe('Accept-Encoding');
    expect(addVary('RSC, Next-Router-State-Tree', 'Accept-Encoding')).toBe(
      'RSC, Next-Router-State-Tree, Accept-Encoding',
    );
    expect(addVary('accept-encoding', 'Accept-Encoding')).toBe('accept-encoding');
    expect(addVary('*', 'Accept-Encoding')).toBe('*');
  });
});
