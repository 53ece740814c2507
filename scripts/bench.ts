// `npm run bench`: every benchmark in one command, from a fresh clone (after `npm ci`). Builds the
// app, starts the production server on BENCH_PORT (default 3900), measures page weight and bytes on
// the wire, the JavaScript each page loads (Chromium), Lighthouse, the load run, the first
// interactions on an emulated phone, and term and search timings, prints one table with every figure
// next to its budget, and writes the figures as JSON to bench/results/. Budgets are reported, never
// asserted: the exit code says only whether the benchmarks ran.
// Options: --reuse-build (skip `npm run build` when .next has a build), LOAD_SECONDS (default 10),
// INTERACTION_RUNS (default 5), LIGHTHOUSE_RUNS (runs of the reader and unit pages, default 3).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { interactionRows, measureInteractions } from './bench/interaction';
import { measureScripts, scriptRows } from './bench/javascript';
import { lighthouseRows, runLighthouse } from './bench/lighthouse';
import { loadRows, runLoad } from './bench/load';
import { formatTable, summary, type Row } from './bench/report';
import { measureSearch, searchRows } from './bench/search';
import { measureTerms, termRows } from './bench/terms';
import { measureWeights, weightRows } from './bench/weight';
import { absoluteUrl, readerPath } from '../lib/routes';

const port = Number(process.env.BENCH_PORT ?? 3900);
const base = `http://localhost:${port}`;
const loadSeconds = Number(process.env.LOAD_SECONDS ?? 10);
const interactionRuns = Number(process.env.INTERACTION_RUNS ?? 5);
const reuse = process.argv.includes('--reuse-build') && existsSync('.next/BUILD_ID');

function step(title: string) {
  console.log(`\n=== ${title} (${new Date().toISOString().slice(11, 19)})`);
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['server.mjs'], {
    env: { ...process.env, PORT: String(port), SITE_URL: base, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(absoluteUrl(base, readerPath('zh')))).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error(`the production server did not answer on ${base}`);
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

async function main() {
  // The commit measured: taken before the build, as HEAD may move while the benchmarks run.
  const measured = commit();
  if (!reuse) {
    step('npm run build');
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_URL: base } });
  }
  step(`production server on ${base}`);
  const server = await startServer();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(
    await (await fetch(absoluteUrl(base, readerPath('en')))).text(),
  )?.[1];
  if (canonical && !canonical.startsWith(base)) {
    console.warn(
      `warning: this build was made for ${new URL(canonical).origin}, not ${base}; Lighthouse will fault its canonical links. Build without --reuse-build.`,
    );
  }
  const sections: Record<string, Row[]> = {};
  const raw: Record<string, unknown> = {};
  try {
    step('page weight');
    const weights = await measureWeights(base);
    raw.weight = weights;
    sections.weight = weightRows(weights);
    console.log(formatTable(sections.weight));

    step('JavaScript in Chromium (Pixel 7): at load, after 3 s idle, after the first interaction');
    const scripts = await measureScripts(base);
    raw.javascript = scripts;
    sections.javascript = scriptRows(scripts);
    console.log(formatTable(sections.javascript));

    step('Lighthouse 12, mobile (about half a minute per run; reader and unit pages LIGHTHOUSE_RUNS times)');
    const lighthouse = await runLighthouse(base);
    raw.lighthouse = lighthouse;
    sections.lighthouse = lighthouseRows(lighthouse);
    console.log(formatTable(sections.lighthouse));

    step(`load run: autocannon, 50 connections, ${loadSeconds} s per page`);
    const load = await runLoad(base, 50, loadSeconds);
    raw.load = load;
    sections.load = loadRows(load);
    console.log(formatTable(sections.load));

    step(`first interactions on an emulated phone, ${interactionRuns} runs each (about 15 s per run)`);
    const interactions = await measureInteractions(base, interactionRuns, (line) => console.log(line));
    raw.interaction = interactions;
    sections.interaction = interactionRows(interactions);
    console.log(formatTable(sections.interaction));
  } finally {
    if (server.pid) process.kill(-server.pid);
  }

  step('term marking and glossary search at 1×, 10×, 100× the corpus (server stopped)');
  const terms = measureTerms();
  raw.terms = terms;
  sections.terms = termRows(terms);
  console.log(formatTable(sections.terms));

  step('full-text search: index build and queries at 1×, 10×, 100× the corpus (server stopped)');
  const search = measureSearch();
  raw.search = search;
  sections.search = searchRows(search);
  console.log(formatTable(sections.search));

  sections.words = (await import('./bench/words')).wordRows();
  const rows = Object.values(sections).flat();
  step('all figures');
  console.log(formatTable(rows));
  console.log(`\n${summary(rows)}`);

  const when = new Date().toISOString();
  const result = {
    date: when,
    commit: measured,
    node: process.version,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    loadavg: os.loadavg(),
    rows,
    raw,
  };
  const dir = path.join('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${when.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(result, null, 2));
  console.log(`\nFigures written to ${file} and ${path.join(dir, 'latest.json')}.`);
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
