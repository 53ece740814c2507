// citation-js ships no types; the tests use only its Cite class and its CSL data.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-ris';
