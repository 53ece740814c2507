import { describe, expect, it } from 'vitest';
import { fillRowsSlot, rowsFilledAfterBuild, rowsSlot } from '@/lib/reader/rows-slot';

describe('the rows slot', () => {
  const page = `<main><div class="parallel" data-rows="en"></div><script>self.__next_f.push([1,"x"])</script></main>`;

  it('is the empty element React renders, filled in place with the rows', () => {
    expect(page).toContain(rowsSlot('en'));
    expect(fillRowsSlot(page, 'en', '<div class="unit" id="lede-01">…</div>', 'en.html')).toBe(
      `<main><div class="parallel" data-rows="en"><div class="unit" id="lede-01">…</div></div><script>self.__next_f.push([1,"x"])</script></main>`,
    );
  });

  it('names the file when a page has no slot for its locale, or several', () => {
    expect(() => fillRowsSlot(page, 'zh', 'rows', '.next/server/app/zh.html')).toThrow(
      /zh\.html: expected one empty rows slot .*found none/,
    );
    expect(() => fillRowsSlot(page + rowsSlot('en'), 'en', 'rows', 'en.html')).toThrow(/found several/);
    // A slot already filled is not empty, so a second run does not fill it twice.
    expect(() => fillRowsSlot(fillRowsSlot(page, 'en', 'rows', 'en.html'), 'en', 'rows', 'en.html')).toThrow(
      /found none/,
    );
  });

  it('is left to the postbuild step only when the build says so', () => {
    expect(rowsFilledAfterBuild({ READER_ROWS_AFTER_BUILD: '1' })).toBe(true);
    expect(rowsFilledAfterBuild({})).toBe(false);
  });
});
