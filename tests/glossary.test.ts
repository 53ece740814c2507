import { describe, expect, it } from 'vitest';
import { CorpusError } from '@/lib/corpus/errors';
import type { Unit } from '@/lib/corpus/model';
import { buildGlossary, formOf } from '@/lib/terms/glossary';
import { markUnits, occurrences } from '@/lib/terms/mark';
import { formatProblem, glossaryProblems } from '@/lib/terms/rules';
import { tooltipData, tooltipFormKey } from '@/lib/terms/tooltip';
import { countHan, hasHan } from '@/lib/terms/syllables';
import { loadProject } from '@/lib/project/load';

const { units } = loadProject().corpus;
const index = loadProject().index;
const entryFor = (zh: string) =>
  index.glossary.entries.find((e) => e.zhForms.some((f) => f.text === zh) || e.zh === zh);
const unitFile = (unit: Unit) => `corpus/units/${unit.sectionId}.yaml`;

describe('the project glossary', () => {
  it('has at least 110 entries, each complete in both languages', () => {
    expect(index.glossary.entries.length).toBeGreaterThanOrEqual(110);
    for (const entry of index.glossary.entries) {
      expect(entry.definition.zh.length, entry.id).toBeGreaterThan(5);
      expect(entry.definition.en.length, entry.id).toBeGreaterThan(10);
      expect(entry.forms.en.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('covers the terms the article is read for, the core terms the review found missing included', () => {
    const required = [
      '泛心论',
      '机制可解释性',
      '超叠加',
      '单义性',
      '显著性图',
      '探针',
      '回路',
      '特征',
      '宪法AI',
      'RLHF',
      'Scaling Law',
      '预训练',
      '后训练',
      '合成数据',
      '现象意识',
      '连接图',
      '梯度下降',
      '目标函数',
      '激活值',
      '1/f噪声',
      '长尾分布',
      '奇点',
      '向上的竞争',
      '人才密度',
      '系统提示',
      '提示工程',
      '对齐',
      '模态',
      '部署',
      '实例',
      '从零开始训练',
      '随机性',
      '偏见',
      '优化',
      '引导',
      '查询',
      '干预',
      '分解',
      '抽象层次',
      '神经系统',
      '图像识别',
      '自然语言',
      '拒绝',
      '编译',
      '二进制代码',
      '内存',
      '演化',
      '扩大',
    ];
    for (const term of required) expect(entryFor(term), term).toBeDefined();
  });

  it('gives each concept its own entry, and the core and science terms the article uses', () => {
    // 器官 is not organ systems, 伦理 not the discipline ethics, 安全性 not the field AI safety.
    expect(['器官', '器官系统', '伦理', '伦理学', '安全性', 'Safety'].map((zh) => entryFor(zh)?.id)).toEqual([
      'organ',
      'organ-systems',
      'morality',
      'ethics',
      'safety',
      'ai-safety',
    ]);
    // 计算资源 is broader than 算力, so it is its own headword and 算力 no form of it.
    expect(entryFor('计算资源')!.zh).toBe('计算资源');
    expect(entryFor('算力')).toBeUndefined();
    for (const zh of [
      '训练',
      '模型',
      'AI',
      '性能',
      '迭代',
      '输入',
      '输出',
      '软件工程',
      '编程',
      '角色设定',
      '自我训练',
      '动态系统',
      '分子生物学',
      '细胞生物学',
      '组织学',
      '生态学',
      '复杂系统',
      '生态系统',
      '生物多样性',
    ]) {
      expect(entryFor(zh), zh).toBeDefined();
      expect(index.occurrences.get(entryFor(zh)!.id)?.length, zh).toBeGreaterThan(0);
    }
    expect(index.glossary.byId.get('character-designer')!.category).toBe('expressions');
  });

  it('gives parallel wordings one status, and takes the headwords its notes prefer', () => {
    expect(formOf(entryFor('前期训练')!, '前期训练')!.status).toBe(formOf(entryFor('后期训练')!, '后期训练')!.status);
    expect(['角色训练', '角色塑造', '角色特质'].map((zh) => formOf(entryFor(zh)!, zh)!.status)).toEqual([
      'nonstandard',
      'nonstandard',
      'nonstandard',
    ]);
    expect(entryFor('系统提示')!.zh).toBe('系统提示');
    expect(formOf(entryFor('系统提示词')!, '系统提示词')!.status).toBe('variant');
    expect(entryFor('边缘案例')!.zh).toBe('边界情况');
    expect(index.glossary.byId.get('prompt-engineering')!.note!.zh).not.toContain('更常见');
    for (const entry of index.glossary.entries) expect(entry.references.length, entry.id).toBeGreaterThan(0);
  });

  it('has no non-standard headword: the article’s own wording is a form with its status, under the standard term', () => {
    const expected: [string, string, string][] = [
      ['超叠加', '叠加', 'nonstandard'],
      ['连接图', '连接组', 'nonstandard'],
      ['长远任务', '长程任务', 'nonstandard'],
      ['机械解释性', '机制可解释性', 'nonstandard'],
      ['电路', '回路', 'variant'],
      ['前期训练', '预训练', 'nonstandard'],
      ['泛新论', '泛心论', 'misprint'],
      ['角色塑造', '性格塑造', 'nonstandard'],
      ['显著性图', '显著图', 'variant'],
    ];
    for (const [form, standard, status] of expected) {
      const entry = entryFor(form)!;
      expect(entry.zh, form).toBe(standard);
      expect(formOf(entry, form)!.status, form).toBe(status);
    }
    for (const entry of index.glossary.entries) {
      for (const form of entry.zhForms) {
        if (form.text === entry.zh) expect(form.status, entry.id).toBe('standard');
        if (form.status === 'standard') expect(form.text.toLowerCase(), entry.id).toBe(entry.zh.toLowerCase());
      }
    }
  });

  it('gives every Chinese form its own pinyin, one syllable per character, joined by word; Latin-only terms none', () => {
    for (const entry of index.glossary.entries) {
      for (const form of entry.zhForms) {
        if (!hasHan(form.text)) expect(form.pinyin, form.text).toBeNull();
        else expect(form.pinyin!.syllables.length, form.text).toBe(countHan(form.text));
      }
    }
    const interp = index.glossary.byId.get('mechanistic-interpretability')!;
    expect(interp.pinyin).toBe('jīzhì kějiěshìxìng');
    expect(formOf(interp, '机械解释性')!.pinyin!.display).toBe('jīxiè jiěshìxìng');
    expect(formOf(index.glossary.byId.get('circuits')!, '电路')!.pinyin!.display).toBe('diànlù');
    expect(formOf(index.glossary.byId.get('pre-training')!, '前期训练')!.pinyin!.display).toBe('qiánqī xùnliàn');
    expect(index.glossary.byId.get('panpsychism')!.pinyin).toBe('fànxīnlùn');
    expect(entryFor('长尾分布')!.pinyin).toBe('chángwěi fēnbù');
    for (const latin of ['claude-opus', 'gpt-1', 'artifacts', 'alphago-zero', 'machines-of-loving-grace']) {
      expect(index.glossary.byId.get(latin)!.pinyin, latin).toBe('');
    }
    // Latin headwords with a Chinese standard term now show that term and its pinyin.
    expect(index.glossary.byId.get('scaling-laws')!.zh).toBe('规模定律');
    expect(index.glossary.byId.get('scaling-laws')!.pinyin).toBe('guīmó dìnglǜ');
  });

  it('recognises every way the article writes a term, and labels the misprint', () => {
    const interp = index.glossary.byId.get(entryFor('机制可解释性')!.id)!;
    expect(interp.forms.zh).toEqual(
      expect.arrayContaining(['机制可解释性', '机械解释性', '机制解释性', 'Mech Interp']),
    );
    const typo = index.marked.get('consciousness-04')!.zh.find((s) => typeof s !== 'string' && s.text === '泛新论');
    expect(typo).toEqual({ text: '泛新论', termId: 'panpsychism', misspelled: true });
  });

  it('does not mark the adjective 安全 or productivity statistics as terms of their own', () => {
    const ids = (unit: string) => index.marked.get(unit)!.terms;
    expect(ids('anthropic-06')).not.toContain('ai-safety');
    // 安全性 is the property (safety), 安全(Safety) the field's goal (AI safety): one concept per entry.
    expect(ids('interpretability-08')).toContain('safety');
    expect(ids('interpretability-08')).not.toContain('ai-safety');
    expect(ids('beauty-02')).toContain('ai-safety');
    expect(ids('scaling-27')).toContain('productivity');
    expect(index.glossary.byId.has('productivity-paradox')).toBe(false);
  });

  it('gives each entry the part of speech of the term as a term: nouns, named products, one verb, one adjective', () => {
    const pos = (id: string) => index.glossary.byId.get(id)?.partOfSpeech;
    // 微调 is a verb in Chinese, but as the name of a training step it is a noun, like "fine-tuning";
    // an expression such as 低垂的果实 is a noun phrase, so a noun.
    expect(['fine-tuning', 'low-hanging-fruit', 'refusal', 'intervention', 'constitutional-ai'].map(pos)).toEqual([
      'noun',
      'noun',
      'noun',
      'noun',
      'noun',
    ]);
    expect(['claude-sonnet', 'claude-opus', 'artifacts', 'machines-of-loving-grace'].map(pos)).toEqual([
      'properNoun',
      'properNoun',
      'properNoun',
      'properNoun',
    ]);
    expect(pos('compile')).toBe('verb');
    expect(pos('bottom-up')).toBe('adjective');
    const counts: Record<string, number> = {};
    for (const entry of index.glossary.entries) counts[entry.partOfSpeech] = (counts[entry.partOfSpeech] ?? 0) + 1;
    // Every value of the picklist is used, and nouns are most of the glossary (the counts are the corpus's to change).
    expect(Object.keys(counts).sort()).toEqual(['adjective', 'noun', 'properNoun', 'verb']);
    expect(counts.noun).toBeGreaterThan(index.glossary.entries.length / 2);
  });

  it('keeps expressions apart from technical terms', () => {
    for (const id of ['friendly-rivals', 'a-players', 'low-hanging-fruit', 'flat-earth']) {
      expect(index.glossary.byId.get(id)!.category, id).toBe('expressions');
    }
  });

  it('marks a term and its English counterpart in the same pair', () => {
    // A paragraph whose Chinese has 泛心论 and whose English renders it (the terminology rule sees that one does).
    const unit = units.find((u) => u.zh.includes('泛心论') && /panpsychism/.test(u.en))!;
    const marked = index.marked.get(unit.id)!;
    const terms = (segments: typeof marked.zh) =>
      segments.flatMap((s) => (typeof s === 'string' ? [] : [[s.text, s.termId]]));
    expect(terms(marked.zh)).toContainEqual(['泛心论', 'panpsychism']);
    expect(terms(marked.en)).toContainEqual(['panpsychism', 'panpsychism']);
    expect(terms(index.marked.get('scaling-04')!.zh).map(([, id]) => id)).not.toContain('consciousness');
  });

  it('passes every glossary rule: entries and forms occur in both languages, pinyin, notes, renderings', () => {
    expect(glossaryProblems({ units, index, unitFile }).map(formatProblem)).toEqual([]);
  });

  it('gives the tooltip the standard term, the form’s status and pinyin, and the usage note', () => {
    const en = tooltipData(index.glossary.entries, 'en');
    const sup = en.superposition;
    expect(sup.zh).toBe('叠加');
    expect(sup.pinyin).toBe('diéjiā');
    expect(sup.forms[tooltipFormKey('超叠加')]).toEqual({ status: 'nonstandard', pinyin: 'chāodiéjiā' });
    expect(sup.forms[tooltipFormKey('Superposition')]).toEqual({ status: 'english', pinyin: '' });
    expect(sup.note).toMatch(/叠加态/);
    expect(tooltipData(index.glossary.entries, 'zh').superposition.definition).toMatch(/神经元/);
  });
});

describe('the glossary rules', () => {
  const glossary = buildGlossary([
    {
      path: 'corpus/glossary/g.yaml',
      text: `category: philosophy
entries:
  - id: panpsychism
    zh: 泛心论
    en: panpsychism
    partOfSpeech: noun
    forms: { zh: [泛心论, { text: 泛新论, status: misprint }], en: [panpsychism, panpsychist] }
    definition: { zh: 一种哲学观点。, en: A philosophical view. }
    note: { zh: 文中误作泛新论。, en: Misprinted. }
    references: [sep]
  - id: singularity
    zh: 奇点
    en: singularity
    partOfSpeech: noun
    forms: { zh: [奇点], en: [singularity] }
    definition: { zh: 一个假想的时刻。, en: A hypothetical moment. }
    references: [cnki]
  - id: superposition
    zh: 叠加
    en: superposition
    partOfSpeech: noun
    forms: { zh: [{ text: 超叠加, status: nonstandard, pinyin: chāo diéjiā tài }], en: [superposition] }
    definition: { zh: 一种表示方式。, en: A way of representing. }
    references: [transformer-circuits]
`,
    },
  ]);
  const unit = (id: string, zh: string, en: string, termExceptions: Unit['termExceptions'] = []): Unit => ({
    id,
    kind: 'answer',
    speaker: 'askell',
    zh,
    en,
    revision: { number: 1, date: '2026-11-28' },
    history: [],
    notes: [],
    termExceptions,
    qaExceptions: [],
    sectionId: 'beauty',
    position: 1,
  });
  const problemsFor = (list: Unit[]) => {
    const marked = markUnits(list, glossary);
    return glossaryProblems({
      units: list,
      index: { glossary, marked, occurrences: occurrences(list, marked) },
      unitFile,
    }).map(formatProblem);
  };

  it('names file, entry or unit, and rule for each problem', () => {
    expect(
      problemsFor([unit('s-01', '我们排除泛心论与泛新论。超叠加。', 'We set aside this view. Superposition.')]),
    ).toEqual([
      'corpus/glossary/g.yaml: entry panpsychism: [en-form-occurs] English form "panpsychism" does not occur in the English of any pair where 泛心论 occurs',
      'corpus/glossary/g.yaml: entry panpsychism: [en-form-occurs] English form "panpsychist" does not occur in the English of any pair where 泛心论 occurs',
      'corpus/glossary/g.yaml: entry singularity: [entry-occurs] 奇点 (singularity) occurs nowhere in the article',
      'corpus/glossary/g.yaml: entry singularity: [zh-form-occurs] Chinese form "奇点" does not occur in the article',
      'corpus/glossary/g.yaml: entry singularity: [en-form-occurs] English form "singularity" does not occur in the English of any pair where 奇点 occurs',
      'corpus/glossary/g.yaml: entry superposition: [form-pinyin] form "超叠加" has 3 characters but its pinyin "chāo diéjiā tài" has 4 syllables',
      'corpus/glossary/g.yaml: entry panpsychism: [standard-note] the Chinese usage note does not name the standard term 泛心论',
      'corpus/glossary/g.yaml: entry superposition: [standard-note] the article writes 超叠加, not the standard 叠加, but there is no usage note',
      'corpus/units/beauty.yaml: unit s-01: [term-rendered] its Chinese has 泛心论 (panpsychism) but its English has none of ["panpsychism","panpsychist"]: add the English form to corpus/glossary/g.yaml or record a termExceptions entry',
    ]);
  });

  it('accepts a reasoned exception, and refuses one that is not needed', () => {
    const problems = problemsFor([
      unit('s-01', '我们排除泛心论。', 'We set aside this view.', [
        { term: 'panpsychism', reason: 'Rendered by paraphrase.' },
      ]),
      unit('s-02', '奇点。', 'The singularity.', [{ term: 'singularity', reason: 'Not needed.' }]),
    ]);
    expect(problems.filter((p) => p.includes('[term-rendered]'))).toEqual([]);
    expect(problems).toContain(
      'corpus/units/beauty.yaml: unit s-02: [exception-valid] exception for singularity, whose English form its English has: remove the exception',
    );
  });

  it('rejects a form claimed by two entries, an unknown related entry, and a differing form without a status', () => {
    const bad = () =>
      buildGlossary([
        {
          path: 'bad.yaml',
          text: `category: science
entries:
  - id: a
    zh: 甲
    en: a
    partOfSpeech: noun
    forms: { zh: [甲, 甲乙], en: [a] }
    definition: { zh: 甲。, en: A. }
    related: [missing]
  - id: b
    zh: 乙
    en: b
    partOfSpeech: noun
    forms: { zh: [{ text: 甲, status: variant }], en: [b] }
    definition: { zh: 乙。, en: B. }
`,
        },
      ]);
    expect(bad).toThrow(CorpusError);
    expect(bad).toThrow(/bad\.yaml: entry b: form "甲" is also a form of a/);
    expect(bad).toThrow(/bad\.yaml: entry a: related entry "missing" does not exist/);
    expect(bad).toThrow(/bad\.yaml: entry a: form "甲乙" differs from the standard term 甲: give its status/);
  });
});
