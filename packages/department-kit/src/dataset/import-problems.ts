import type { FieldError } from '@gongkai/spec';
import { RuleViolation, StateConflict } from '../domain-errors';

/** One reason an import is refused: which record (`items[3]`, `row 7`), which field, and why. */
export interface ImportProblem {
  readonly record: string;
  readonly field?: string;
  readonly reason: string;
}

/** How many records an import created, revised and left alone, and how many it refused. */
export interface ImportOutcome {
  readonly created: number;
  readonly revised: number;
  readonly unchanged: number;
  readonly refused: number;
}

/**
 * An import refused before anything was written; every problem found is listed. `outcome` says
 * what the records without problems would have become.
 */
export class ImportRejected extends Error {
  override readonly name = 'ImportRejected';

  constructor(
    readonly source: string,
    readonly problems: readonly ImportProblem[],
    readonly outcome?: ImportOutcome,
  ) {
    super(`${source}: ${problems.length} problem(s); nothing was imported`);
  }
}

/** `/decision/reasons` → `decision.reasons`. */
export function fieldOf(pointer: string): string | undefined {
  const path = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
  return path === '' ? undefined : path;
}

export function problemsOf(record: string, errors: readonly FieldError[], prefix = ''): ImportProblem[] {
  return errors.map((error) => {
    const field = fieldOf(error.pointer);
    const joined = [prefix, field].filter(Boolean).join('.');
    return { record, ...(joined ? { field: joined } : {}), reason: error.message };
  });
}

/**
 * Runs one record's preparation, turning the domain's refusals into problems against the record
 * (`prefix` is where the input sits inside it, e.g. `events[2]`).
 */
export function attempt<T>(record: string, prefix: string, problems: ImportProblem[], work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    if (error instanceof RuleViolation) problems.push(...problemsOf(record, error.errors, prefix));
    else if (error instanceof StateConflict) problems.push({ record, ...(prefix ? { field: prefix } : {}), reason: error.message });
    else throw error;
    return undefined;
  }
}

/** `items[3], field item.documentNumber: must match …` */
export function describeProblem(problem: ImportProblem): string {
  return `${problem.record}${problem.field ? `, field ${problem.field}` : ''}: ${problem.reason}`;
}

/**
 * The problems grouped by record, in the order found: a line naming the record, then one
 * indented line per field.
 *
 *     row 2 (line 3):
 *       发布日期 (publishedAt): "2026/2/30" is not a real date and time; write it as …
 */
export function describeProblemsByRecord(problems: readonly ImportProblem[], max = Infinity): string[] {
  const groups = new Map<string, ImportProblem[]>();
  for (const problem of problems) groups.set(problem.record, [...(groups.get(problem.record) ?? []), problem]);
  const lines: string[] = [];
  let shown = 0;
  for (const [record, group] of groups) {
    if (shown >= max) break;
    lines.push(`${record}:`);
    for (const problem of group.slice(0, Math.max(0, max - shown))) {
      lines.push(`  ${problem.field ? `${problem.field}: ` : ''}${problem.reason}`);
      shown += 1;
    }
  }
  if (problems.length > shown) lines.push(`… and ${problems.length - shown} more problem(s)`);
  return lines;
}
