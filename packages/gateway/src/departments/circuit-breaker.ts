/**
 * A circuit breaker per department. When a department keeps failing, the gateway stops waiting
 * on it (every list page would otherwise spend its timeout there) and answers from the others,
 * then lets one probe request through after a cool-down to see whether it is back.
 */

export type CircuitState = 'closed' | 'open' | 'halfOpen';

export interface CircuitSnapshot {
  readonly state: CircuitState;
  readonly consecutiveFailures: number;
  /** When the circuit last opened (by the injected clock), null while closed. */
  readonly openedAt: number | null;
  readonly lastError: string | null;
}

export interface CircuitStateChange {
  readonly department: string;
  readonly from: CircuitState;
  readonly to: CircuitState;
  readonly at: number;
}

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. Default 5. */
  readonly failureThreshold?: number;
  /** How long an open circuit fails fast before it lets a probe through. Default 30 s. */
  readonly openMs?: number;
  readonly now?: () => number;
  /** For metrics and logs; called synchronously on every transition, so it must not throw. */
  readonly onStateChange?: (change: CircuitStateChange) => void;
}

/** Thrown instead of calling a department whose circuit is open. Maps to 503. */
export class CircuitOpenError extends Error {
  override readonly name = 'CircuitOpenError';
  readonly status = 503;

  constructor(
    readonly department: string,
    /** How long until a probe may be tried; 0 while a probe is already in flight. */
    readonly retryAfterMs: number,
  ) {
    super(`Department ${department} is failing; the gateway stopped calling it for now.`);
  }
}

export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private consecutiveFailures = 0;
  private openedAt: number | null = null;
  private lastError: string | null = null;
  /** While half-open: whether the one probe call is in flight (the others fail fast meanwhile). */
  private probing = false;
  // Bumped on every transition so that calls started before it (a slow success that began
  // while closed) cannot close or reopen a circuit whose state they never saw.
  private generation = 0;
  private readonly failureThreshold: number;
  private readonly openMs: number;
  private readonly now: () => number;

  constructor(
    readonly department: string,
    private readonly options: CircuitBreakerOptions = {},
  ) {
    this.failureThreshold = options.failureThreshold ?? 5;
    this.openMs = options.openMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * The state now. An open circuit becomes half-open when its window ends, whether or not a call
   * comes: `/readyz` reads this, and a load balancer gating on it sends no traffic to a gateway
   * it believes unready, so waiting for a call to make the step would never recover.
   */
  get state(): CircuitState {
    this.endOpenWindow();
    return this.current;
  }

  snapshot(): CircuitSnapshot {
    this.endOpenWindow();
    return {
      state: this.current,
      consecutiveFailures: this.consecutiveFailures,
      openedAt: this.openedAt,
      lastError: this.lastError,
    };
  }

  /**
   * Runs `operation` unless the circuit is open; rejects with `CircuitOpenError` when it is. Every
   * rejection counts against the department: the department client only rejects for failures (no
   * answer, a 5xx), never for a 404 that is the department working correctly.
   */
  async call<T>(operation: () => Promise<T>): Promise<T> {
    this.admit();
    const generation = this.generation;
    try {
      const result = await operation();
      if (generation === this.generation) this.recordSuccess();
      return result;
    } catch (error) {
      if (generation === this.generation) this.recordFailure(error);
      throw error;
    }
  }

  private admit(): void {
    this.endOpenWindow();
    if (this.current === 'open') throw new CircuitOpenError(this.department, this.openMs - (this.now() - this.openedAt!));
    if (this.current === 'halfOpen') {
      if (this.probing) throw new CircuitOpenError(this.department, 0);
      this.probing = true;
    }
  }

  private endOpenWindow(): void {
    if (this.current === 'open' && this.now() - this.openedAt! >= this.openMs) this.transition('halfOpen');
  }

  private recordSuccess(): void {
    this.consecutiveFailures = 0;
    if (this.current !== 'closed') {
      this.openedAt = null;
      this.transition('closed');
    }
  }

  private recordFailure(error: unknown): void {
    this.consecutiveFailures += 1;
    this.lastError = error instanceof Error ? error.message : String(error);
    if (this.current === 'halfOpen' || this.consecutiveFailures >= this.failureThreshold) {
      this.openedAt = this.now();
      this.transition('open');
    }
  }

  private transition(to: CircuitState): void {
    const from = this.current;
    this.probing = false;
    this.current = to;
    this.generation += 1;
    this.options.onStateChange?.({ department: this.department, from, to, at: this.now() });
  }
}

/** One breaker per department, created on first use, all with the same options. */
export class CircuitBreakers {
  private readonly breakers = new Map<string, CircuitBreaker>();

  constructor(private readonly options: CircuitBreakerOptions = {}) {}

  for(department: string): CircuitBreaker {
    let breaker = this.breakers.get(department);
    if (!breaker) {
      breaker = new CircuitBreaker(department, this.options);
      this.breakers.set(department, breaker);
    }
    return breaker;
  }
}
