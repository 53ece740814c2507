import { buildCorpus } from './lib/corpus/build';
import { readCorpusFiles } from './lib/corpus/files';
const { corpus } = buildCorpus(readCorpusFiles());
const STOP = new Set('i you he she it we they this that these those there which who whom whose what where when while if as so but yet then because since though although once until unless whether and or nor not also even just still too now here its his her their our my your is are was were be been being has have had do does did can could will would may might must shall should let lets such including especially like with namely more most from in on by for to at of'.split(' '));
const INTRO = new Set('as if when while although though because since to in for after before once but so yet instead actually however then now here there also even especially at with by on from over under during unlike like besides otherwise meanwhile first second finally still today indeed of that'.split(' '));
const BOUND = /[,;:.!?—–()“”‘\n]/;
for (const u of corpus!.units) {
  const t = u.en;
  for (const m of t.matchAll(/, ((?:[^\s,;:.!?—–()“”]+ ){0,2}?[^\s,;:.!?—–()“”]+) (and|or) /g)) {
    const commaAt = m.index!;
    const middle = m[1].split(' ');
    if (STOP.has(middle[0].toLowerCase())) continue;
    let s = commaAt - 1; while (s >= 0 && !BOUND.test(t[s])) s--;
    const chunk = t.slice(s + 1, commaAt).trim().split(/\s+/);
    if (INTRO.has(chunk[0].toLowerCase())) continue;
    if (chunk.length > +process.argv[2]) continue;
    console.log(u.id, '|', t.slice(Math.max(0, s + 1), commaAt + m[0].length + 20).replace(/\n/g,' '));
  }
}
