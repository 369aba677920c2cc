/**
 * YAML syntax errors located at their real `line:column`. The `yaml` package fills `linePos` only
 * with `prettyErrors` (which also appends a code frame to the message); every error has `pos`, a
 * character offset, which a LineCounter turns into line and column.
 */
import type { LineCounter, YAMLError } from 'yaml';

export interface YamlSyntaxProblem {
  readonly line: number;
  readonly col: number;
  /** The parser's message without position suffix or code frame. */
  readonly message: string;
}

export function yamlSyntaxProblems(errors: readonly YAMLError[], counter: LineCounter): YamlSyntaxProblem[] {
  return errors.map((error) => {
    const at = error.linePos?.[0] ?? counter.linePos(error.pos[0]);
    const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { line: at.line, col: at.col, message };
  });
}

/** `file:line:col: not valid YAML: message`. */
export function formatYamlSyntaxProblem(file: string, problem: YamlSyntaxProblem): string {
  return `${file}:${problem.line}:${problem.col}: not valid YAML: ${problem.message}`;
}
