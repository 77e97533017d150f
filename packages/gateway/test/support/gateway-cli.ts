/**
 * The `gongkai-gateway` command as a child process, run from the sources (tsx) the way a user runs
 * the binary: its exit status, its stderr and its pino log lines on stdout, each readable while it
 * runs. Sibling packages resolve to their builds (`npm test` builds first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
const recordImports = fileURLToPath(new URL('./record-imports.mjs', import.meta.url));

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface GatewayCli {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** The pino lines logged so far. */
  logs(): LogLine[];
  /** Resolves with the first log line that `match` accepts, as soon as it is written. */
  waitForLog(match: (line: LogLine) => boolean): Promise<LogLine>;
  /** Resolves with the gateway's base URL once it says it is serving. */
  serving(): Promise<string>;
  /** The exit status. */
  exited(): Promise<number | null>;
  /** SIGTERM (the gateway drains and exits), then the exit status. */
  stop(): Promise<number | null>;
}

function parsedLines(text: string): LogLine[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/**
 * Runs `gongkai-gateway ARGS…`. With `importLog`, every import of `@gongkai/conformance` the
 * process makes is appended to that file (see record-imports.mjs).
 */
export function runGatewayCli(args: readonly string[], options: { env?: Record<string, string>; importLog?: string } = {}): GatewayCli {
  const imports = options.importLog ? ['--import', recordImports] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', ...imports, 'src/cli.ts', ...args], {
    cwd: packageRoot,
    env: {
      ...process.env,
      GONGKAI_CURSOR_SECRET: 'test-secret-of-sufficient-length',
      ...(options.importLog ? { GONGKAI_TEST_IMPORT_LOG: options.importLog } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const changed = new Set<() => void>();
  const notify = () => changed.forEach((listener) => listener());
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    notify();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    notify();
  });
  /** Waits until `find` finds something in the output so far; rejects if the process exits first. */
  const until = <T>(what: string, find: () => T | undefined): Promise<T> =>
    new Promise((resolve, reject) => {
      const look = () => {
        const found = find();
        if (found === undefined) return false;
        changed.delete(look);
        resolve(found);
        return true;
      };
      if (look()) return;
      changed.add(look);
      void exit.then((code) => {
        if (!look()) reject(new Error(`gongkai-gateway exited with ${code} before ${what}:\n${stderr}\n${stdout}`));
      });
    });
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    logs: () => parsedLines(stdout),
    waitForLog: (match) => until('the log line awaited', () => parsedLines(stdout).find(match)),
    serving: () =>
      until('serving', () => {
        const port = / on http:\/\/[^:]+:(\d+)\/v1 /.exec(stderr)?.[1];
        return port ? `http://127.0.0.1:${port}` : undefined;
      }),
    exited: () => exit,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exit;
    },
  };
}
