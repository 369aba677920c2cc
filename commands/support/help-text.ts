/**
 * What `--help` adds to commander's own text: "(required)" after every mandatory option, and an
 * Examples section per command (kept here, beside each other, so they stay consistent).
 */
import { Help, type Command, type Option } from 'commander';

const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'erp-migrate': [
    'erp-migrate demo                                              # the whole job on an embedded PostgreSQL',
    'erp-migrate assess --source postgres://erp@db:5432/erp --out assessment/',
    'erp-migrate plan --inventory assessment/ --mapping mapping.yaml --out plan/',
  ],
  assess: [
    'erp-migrate assess --source oracle://system:${ORA_PW}@ebs-db:1521/EBSPROD --schema GL,AP --out assessment/',
    'erp-migrate assess --source erp-prod --include "GL.*" --out assessment/     # a connection named in erp-migrate.yaml',
    'erp-migrate assess --ddl export/ --dialect mssql --stats table-stats.csv --out assessment/',
    '',
    'A password with @ / : ? # or % is written percent-encoded in a URL (@ → %40, / → %2F, : → %3A),',
    'or kept out of the URL in erp-migrate.yaml (password: ${ENV_VAR} or secretsmanager:<secret-id>).',
  ],
  plan: [
    'erp-migrate plan --inventory assessment/ --mapping mapping.yaml --target postgres --out plan/',
    'erp-migrate plan --inventory assessment/ --mapping mapping.yaml --check     # validate only, write nothing',
    'erp-migrate plan --inventory assessment/inventory.json --waves by-module --out plan/',
  ],
  demo: [
    'erp-migrate demo',
    'erp-migrate demo --scale 0.1 --out /tmp/erp-demo/',
  ],
};

function examplesText(name: string): string | null {
  const lines = EXAMPLES[name];
  return lines === undefined ? null : `\nExamples:\n${lines.map((line) => (line === '' ? '' : `  ${line}`)).join('\n')}\n`;
}

/** Marks mandatory options "(required)" on the program and every command, and adds the examples. */
export function decorateHelp(program: Command): void {
  for (const command of [program, ...program.commands]) {
    command.configureHelp({
      optionDescription(this: Help, option: Option): string {
        const base = Help.prototype.optionDescription.call(this, option);
        return option.mandatory ? `${base} (required)` : base;
      },
    });
    const examples = examplesText(command.name());
    if (examples !== null) command.addHelpText('after', examples);
  }
}
