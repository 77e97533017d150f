/**
 * Traffic that keeps running while a fault test breaks something: a few loops each asking for the
 * given paths in turn, recording every status (or the network error) so the test can assert on
 * what clients saw during the fault, not only after it.
 */
export interface TrafficRecord {
  readonly path: string;
  readonly status: number | 'network-error';
  readonly error?: string;
}

export interface Traffic {
  readonly records: TrafficRecord[];
  /** Stops the loops and waits for the requests in flight. */
  stop(): Promise<TrafficRecord[]>;
}

export function startTraffic(base: string, paths: readonly string[], loops = 4, init: RequestInit = {}): Traffic {
  const records: TrafficRecord[] = [];
  let running = true;
  const loop = async (offset: number) => {
    for (let i = offset; running; i++) {
      const path = paths[i % paths.length]!;
      try {
        const response = await fetch(`${base}${path}`, init);
        await response.arrayBuffer();
        records.push({ path, status: response.status });
      } catch (error) {
        records.push({ path, status: 'network-error', error: String((error as Error).cause ?? error) });
      }
    }
  };
  const done = Promise.all(Array.from({ length: loops }, (_, i) => loop(i)));
  return {
    records,
    async stop() {
      running = false;
      await done;
      return records;
    },
  };
}

/** Polls `condition` until it holds; fails after a bound generous enough for a loaded 2-core machine. */
export async function waitFor<T>(
  what: string,
  condition: () => Promise<T | undefined | false> | T | undefined | false,
  boundMs = 40_000,
): Promise<T> {
  const deadline = Date.now() + boundMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
