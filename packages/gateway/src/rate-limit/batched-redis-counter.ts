/**
 * A quota shared by gateway replicas through Redis, without a Redis round trip per request.
 *
 * Each replica counts what it allows locally and tells Redis in batches: one `INCRBY` of the
 * untold units (a Lua script, so that the window's expiry is set atomically with the first count),
 * which answers with the combined count and the window's remaining time. A request is decided
 * locally while the replica has told Redis of all but fewer than `batch` units, against the last
 * combined count Redis gave it plus its own untold units; the request that would reach `batch`
 * untold units carries them to Redis and is decided by the combined count Redis answers.
 *
 * The bound: what a replica cannot see are the other replicas' untold units and what they told
 * Redis since its own last report. A replica stops allowing locally as soon as a report shows the
 * quota used up, and before that it allows fewer than `batch` units per report, so at most one
 * batch of each replica falls beyond the quota: the combined count of allowed units in a window is
 * at most `points + replicas × (batch − 1)`. It is never below `points` while every replica keeps
 * receiving requests: a replica's view is never ahead of the true count, so none refuses early.
 * With `batch` 1 every request is counted in Redis before it is decided, exactly as before.
 *
 * The RateLimit fields stay truthful as far as this replica can know: remaining is the quota
 * minus the last combined count minus the units this replica has not told yet.
 */
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** `INCRBY` with the window's expiry set when the count starts; answers `[count, ms left]`. */
const REPORT_SCRIPT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  left = tonumber(ARGV[2])
end
return {count, left}
`;

const REPORT_COMMAND = 'gongkaiReportQuotaUse';

/** The script as ioredis defines it on the client (EVALSHA, falling back to EVAL once). */
type ReportCommand = (key: string, units: number, windowMs: number) => Promise<[number, number]>;

export interface BatchedQuota {
  readonly points: number;
  readonly durationSeconds: number;
  /** Units a replica may allow before telling Redis; 1 counts every request in Redis first. */
  readonly batch: number;
}

export interface QuotaUse {
  readonly allowed: boolean;
  readonly remaining: number;
  readonly msBeforeNext: number;
}

/** What one replica knows of one key's window. */
interface Window {
  /** The combined count Redis answered at the last report, this replica's told units included. */
  known: number;
  /** Units allowed here and not yet told to Redis. */
  untold: number;
  /** When the window ends, by this replica's clock, never later than Redis's own expiry. */
  endsAt: number;
  /** The report in flight: requests wait for it rather than decide on what it will change. */
  reporting?: Promise<unknown> | undefined;
}

/**
 * The default batch: a hundredth of the quota, at most 100, so that each replica can overshoot the
 * combined limit by at most about 1 %; quotas below 200 count every request in Redis.
 */
export function defaultBatch(points: number): number {
  return Math.max(1, Math.min(100, Math.floor(points / 100)));
}

export interface BatchedRedisCounterOptions {
  readonly redis: Redis;
  /** Prefixes the counter keys: `${keyPrefix}:${key}`. */
  readonly keyPrefix: string;
  readonly quota: BatchedQuota;
  /** How long a report may take before the call fails (and the caller answers from memory). */
  readonly timeoutMs: number;
  readonly now?: () => number;
}

export class BatchedRedisCounter {
  // Bounded: one entry per client address seen in the window. An entry pushed out early takes its
  // untold units to Redis with it.
  private readonly windows = new LRUCache<string, Window>({
    max: 50_000,
    dispose: (window, key, reason) => {
      if (reason === 'evict' && window.untold > 0 && window.endsAt > this.now()) void this.report(key, window).catch(() => undefined);
    },
  });
  private readonly now: () => number;
  private readonly reportCommand: ReportCommand;

  constructor(private readonly options: BatchedRedisCounterOptions) {
    this.now = options.now ?? Date.now;
    const commands = options.redis as unknown as Record<string, ReportCommand | undefined>;
    if (!commands[REPORT_COMMAND]) options.redis.defineCommand(REPORT_COMMAND, { numberOfKeys: 1, lua: REPORT_SCRIPT });
    this.reportCommand = commands[REPORT_COMMAND]!.bind(options.redis);
  }

  /** Counts `cost` units against `key`; rejects when Redis fails or is too slow (use the insurance). */
  async consume(key: string, cost: number): Promise<QuotaUse> {
    const { points, batch } = this.options.quota;
    for (;;) {
      let window = this.windows.get(key);
      const now = this.now();
      if (window?.reporting) {
        await window.reporting;
        continue;
      }
      if (!window || window.endsAt <= now) {
        window = { known: 0, untold: 0, endsAt: 0 };
        this.windows.set(key, window);
      }
      if (window.endsAt > now && window.known + window.untold + cost > points) {
        return { allowed: false, remaining: Math.max(0, points - window.known - window.untold), msBeforeNext: window.endsAt - now };
      }
      if (window.endsAt > now && window.untold + cost < batch) {
        window.untold += cost;
        return { allowed: true, remaining: points - window.known - window.untold, msBeforeNext: window.endsAt - now };
      }
      // This request takes the untold units to Redis, its own included, and is decided by the answer.
      window.untold += cost;
      const combined = await this.report(key, window);
      return { allowed: combined <= points, remaining: Math.max(0, points - combined), msBeforeNext: window.endsAt - this.now() };
    }
  }

  /** Tells Redis the window's untold units; resolves with the combined count. */
  private async report(key: string, window: Window): Promise<number> {
    const units = window.untold;
    const sentAt = this.now();
    const reported = withTimeout(
      this.reportCommand(`${this.options.keyPrefix}:${key}`, units, this.options.quota.durationSeconds * 1000),
      this.options.timeoutMs,
    );
    window.reporting = reported;
    try {
      const [count, left] = await reported;
      window.known = Number(count);
      window.untold -= units;
      // Measured from when the report was sent, so this replica's window never outlasts Redis's.
      window.endsAt = sentAt + Number(left);
      return window.known;
    } catch (error) {
      // Whether Redis counted the units is unknown: forget the window, the next request starts over.
      if (this.windows.get(key) === window) this.windows.delete(key);
      throw error;
    } finally {
      window.reporting = undefined;
    }
  }
}

// A Redis that accepts commands but does not answer (failover, overload) must cost a request a
// bounded wait, not a hang.
async function withTimeout<T>(operation: Promise<T>, timeoutMs: number): Promise<T> {
  operation.catch(() => undefined); // a late failure after the timeout is not unhandled
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([operation, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
