/**
 * Last line of defence over anything we print: masks the password of URLs and the value of
 * `password=…` / `pwd=…` / `secret=…` pairs (driver connection strings, query options).
 *
 * A URL's user:password part runs to the LAST `@` of the URL (as our parser reads it), so a password
 * holding an unencoded `@` is masked whole. Prose such as `connections.erp.password: cannot read …`
 * is not a key=value pair and is left alone: only `=` (or a quoted JSON key) marks a value.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s"'<>@:/]*):([^\s"'<>]*)@/gi;
const KEY_VALUE = /(?<![A-Za-z0-9_])((?:password|pwd|secret)\s*=\s*)("[^"]*"|'[^']*'|[^\s,;&)]+)/gi;
const JSON_KEY = /("(?:password|pwd|secret)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
/** Placeholders in our own hints (`USER:PASSWORD@HOST`) and already-masked text stay readable. */
const PLACEHOLDERS = new Set(['PASSWORD', '***']);

export function redactSecrets(text: string): string {
  return text
    .replace(URL_USERINFO, (whole, scheme: string, user: string, password: string) => (PLACEHOLDERS.has(password) ? whole : `${scheme}${user}:***@`))
    .replace(KEY_VALUE, '$1***')
    .replace(JSON_KEY, '$1"***"');
}
