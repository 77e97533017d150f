import type { Server, ServerResponse } from 'node:http';

/**
 * The answers a server is still writing, so a shutdown can let them finish (up to a grace period)
 * instead of cutting them off.
 */
export class InFlight {
  private readonly responses = new Set<ServerResponse>();

  track(server: Server): void {
    server.on('request', (_req, res: ServerResponse) => {
      this.responses.add(res);
      res.on('close', () => this.responses.delete(res));
    });
  }

  /** Stops accepting, waits for the answers in flight until `graceMs` has passed, then closes every connection. */
  async close(server: Server, graceMs: number): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const deadline = Date.now() + graceMs;
    while (this.responses.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    server.closeAllConnections();
    await closed;
  }
}
