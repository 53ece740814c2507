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
};
