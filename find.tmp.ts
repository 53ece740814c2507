import { loadCorpus } from './lib/corpus/load';
const { units } = loadCorpus();
for (const w of process.argv.slice(2)) {
  const hits = units.filter((u) => u.zh.includes(w));
  console.log(`\n=== ${w}: ${hits.length}`);
  for (const u of hits) {
    const i = u.zh.indexOf(w);
    console.log(`  ${u.id} | …${u.zh.slice(Math.max(0, i - 15), i + w.length + 15)}… \n     EN: ${u.en.slice(0, 400)}`);
  }
}
