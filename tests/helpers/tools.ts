import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The system tools the export tests read files back with, and how to install them. */
const INSTALL = 'run npm run setup (see README, “Test it”)';

/** Fails with a clear message when a system tool is missing: scripts/setup-system.sh installs them. */
export function requireTool(command: string, args: string[] = ['--version']): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error)
    throw new Error(`${command} is not installed; the export tests read files back with it. Install: ${INSTALL}`);
}

export function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'exports-'));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Debian's Python, which has translate-toolkit (a pyenv python on PATH may not). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export function run(command: string, args: string[], cwd?: string): string {
  return execFileSync(command, args, {
    encoding: 'utf8',
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
