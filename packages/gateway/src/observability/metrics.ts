import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { CircuitState, CircuitStateChange } from '../departments/circuit-breaker';
import { KeyedCounter, KeyedHistogram } from './keyed-series';

const CIRCUIT_VALUE: Record<CircuitState, number> = { closed: 0, halfOpen: 1, open: 2 };

/** The gateway's Prometheus metrics, on a registry of its own (several gateways may share a process in tests). */
export class GatewayMetrics {
  readonly registry = new Registry();
  // Recorded on every request: keyed, not prom-client's own (see keyed-series.ts). Label values
  // are given in the order of `labelNames`.
  readonly requests = new KeyedHistogram({
    name: 'gongkai_http_request_duration_seconds',
    help: 'Requests served by the gateway, by operation and status.',
    labelNames: ['operation', 'method', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly upstream = new KeyedHistogram({
    name: 'gongkai_upstream_request_duration_seconds',
    help: 'Calls to departments, by department and status (error = no answer).',
    labelNames: ['department', 'method', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly circuit = new Gauge({
    name: 'gongkai_department_circuit_state',
    help: 'Circuit breaker per department: 0 closed, 1 half-open, 2 open.',
    labelNames: ['department'] as const,
    registers: [this.registry],
  });
  readonly cache = new KeyedCounter({
    name: 'gongkai_cache_lookups_total',
    help: 'Response cache lookups by result (fresh, stale, miss).',
    labelNames: ['result'],
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'gongkai_rate_limited_total',
    help: 'Requests refused with 429, by policy.',
    labelNames: ['policy'] as const,
    registers: [this.registry],
  });
  readonly partialAnswers = new Counter({
    name: 'gongkai_partial_answers_total',
    help: 'List answers missing at least one department, by department.',
    labelNames: ['department'] as const,
    registers: [this.registry],
  });

  constructor(departments: readonly string[]) {
    collectDefaultMetrics({ register: this.registry, prefix: 'gongkai_' });
    for (const department of departments) this.circuit.set({ department }, 0);
  }

  onCircuitChange = (change: CircuitStateChange): void => {
    this.circuit.set({ department: change.department }, CIRCUIT_VALUE[change.to]);
  };
}
