import { describe, expect, it } from 'vitest';
import { nextSort, parseTableView, serializeTableView } from '@/lib/terms/table-url';

const categories = ['philosophy', 'science'];

describe('glossary view in the URL', () => {
  it('round-trips query, category and sort', () => {
    const view = { query: 'fan4 xin1', category: 'philosophy', sort: { column: 'occurrences' as const, desc: true } };
    const search = serializeTableView(view);
    expect(search).toBe('?q=fan4+xin1&category=philosophy&sort=-occurrences');
    expect(parseTableView(search, categories)).toEqual(view);
  });

  it('ignores unknown categories and columns, and keeps any query as text', () => {
    expect(parseTableView('?category=nope&sort=password&q=%3Cscript%3E', categories)).toEqual({
      query: '<script>',
      category: null,
      sort: null,
    });
    expect(serializeTableView({ query: '', category: null, sort: null })).toBe('');
  });

  it('a header cycles its column through its first direction, the other, and no sort', () => {
    expect(nextSort(null, 'en')).toEqual({ column: 'en', desc: false });
    expect(nextSort({ column: 'en', desc: false }, 'en')).toEqual({ column: 'en', desc: true });
    expect(nextSort({ column: 'en', desc: true }, 'en')).toBeNull();
    // Paragraph counts start with the most frequent.
    expect(nextSort(null, 'occurrences')).toEqual({ column: 'occurrences', desc: true });
    expect(nextSort({ column: 'occurrences', desc: true }, 'occurrences')).toEqual({
      column: 'occurrences',
      desc: false,
    });
    expect(nextSort({ column: 'occurrences', desc: false }, 'occurrences')).toBeNull();
    // Another column starts afresh.
    expect(nextSort({ column: 'en', desc: true }, 'zh')).toEqual({ column: 'zh', desc: false });
  });
});
