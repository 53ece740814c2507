/**
 * Fills `{name}` placeholders in a UI message that crossed to a client component as a raw string
 * (so the browser needs no message catalog).
 */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
