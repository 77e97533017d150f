/** Where a command writes and what it reads from its environment; `process` in the binary, buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (progress lines are rewritten in place there). */
  readonly interactive?: boolean;
}

/** A failure to report in one line and exit with: 2 for a wrong command line, 1 for anything else. */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}
