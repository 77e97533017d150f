/**
 * A real department (`gongkai-department serve --sample ID`, the kit's CLI from source through tsx)
 * in its own process, on a port of its own that it keeps across restarts: a fault test kills it
 * (SIGKILL, as a crash or an OOM kill does) and starts it again where the gateway expects it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const kitRoot = fileURLToPath(new URL('../../../../department-kit', import.meta.url));

export class DepartmentProcess {
  private child: ChildProcess | undefined;
  private written = '';

  /** 0 until the first start, when the process picks its port; restarts listen on that port again. */
  private listensOn = 0;

  private constructor(
    readonly sample: string,
    private readonly env: Record<string, string>,
  ) {}

  get port(): number {
    return this.listensOn;
  }

  /** Everything the process wrote to stdout and stderr, over all its runs. */
  output(): string {
    return this.written;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(sample: string, env: Record<string, string> = {}): Promise<DepartmentProcess> {
    // The process chooses its own port (0): one probed free and then released could be taken by
    // another test's server before the department binds it.
    const department = new DepartmentProcess(sample, env);
    await department.restart();
    return department;
  }

  /** Starts the process (again) and resolves once it says where it listens. */
  async restart(): Promise<void> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--sample', this.sample, '--port', String(this.port), '--host', '127.0.0.1'],
      { cwd: kitRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GONGKAI_ADMIN_TOKENS: '', ...this.env } },
    );
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const look = (chunk: Buffer) => {
        output += chunk.toString();
        this.written += chunk.toString();
        const listening = / on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (!listening) return;
        this.listensOn = Number(listening[1]);
        resolve();
      };
      child.stdout!.on('data', look);
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        this.written += chunk.toString();
      });
      child.once('exit', (code) => reject(new Error(`the department ${this.sample} exited with ${code}:\n${output}`)));
    });
  }

  /** SIGKILL: no draining, connections reset, as when the process crashes. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}
