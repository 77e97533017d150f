/**
 * Request coalescing ("single flight"): while a load for a key is running, callers asking for
 * the same key wait for that load instead of starting their own. When a popular list expires,
 * one request goes to the departments, not one per waiting client.
 *
 * In-process only: replicas each coalesce their own callers, which bounds the thundering herd
 * at one load per key per replica.
 */
export class Coalescer<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  /** Starts `load` unless one is already running for `key`; every caller gets the same outcome. */
  run(key: string, load: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(key);
    if (running) return running;
    // Deferred by a microtask so that the entry is registered before `load` can settle, even if
    // it throws synchronously.
    const promise = Promise.resolve()
      .then(load)
      .finally(() => {
        if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
      });
    this.inFlight.set(key, promise);
    return promise;
  }

  isRunning(key: string): boolean {
    return this.inFlight.has(key);
  }

  /** Settles once every load running now has settled, whatever their outcome. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.inFlight.values()]);
  }
}
