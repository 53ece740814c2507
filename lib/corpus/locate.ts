import type { YamlFile } from './yaml';

/** Where a unit lives: its file, the line of its entry, and the lines of its texts. */
export interface UnitPlace {
  file: YamlFile;
  /** Index of the unit in the file's `units` list. */
  index: number;
}

/** Finds the line of a unit, or of a character inside one of its texts. */
export class UnitLocator {
  private readonly places = new Map<string, UnitPlace>();

  add(id: string, place: UnitPlace) {
    this.places.set(id, place);
  }

  fileOf(id: string): string | undefined {
    return this.places.get(id)?.file.path;
  }

  lineOf(id: string): number | undefined {
    const place = this.places.get(id);
    return place?.file.lineOf(['units', place.index]);
  }

  /**
   * The line of a character of a unit's `zh`, `en` or other text field. A block scalar (`|-`) starts
   * on the line after its indicator, one source line per line of text; other scalars are one line.
   */
  lineOfChar(id: string, field: string, charIndex: number, text: string): number | undefined {
    const place = this.places.get(id);
    if (!place) return undefined;
    const path = ['units', place.index, field];
    const line = place.file.lineOf(path);
    const node = place.file.doc.getIn(path, true) as { type?: string } | undefined;
    if (line === undefined) return undefined;
    if (node?.type !== 'BLOCK_LITERAL') return line;
    const before = [...text].slice(0, charIndex).join('');
    return line + 1 + (before.match(/\n/g)?.length ?? 0);
  }
}
