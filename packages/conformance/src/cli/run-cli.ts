import { writeFile } from 'node:fs/promises';
import { specVersion } from '@gongkai/spec';
import packageJson from '../../package.json' with { type: 'json' };
import { formatJunitReport } from '../report/junit-report';
import { progressLine } from '../report/progress-line';
import { formatTextReport } from '../report/text-report';
import { runConformance, TargetUnreachable } from '../run/run-conformance';
import { help } from './help';
import { parseArguments, UsageError } from './parse-arguments';

/** Where the CLI writes and what it knows of its terminal; `process` in the binary, buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal: the progress line is drawn only there. */
  readonly interactive?: boolean;
  /** Whether stdout is a terminal that takes colours. */
  readonly color?: boolean;
  /** The command as the user typed it, for messages and help (default `gongkai-conformance`). */
  readonly command?: string;
}

/** Runs one command line and returns the exit status: 0 conforming, 1 violations, 2 unreachable or usage. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const name = io.command ?? 'gongkai-conformance';
  let command;
  try {
    command = parseArguments(argv, io.env, name);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${name}: ${error.message}\nRun "${name} --help" for usage.\n`);
    return 2;
  }
  if (command.kind === 'help') {
    io.stdout(help(name));
    return 0;
  }
  if (command.kind === 'version') {
    io.stdout(`gongkai-conformance ${packageJson.version} (${packageJson.name}; contract v${specVersion})\n`);
    return 0;
  }
  const progress = io.interactive && !command.json ? progressLine(io.stderr) : undefined;
  let report;
  try {
    report = await runConformance({ ...command.options, ...(progress ? { onProgress: (p) => progress.update(p) } : {}) });
  } catch (error) {
    progress?.end();
    if (!(error instanceof TargetUnreachable)) throw error;
    io.stderr(`${name}: ${error.message}\nIs the department running, and is ${error.url} the part of its address before /v1/?\n`);
    return 2;
  }
  progress?.end();
  io.stdout(
    command.json ? `${JSON.stringify(report, null, 2)}\n` : formatTextReport(report, { color: io.color ?? false, verbose: !command.quiet }),
  );
  if (command.junit) {
    try {
      await writeFile(command.junit, formatJunitReport(report));
    } catch (error) {
      io.stderr(`${name}: cannot write the JUnit report to ${command.junit}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  return report.conforming ? 0 : 1;
}
