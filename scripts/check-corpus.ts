// Checks the corpus as the build does (it runs before every build): structure, source text, IDs,
// revisions, glossary and translation QA. Prints each problem with file, line, rule and unit or entry;
// exits non-zero on any error. Warnings are printed and do not fail. `--rules a,b` limits the report
// to some rules (npm run check:glossary uses it).
import { formatProblem } from '../lib/corpus/problems';
import { checkProject } from '../lib/project/load';

const flag = process.argv.indexOf('--rules');
const only = flag >= 0 ? new Set(process.argv[flag + 1]?.split(',')) : undefined;

const { corpus, index, problems } = checkProject();
const shown = only ? problems.filter((p) => only.has(p.rule)) : problems;
const errors = shown.filter((p) => p.severity === 'error');
const warnings = shown.filter((p) => p.severity === 'warning');

for (const problem of shown) (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
const counted = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
if (errors.length > 0) {
  console.error(`\ncorpus check failed: ${counted}`);
  process.exit(1);
}
const size = corpus ? `${corpus.units.length} units in ${corpus.sections.length} sections` : 'corpus';
const terms = index ? `, ${index.glossary.entries.length} glossary entries` : '';
console.log(`corpus OK${only ? ` (${[...only].join(', ')})` : ''}: ${size}${terms}; ${counted}`);
