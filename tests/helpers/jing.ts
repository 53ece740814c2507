import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { requireTool, tempFile } from './tools';

/** The official TBX-Basic schemas, vendored verbatim (tests/tools/tbx/README.md says from where). */
export const TBX_SCHEMAS = {
  rng: path.join(__dirname, '..', 'tools', 'tbx', 'TBXcoreStructV03.rng'),
  schematron: path.join(__dirname, '..', 'tools', 'tbx', 'TBX-Basic_DCA.sch'),
} as const;

export interface Validation {
  valid: boolean;
  /** Jing's messages, one a line (its wrapper's warnings about optional jars left out). */
  errors: string[];
}

/**
 * Validates an XML document with Jing (Debian's `jing`): RELAX NG for a .rng schema, ISO Schematron
 * (xslt2 query binding, run by Saxon-HE) for a .sch one. Valid means exit status 0 and no message.
 */
export function jing(schema: string, xml: string, name = 'file.xml'): Validation {
  requireTool('jing', []);
  const result = spawnSync('jing', [schema, tempFile(name, xml)], { encoding: 'utf8' });
  if (result.error) throw result.error;
  const errors = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('[warning]'));
  return { valid: result.status === 0 && errors.length === 0, errors };
}
