/** Last line of defence: masks URL passwords and password=… pairs in anything we print. */
export function redactSecrets(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@/\s]*@/gi, '$1:***@')
    .replace(/((?:password|pwd|secret)\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;&]+)/gi, '$1***');
}
