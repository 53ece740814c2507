import { readFileSync } from 'node:fs';
import type { Jieba } from '@node-rs/jieba';
import { jiebaDictPath } from './frequency';
import { projectRequire } from './runtime-require';

/** Cuts a run of text into words; the words join to the run exactly. */
export type Cut = (text: string) => string[];

let jieba: Jieba | undefined;

/**
 * jieba's cut with its own dictionary and without the HMM guesser, so every word of more than one
 * character is a dictionary word, with a frequency. Built once per process.
 */
export function jiebaCut(): Cut {
  jieba ??= (projectRequire()('@node-rs/jieba') as typeof import('@node-rs/jieba')).Jieba.withDict(
    readFileSync(jiebaDictPath()),
  );
  const instance = jieba;
  return (text) => instance.cut(text, false);
}
