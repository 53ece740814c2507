import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problems';

/** A parsed YAML file that can say on which line any of its nodes starts. */
export interface YamlFile {
  path: string;
  doc: Document;
  lineOf(nodePath: (string | number)[]): number | undefined;
}

/** Parses one YAML file. A syntax error is reported, with its line, as the file's only problem. */
export function parseYaml(path: string, text: string, problems: Problem[]): YamlFile | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // The parser's later errors are echoes of the first one: report where the file first breaks.
    const [error] = doc.errors;
    problems.push({
      rule: 'syntax',
      severity: 'error',
      file: path,
      line: error.linePos?.[0].line,
      message: `YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    });
    return undefined;
  }
  return {
    path,
    doc,
    lineOf(nodePath) {
      // The deepest node on the path that exists: a missing key is reported where its parent is.
      for (let depth = nodePath.length; depth >= 0; depth--) {
        const node = nodePath.length === 0 || depth === 0 ? doc.contents : doc.getIn(nodePath.slice(0, depth), true);
        const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
        if (range) return lineCounter.linePos(range[0]).line;
      }
      return undefined;
    },
  };
}

/**
 * Validates a value against a schema; each zod issue becomes a problem naming the field, with the
 * line of the field (or of the nearest enclosing node when the field is missing).
 */
export function validate<T>(
  schema: z.ZodType<T>,
  value: unknown,
  file: YamlFile,
  problems: Problem[],
  context: { basePath?: (string | number)[]; unit?: string; entry?: string } = {},
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const base = context.basePath ?? [];
  for (const issue of result.error.issues) {
    const fieldPath = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    problems.push({
      rule: 'schema',
      severity: 'error',
      file: file.path,
      line: file.lineOf([...base, ...fieldPath]),
      unit: context.unit,
      entry: context.entry,
      message: `${fieldPath.length ? fieldPath.join('.') + ': ' : ''}${issue.message}`,
    });
  }
  return undefined;
}
