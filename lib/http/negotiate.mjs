// Content negotiation and conditional requests, as RFC 9110 defines them, for the files compressed
// at build time (lib/http/precompressed.mjs). Plain JavaScript so that server.mjs runs it without a
// build step; the types are in negotiate.d.mts.

/** The codings we can send, best first: when the client likes two equally, the smaller wins. */
const ENCODINGS = ['br', 'gzip', 'identity'];

const Q_VALUE = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;

/**
 * The client's weight for each coding it names (lower-cased; `x-gzip` counts as `gzip`).
 * An entry whose q-value is malformed is dropped rather than guessed at.
 * @param {string} header
 * @returns {Map<string, number>}
 */
export function parseAcceptEncoding(header) {
  const weights = new Map();
  for (const entry of header.split(',')) {
    const [name, ...params] = entry.split(';').map((part) => part.trim());
    if (!name) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      if (!/^q=/i.test(param)) continue;
      const match = Q_VALUE.exec(param);
      if (match) q = Number(match[1]);
      else valid = false;
    }
    if (!valid) continue;
    const coding = name.toLowerCase() === 'x-gzip' ? 'gzip' : name.toLowerCase();
    // A coding named twice keeps its first weight.
    if (!weights.has(coding)) weights.set(coding, q);
  }
  return weights;
}

/**
 * The client's weight for one coding: its own entry, else `*`'s (which stands for every coding not
 * named, identity included). Identity named by neither stays acceptable, at a weight below any
 * coding the client names, so that `Accept-Encoding: gzip` gets gzip.
 * @param {Map<string, number>} weights
 * @param {string} coding
 */
function weightOf(weights, coding) {
  const own = weights.get(coding);
  if (own !== undefined) return own;
  const star = weights.get('*');
  if (star !== undefined) return star;
  return coding === 'identity' ? 0.0001 : 0;
}

/**
 * The coding to send, of those `available`, for a request's Accept-Encoding: the highest weight,
 * ties going to the order of ENCODINGS. No header means the client did not ask, and gets identity
 * (as curl without --compressed expects). When the client refuses everything available, it gets
 * identity anyway (RFC 9110 §12.5.3 allows that, and a page beats a 406).
 * @param {string | undefined} header
 * @param {readonly string[]} available
 * @returns {string}
 */
export function chooseEncoding(header, available) {
  if (header === undefined) return 'identity';
  const weights = parseAcceptEncoding(header);
  let best = 'identity';
  let bestWeight = 0;
  for (const coding of ENCODINGS) {
    if (!available.includes(coding) && coding !== 'identity') continue;
    const weight = weightOf(weights, coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * The entity tags of an If-None-Match header, `W/` prefixes kept; `'*'` for any. Commas inside a
 * quoted tag are part of it. Text that is not a list of tags ends the list.
 * @param {string} header
 * @returns {'*' | string[]}
 */
export function parseEntityTags(header) {
  if (header.trim() === '*') return '*';
  const tags = [];
  // Empty list elements (`"a", , "b"`) are allowed and skipped.
  const pattern = /(?:\s*,)*\s*((?:W\/)?"[^"]*")\s*(?:,|$)/gy;
  for (let match = pattern.exec(header); match; match = pattern.exec(header)) tags.push(match[1]);
  return tags;
}

/** A tag without its weakness prefix: weak comparison compares only this. */
const opaque = (/** @type {string} */ tag) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/**
 * Whether a GET or HEAD with this If-None-Match gets `304 Not Modified` for a representation with
 * this ETag: `*`, or any listed tag equal to it by weak comparison (RFC 9110 §13.1.2).
 * @param {string | undefined} ifNoneMatch
 * @param {string} etag
 */
export function isNotModified(ifNoneMatch, etag) {
  if (ifNoneMatch === undefined) return false;
  const tags = parseEntityTags(ifNoneMatch);
  return tags === '*' || tags.some((tag) => opaque(tag) === opaque(etag));
}

/**
 * A Vary header value with `field` added once (case-insensitively); `*` already varies on everything.
 * @param {string | number | string[] | undefined} current
 * @param {string} field
 */
export function addVary(current, field) {
  const fields = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (fields.includes('*') || fields.some((name) => name.toLowerCase() === field.toLowerCase()))
    return fields.join(', ');
  return [...fields, field].join(', ');
}
