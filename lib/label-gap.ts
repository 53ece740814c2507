/**
 * The space between a run-in label and what follows it: none after a full-width colon or other
 * full-width punctuation, which carries its own space (文中作：机制解释性), one after a Latin colon
 * (In the article: …).
 */
export const labelGap = (label: string): string => (/[：，；。！？）]$/.test(label) ? '' : ' ');
