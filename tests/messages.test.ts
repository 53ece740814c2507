import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

// An argument's name is followed by `}` or `,` (a plural); a plural branch's text is not a name.
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  const enKeys = flatten(en);
  const zhKeys = flatten(zh);

  it('has the same keys in every locale', () => {
    expect([...zhKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('has no empty message and the same placeholders in both locales', () => {
    for (const [key, message] of enKeys) {
      expect(message.trim(), key).not.toBe('');
      expect(zhKeys.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(zhKeys.get(key) ?? ''), key).toEqual(placeholders(message));
    }
  });
});
