import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/corpus/load';
import { CorpusError } from '@/lib/corpus/errors';
import type { Unit } from '@/lib/corpus/model';
import { glossaryProblems } from '@/lib/terms/consistency';
import { buildGlossary } from '@/lib/terms/glossary';
import { loadTermIndex } from '@/lib/terms/load';
import { markUnits, occurrences } from '@/lib/terms/mark';

const { units } = loadCorpus();
const index = loadTermIndex();
const entryFor = (zh: string) => index.glossary.entries.find((e) => e.forms.zh.includes(zh));

describe('the project glossary', () => {
  it('has at least 60 entries, each complete in both languages', () => {
    expect(index.glossary.entries.length).toBeGreaterThanOrEqual(60);
    for (const entry of index.glossary.entries) {
      expect(entry.definition.zh.length, entry.id).toBeGreaterThan(5);
      expect(entry.definition.en.length, entry.id).toBeGreaterThan(10);
      expect(entry.forms.en.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('covers the terms the article is read for', () => {
    const required = [
      '泛心论', '机制可解释性', '超叠加', '单义性', '显著性图', '探针', '回路', '特征', '宪法AI', 'RLHF',
      'Scaling Law', '预训练', '后训练', '合成数据', '现象意识', '连接图', '梯度下降', '目标函数', '激活值',
      '1/f噪声', '长尾分布', '奇点', '向上的竞争', '人才密度', '系统提示', '提示工程', '对齐',
    ];
    for (const term of required) expect(entryFor(term), term).toBeDefined();
  });

  it('recognises every way the article writes a term, and labels the misspelling', () => {
    const interp = index.glossary.byId.get(entryFor('机制可解释性')!.id)!;
    expect(interp.forms.zh).toEqual(expect.arrayContaining(['机制可解释性', '机械解释性', '机制解释性', 'Mech Interp']));
    const constitutional = entryFor('宪法AI')!;
    expect(constitutional.forms.zh).toEqual(expect.arrayContaining(['宪法AI', '宪法 AI']));
    const typo = index.marked.get('consciousness-04')!.zh.find((s) => typeof s !== 'string' && s.text === '泛新论');
    expect(typo).toEqual({ text: '泛新论', termId: 'panpsychism', misspelled: true });
  });

  it('gives pinyin with tone marks', () => {
    expect(index.glossary.byId.get('panpsychism')!.pinyin).toBe('fàn xīn lùn');
    expect(entryFor('长尾分布')!.pinyin).toBe('cháng wěi fēn bù');
  });

  it('marks a term and its English counterpart in the same pair', () => {
    const marked = index.marked.get('consciousness-03')!;
    const terms = (segments: typeof marked.zh) =>
      segments.flatMap((s) => (typeof s === 'string' ? [] : [[s.text, s.termId]]));
    expect(terms(marked.zh)).toContainEqual(['泛心论', 'panpsychism']);
    expect(terms(marked.en)).toContainEqual(['panpsychism', 'panpsychism']);
    // 意识到 ("realize") is not the term 意识.
    expect(terms(index.marked.get('scaling-04')!.zh).map(([, id]) => id)).not.toContain('consciousness');
  });

  it('is consistent with the article: every entry occurs, every Chinese form is real, every term is rendered', () => {
    expect(glossaryProblems(units, index)).toEqual([]);
  });
});

describe('the consistency check', () => {
  const glossary = buildGlossary([
    {
      path: 'g.yaml',
      text: `category: philosophy
entries:
  - id: panpsychism
    zh: 泛心论
    en: panpsychism
    forms: { zh: [泛心论], en: [panpsychism] }
    definition: { zh: 一种哲学观点。, en: A philosophical view. }
  - id: singularity
    zh: 奇点
    en: singularity
    forms: { zh: [奇点], en: [singularity] }
    definition: { zh: 一个假想的时刻。, en: A hypothetical moment. }
`,
    },
  ]);
  const unit = (id: string, zh: string, en: string, termExceptions: Unit['termExceptions'] = []): Unit => ({
    id, kind: 'answer', speaker: 'askell', zh, en, revision: { number: 1, date: '2026-11-28' }, history: [],
    notes: [], termExceptions, qaExceptions: [], sectionId: 's', position: 1,
  });
  const problemsFor = (list: Unit[]) => {
    const marked = markUnits(list, glossary);
    return glossaryProblems(list, { glossary, marked, occurrences: occurrences(list, marked) });
  };

  it('fails a unit whose English lacks the term its Chinese has, and an entry that occurs nowhere', () => {
    expect(problemsFor([unit('s-01', '我们排除泛心论。', 'We set aside this view.')])).toEqual([
      'entry singularity (奇点) occurs nowhere in the article',
      'entry singularity: form "奇点" does not occur in the article’s Chinese',
      'unit s-01: its Chinese has 泛心论 (panpsychism) but its English has none of ["panpsychism"]',
    ]);
  });

  it('accepts a unit that records a reasoned exception', () => {
    const problems = problemsFor([
      unit('s-01', '我们排除泛心论。', 'We set aside this view.', [{ term: 'panpsychism', reason: 'Rendered by paraphrase.' }]),
      unit('s-02', '奇点。', 'The singularity.'),
    ]);
    expect(problems).toEqual([]);
  });

  it('rejects a glossary with a form claimed by two entries or an unknown related entry', () => {
    const bad = () =>
      buildGlossary([
        {
          path: 'bad.yaml',
          text: `category: science
entries:
  - id: a
    zh: 甲
    en: a
    forms: { zh: [甲], en: [a] }
    definition: { zh: 甲。, en: A. }
    related: [missing]
  - id: b
    zh: 乙
    en: b
    forms: { zh: [甲], en: [b] }
    definition: { zh: 乙。, en: B. }
`,
        },
      ]);
    expect(bad).toThrow(CorpusError);
    expect(bad).toThrow(/bad\.yaml: entry b: form "甲" is also a form of a/);
    expect(bad).toThrow(/bad\.yaml: entry a: related entry "missing" does not exist/);
  });
});
