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
    let promise: Promise<T>;
    try {
      promise = load();
    } catch (error) {
      promise = Promise.reject(error);
    }
    // Registered before any reaction to `load` can run, since reactions run as microtasks. The
    // entry is forgotten on a branch of its own, registered before any caller's: it is gone by the
    // time a caller goes on. (`finally` would put two more promises in every caller's way, a few
    // per cent of an uncached passthrough's CPU, docs/performance.md.)
    this.inFlight.set(key, promise);
    const forget = (): void => {
      if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
    };
    promise.then(forget, forget);
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
