// The references a glossary entry may name for its standard term, definition or usage note.

export const REFERENCE_IDS = [
  'termonline',
  'xiandai',
  'cnki',
  'zhou-ml',
  'deep-learning',
  'transformer-circuits',
  'anthropic',
  'sep',
  'anthropic-docs-zh',
  'prompting-guide',
  'amodei-mlg',
  'lex-fridman',
  'gbt-16159',
  'silver-2017',
  'radford-2018',
  'qbitai',
] as const;
export type ReferenceId = (typeof REFERENCE_IDS)[number];

export interface Reference {
  zh: string;
  en: string;
  url?: string;
}

export const REFERENCES: Record<ReferenceId, Reference> = {
  termonline: {
    zh: '术语在线(全国科学技术名词审定委员会)',
    en: 'Termonline (China National Committee for Terms in Sciences and Technologies)',
    url: 'https://www.termonline.cn/',
  },
  xiandai: {
    zh: '《现代汉语词典》第7版(商务印书馆,2016)',
    en: 'Xiandai Hanyu Cidian, 7th edition (Commercial Press, 2016)',
  },
  cnki: {
    zh: 'CNKI 翻译助手(中国知网)',
    en: 'CNKI Translation Assistant (China National Knowledge Infrastructure)',
    url: 'https://dict.cnki.net/',
  },
  'zhou-ml': {
    zh: '周志华《机器学习》(清华大学出版社,2016)',
    en: 'Zhou Zhihua, Machine Learning (Tsinghua University Press, 2016)',
  },
  'deep-learning': {
    zh: 'Goodfellow 等《深度学习》中译本(人民邮电出版社,2017)',
    en: 'Goodfellow, Bengio and Courville, Deep Learning (MIT Press, 2016; Chinese edition 2017)',
  },
  'transformer-circuits': {
    zh: 'Anthropic 可解释性团队论文(transformer-circuits.pub)',
    en: 'Anthropic interpretability papers (transformer-circuits.pub)',
    url: 'https://transformer-circuits.pub/',
  },
  anthropic: {
    zh: 'Anthropic 官方公告与文档',
    en: 'Anthropic’s announcements and documentation',
    url: 'https://www.anthropic.com/news',
  },
  sep: {
    zh: '《斯坦福哲学百科全书》',
    en: 'Stanford Encyclopedia of Philosophy',
    url: 'https://plato.stanford.edu/',
  },
  'anthropic-docs-zh': {
    zh: 'Anthropic 开发者文档(简体中文版)',
    en: 'Anthropic’s developer documentation, Simplified Chinese edition',
  },
  'prompting-guide': {
    zh: 'DAIR.AI《提示工程指南》(Prompt Engineering Guide)中文版',
    en: 'DAIR.AI, Prompt Engineering Guide, Chinese edition',
    url: 'https://www.promptingguide.ai/zh',
  },
  'amodei-mlg': {
    zh: 'Dario Amodei《Machines of Loving Grace》(2024年10月)',
    en: 'Dario Amodei, “Machines of Loving Grace” (October 2024)',
    url: 'https://darioamodei.com/machines-of-loving-grace',
  },
  'lex-fridman': {
    zh: 'Lex Fridman 播客第452期对 Dario Amodei、Amanda Askell、Chris Olah 的访谈(英文原访谈,2024年11月)',
    en: 'Lex Fridman Podcast #452, the English interview with Dario Amodei, Amanda Askell and Chris Olah (November 2024)',
  },
  'gbt-16159': {
    zh: 'GB/T 16159—2012《汉语拼音正词法基本规则》',
    en: 'GB/T 16159–2012, Basic rules of Hanyu Pinyin orthography',
  },
  'silver-2017': {
    zh: 'Silver 等《Mastering the game of Go without human knowledge》,Nature 550(2017)',
    en: 'Silver et al., “Mastering the game of Go without human knowledge,” Nature 550 (2017)',
  },
  'radford-2018': {
    zh: 'Radford 等《Improving Language Understanding by Generative Pre-Training》(OpenAI,2018)',
    en: 'Radford et al., “Improving Language Understanding by Generative Pre-Training” (OpenAI, 2018)',
  },
  qbitai: {
    zh: '量子位原文(本文所读的中文文章),只证明文中的用法',
    en: 'The QbitAI article itself (the Chinese this reader presents), attesting only its own usage',
  },
};
