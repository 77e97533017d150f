import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ReplicaProcess {
  /** The origin it listens on. */
  readonly url: string;
  readonly child: ChildProcess;
  /** SIGTERM, then waits for the process to end. */
  stop(): Promise<void>;
}

/**
 * A real `gongkai-department serve --database …` process (the CLI from source, through tsx),
 * resolved once it prints where it listens.
 */
export function startReplica(database: string, config: string, env: Record<string, string>): Promise<ReplicaProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(packageRoot, 'src/cli/main.ts'), 'serve', '--database', database, '--config', config, '--port', '0'],
    { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /departments on (http:\/\/\S+)/.exec(output);
      if (match)
        resolve({
          url: match[1]!,
          child,
          async stop() {
            child.kill('SIGTERM');
            await exited;
          },
        });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the replica exited with ${code}:\n${output}`)));
  });
}
