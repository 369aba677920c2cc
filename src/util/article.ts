/**
 * "a" or "an" before a word that is only known at run time (a dialect or target name): "an Oracle
 * script", "a MySQL script", "an aurora-postgresql type". Spelling rule, good enough for our names:
 * a, e, i, o start a vowel sound; u does not ("a uuid"), nor do the letters of "SQL Server" or "MySQL".
 */
export function withArticle(word: string): string {
  return `${/^[aeio]/i.test(word) ? 'an' : 'a'} ${word}`;
}
