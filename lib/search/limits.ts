// The limits of one search, shared by the engine that applies them and the page that says so. The
// search page's address and its URL parameters are lib/routes.ts searchPath, QUERY_PARAM and
// PAGE_PARAM.

/** A query is cut to this many characters (code points); the page says so when it cuts. */
export const MAX_QUERY_CHARS = 100;
/** Sentence groups per results page. */
export const PAGE_SIZE = 20;
/** At most this many sentence groups are listed for one query; the page says when there are more. */
export const MAX_RESULTS = 400;
/** At most this many glossary entries are listed above the sentences. */
export const MAX_TERM_HITS = 8;
