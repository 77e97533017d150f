import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A loopback port nothing listens on (the OS picks it; we release it at once). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** redis-server's log line once it listens: its own, unlike a probe, which another server on the port would answer. */
const READY = 'Ready to accept connections';
/** Its log line when the port was taken between `freePort` and its bind. */
const PORT_TAKEN = 'Address already in use';
const START_ATTEMPTS = 5;

/** The port was taken by another process before redis-server could bind it. */
export class PortTakenError extends Error {
  override readonly name = 'PortTakenError';

  constructor(readonly port: number) {
    super(`port ${port} was taken before redis-server could listen on it`);
  }
}

/**
 * A real redis-server of the test's own, on its own port, so a test can stop it mid-way without
 * disturbing the shared Redis on 6379.
 */
export class RedisProcess {
  private child: ChildProcess | undefined;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /**
   * redis-server cannot be told to choose its own port, so one is probed and released first; when
   * another process takes it in between, the server says so and exits, and a new port is tried.
   */
  static async start(): Promise<RedisProcess> {
    for (let attempt = 1; ; attempt++) {
      const redis = new RedisProcess(await freePort());
      try {
        await redis.restart();
        return redis;
      } catch (error) {
        if (!(error instanceof PortTakenError) || attempt === START_ATTEMPTS) throw error;
      }
    }
  }

  /** Starts the server on its port (again, after `stop`); settles once it accepts connections. */
  async restart(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    this.child = child;
    let log = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes(READY)) {
          // Read on (and drop) what it logs later, so that a full pipe never stalls the server.
          child.stdout!.removeAllListeners('data').resume();
          resolve();
        }
      });
      child.once('error', (error) => reject(new Error(`redis-server could not start (${error.message}); is it installed?`)));
      child.once('exit', (code) =>
        reject(
          log.includes(PORT_TAKEN)
            ? new PortTakenError(this.port)
            : new Error(`redis-server exited with ${code} before it was ready; its log:\n${log}`),
        ),
      );
    });
  }

  /**
   * Freezes the server (SIGSTOP): connections stay open and commands get no answer, as during a
   * failover or an overload — the case a connection error does not reveal. `thaw` resumes it.
   */
  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  thaw(): void {
    this.child?.kill('SIGCONT');
  }

  async stop(): Promise<void> {
    this.thaw();
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = undefined;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}
