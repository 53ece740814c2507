import { describe, expect, it } from 'vitest';
import { renderCitationFile, toBibTeX, toCSLJSON, toRIS } from '@/lib/cite/file-formats';
import type { CiteSource } from '@/lib/cite/source';
import { citationText, formatCitation } from '@/lib/cite/styles';

// Paragraph 32 of the article, as cited on 28 November 2026; the examples below were checked by hand
// against each style's rules for web articles, translated titles and translations.
const source: CiteSource = {
  article: {
    titleZh: 'Claude团队三巨头同时接受采访,回应一切',
    titleEn: 'Claude’s Top Three, Interviewed Together, Answer Everything',
    titleEnSentence: 'Claude’s top three, interviewed together, answer everything',
    authorZh: '梦晨',
    authorRoman: 'Mengchen',
    publisherZh: '量子位',
    publisherEn: 'QbitAI',
    published: '2024-11-13',
    interviewUrl: 'https://www.youtube.com/watch?v=ugvHCXCOmm4',
    translatorZh: '双语对照阅读项目',
    translatorEn: 'Parallel Reader project',
  },
  unit: { id: 'scaling-08', paragraph: 32, revision: 2, revised: '2027-01-05' },
  urls: { zh: 'https://reader.example/zh/p/scaling-08', en: 'https://reader.example/en/p/scaling-08' },
};
const accessed = '2027-02-01';
const quote = {
  zh: 'Amodei:Scaling的核心在于扩大网络规模、训练时间和数据量。',
  en: 'Amodei: At its core, scaling means increasing network size.',
};

describe('APA 7', () => {
  it('cites the Chinese with the translated title in brackets, sentence case, and the paragraph in text', () => {
    expect(formatCitation('apa', 'zh', source, accessed)).toEqual({
      inText: '(Mengchen, 2024, para. 32)',
      references: [
        'Mengchen. (2024, November 13). Claude团队三巨头同时接受采访,回应一切 [Claude’s top three, interviewed together, answer everything]. QbitAI. https://reader.example/zh/p/scaling-08',
      ],
      provenance: undefined,
    });
  });

  it('cites the English as a translation: translation year, original year, translator, revision', () => {
    const cited = formatCitation('apa', 'en', source, accessed);
    expect(cited.inText).toBe('(Mengchen, 2024/2027, para. 32)');
    expect(cited.references).toEqual([
      'Mengchen. (2027, January 5). Claude’s top three, interviewed together, answer everything (Parallel Reader project, Trans.; Rev. 2) [English translation of QbitAI’s Chinese summary; not the speakers’ own words]. QbitAI. https://reader.example/en/p/scaling-08 (Original work published 2024)',
    ]);
    expect(cited.provenance).toBe(
      'Note: the English is the Parallel Reader project’s translation (revision 2, January 5, 2027) of QbitAI’s Chinese summary of the interview, not the speaker’s own words. For verbatim quotations, see the original interview: https://www.youtube.com/watch?v=ugvHCXCOmm4',
    );
  });
});

describe('MLA 9', () => {
  it('cites the Chinese with the translated title in brackets, abbreviated months and an access date', () => {
    expect(formatCitation('mla', 'zh', source, accessed)).toMatchObject({
      inText: '(Mengchen, par. 32)',
      references: [
        'Mengchen. “Claude团队三巨头同时接受采访,回应一切 [Claude’s Top Three, Interviewed Together, Answer Everything].” QbitAI, 13 Nov. 2024, reader.example/zh/p/scaling-08. Accessed 1 Feb. 2027.',
      ],
    });
  });

  it('names the translator and the revision of the English', () => {
    expect(formatCitation('mla', 'en', source, accessed).references).toEqual([
      'Mengchen. “Claude’s Top Three, Interviewed Together, Answer Everything.” Translated by Parallel Reader project, revision 2, QbitAI, 13 Nov. 2024, reader.example/en/p/scaling-08. Accessed 1 Feb. 2027. English translation of QbitAI’s Chinese summary; not the speakers’ own words.',
    ]);
  });
});

describe('Chicago notes and bibliography', () => {
  it('gives a note with the paragraph and a bibliography entry for the Chinese', () => {
    expect(formatCitation('chicago', 'zh', source, accessed)).toMatchObject({
      inText:
        '1. Mengchen, “Claude团队三巨头同时接受采访,回应一切” [Claude’s top three, interviewed together, answer everything], QbitAI, November 13, 2024, para. 32, https://reader.example/zh/p/scaling-08.',
      references: [
        'Mengchen. “Claude团队三巨头同时接受采访,回应一切” [Claude’s top three, interviewed together, answer everything]. QbitAI, November 13, 2024. https://reader.example/zh/p/scaling-08.',
      ],
    });
  });

  it('numbers one note per language when both are quoted', () => {
    const cited = formatCitation('chicago', 'both', source, accessed);
    expect(cited.inText.split('\n').map((note) => note.slice(0, 3))).toEqual(['1. ', '2. ']);
    expect(cited.inText).toContain('trans. Parallel Reader project, rev. 2 (January 5, 2027)');
    expect(cited.references).toHaveLength(2);
  });
});

