// Whether one English form is an inflection of another: the same words but one, which adds a
// regular ending (plural, third person, past, -ing). Derivations (refusal, refuse) are not caught;
// the glossary marks those match-only by hand.

/** The regular inflections of one word. */
function inflectionsOf(word: string): string[] {
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  const forms = [`${word}s`, `${word}es`, `${word}d`, `${word}ed`, `${word}ing`, `${stem}ing`, `${stem}ed`];
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  return forms;
}

/** True when `form` is `base` with one word regularly inflected ("neural networks" of "neural network"). */
export function inflectionOf(form: string, base: string): boolean {
  const f = form.toLowerCase().split(/\s+/);
  const b = base.toLowerCase().split(/\s+/);
  if (f.length !== b.length) return false;
  const differing = f.map((word, i) => i).filter((i) => f[i] !== b[i]);
  return differing.length === 1 && inflectionsOf(b[differing[0]]).includes(f[differing[0]]);
}
