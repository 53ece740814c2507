/**
 * The one way UI labels reach client code: a pick of message keys, the raw messages (placeholders
 * and plurals unformatted) for lib/format-message.ts to fill in the browser. `keys` is checked
 * against the messages' type (next-intl's AppConfig, i18n/app-config.d.ts), so a key the catalogue
 * lacks fails typecheck, and the island's labels type is the same `Pick`. Server components pass the
 * pick as a prop; the data files that plain-DOM controllers fetch (cite, words) carry one.
 */
export function pickMessages<T extends object, const K extends keyof T>(messages: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, messages[key]])) as Pick<T, K>;
}