describe('GB/T 7714-2015', () => {
  it('writes 梦晨, [EB/OL], the paragraph, the update and access dates', () => {
    expect(formatCitation('gbt', 'zh', source, accessed).references).toEqual([
      '[1] 梦晨. Claude团队三巨头同时接受采访,回应一切[EB/OL]. 量子位, 2024: 第32段(2024-11-13)[2027-02-01]. https://reader.example/zh/p/scaling-08.',
    ]);
  });

  it('names the translator with 译 and dates the English by its revision', () => {
    const cited = formatCitation('gbt', 'en', source, accessed);
    expect(cited.references).toEqual([
      '[1] 梦晨. Claude’s top three, interviewed together, answer everything[EB/OL]. 双语对照阅读项目, 译. 量子位, 2024: 第32段(2027-01-05)[2027-02-01]. https://reader.example/en/p/scaling-08.',
    ]);
    expect(cited.provenance).toContain('并非受访者原话');
  });
});

describe('the text put on the clipboard', () => {
  it('quotes, attributes, lists the reference and, for the English, says whose words they are', () => {
    expect(citationText('apa', 'en', source, accessed, quote)).toBe(
      [
        '“Amodei: At its core, scaling means increasing network size.” (Mengchen, 2024/2027, para. 32)',
        formatCitation('apa', 'en', source, accessed).references[0],
        formatCitation('apa', 'en', source, accessed).provenance,
      ].join('\n\n'),
    );
    const both = citationText('gbt', 'both', source, accessed, quote);
    expect(both.startsWith('“Amodei:Scaling的核心在于扩大网络规模、训练时间和数据量。”[1]\n“Amodei: At its core')).toBe(
      true,
    );
    expect(citationText('mla', 'zh', source, accessed, quote)).not.toContain('not the speakers’ own words');
  });
});

describe('exports', () => {
  it('writes biblatex @article entries with translator and revision for the English', () => {
    const bib = toBibTeX(source, 'en', accessed);
    expect(bib).toMatch(/^@article\{mengchen2024-scaling-08-en,\n/);
    expect(bib).toContain('  author = {{Mengchen}},');
    expect(bib).toContain('  journaltitle = {{QbitAI}},');
    expect(bib).toContain('  translator = {{Parallel Reader project}},');
    expect(bib).toContain('  version = {2},');
    expect(bib).toContain('  urldate = {2027-02-01},');
    expect(bib).toContain('not the speakers’ own words');
    expect(bib.trim().endsWith('}')).toBe(true);
  });

  it('writes RIS records that end with ER, one per language', () => {
    const ris = toRIS(source, 'both', accessed);
    expect(ris.match(/^TY {2}- ELEC$/gm)).toHaveLength(2);
    expect(ris.match(/^ER {2}- $/gm)).toHaveLength(2);
    expect(ris.match(/^AU {2}- Mengchen$/gm)).toHaveLength(2);
    expect(ris).toContain('A4  - Parallel Reader project');
    expect(ris).toContain('T2  - QbitAI');
    expect(ris).toContain('Y2  - 2027/02/01/');
  });

  it('writes valid CSL-JSON with issued and accessed dates', () => {
    const items = JSON.parse(toCSLJSON(source, 'both', accessed));
    expect(items.map((i: { language: string }) => i.language)).toEqual(['zh-Hans', 'en']);
    expect(items[0]).toMatchObject({
      type: 'webpage',
      issued: { 'date-parts': [[2024, 11, 13]] },
      URL: source.urls.zh,
    });
    expect(items[1]).toMatchObject({
      translator: [{ literal: 'Parallel Reader project' }],
      version: '2',
      issued: { 'date-parts': [[2027, 1, 5]] },
      'original-date': { 'date-parts': [[2024, 11, 13]] },
      'container-title': 'QbitAI',
    });
    expect(items.map((i: { author: unknown }) => i.author)).toEqual([
      [{ literal: 'Mengchen' }],
      [{ literal: 'Mengchen' }],
    ]);
    expect(renderCitationFile('csl-json', source, 'zh', accessed)).toBe(toCSLJSON(source, 'zh', accessed));
  });
});

describe('helpers shared with the browser', () => {
  it('writes a local date as YYYY-MM-DD', async () => {
    const { localIsoDate } = await import('@/lib/cite/dates');
    expect(localIsoDate(new Date(2027, 1, 1, 23, 59))).toBe('2027-02-01');
  });
});

describe('citing one sentence', () => {
  const sentence: CiteSource = {
    ...source,
    unit: { ...source.unit, sentence: 2 },
    urls: { zh: `${source.urls.zh}#s2`, en: `${source.urls.en}#s2` },
  };

  it('adds the sentence to the paragraph locator in every style, and cites its address', () => {
    expect(formatCitation('apa', 'en', sentence, accessed).inText).toBe('(Mengchen, 2024/2027, para. 32, sent. 2)');
    expect(formatCitation('mla', 'zh', sentence, accessed).inText).toBe('(Mengchen, par. 32, sent. 2)');
    expect(formatCitation('chicago', 'en', sentence, accessed).inText).toContain(
      'para. 32, sent. 2, https://reader.example/en/p/scaling-08#s2.',
    );
    const gbt = formatCitation('gbt', 'zh', sentence, accessed).references[0];
    expect(gbt).toContain('2024: 第32段第2句(2024-11-13)');
    expect(gbt).toContain('https://reader.example/zh/p/scaling-08#s2.');
  });

  it('leaves a paragraph citation as it was', () => {
    expect(formatCitation('mla', 'zh', source, accessed).inText).toBe('(Mengchen, par. 32)');
    expect(formatCitation('gbt', 'zh', source, accessed).references[0]).toContain(': 第32段(2024-11-13)');
  });
});
