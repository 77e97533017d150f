import type { CliIo } from './run-cli';

/**
 * The command line's io on this process: its stdout and stderr, its environment, whether stderr
 * is a terminal (for the progress line) and stdout one that takes colours (unless `NO_COLOR`).
 * `command` is the name it speaks as (`gongkai-gateway check-department` runs the same CLI).
 */
export function processIo(command?: string): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    interactive: process.stderr.isTTY === true,
    color: process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined,
    ...(command ? { command } : {}),
  };
}
