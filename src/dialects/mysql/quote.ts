/** MySQL identifier rules: names are kept as written (case sensitivity is the server's lower_case_table_names). */
export function foldMysqlIdentifier(name: string, _quoted: boolean): string {
  return name;
}

export function quoteMysqlIdentifier(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}
