import type { DepartmentHealth } from '@gongkai/spec';
import { chinaTimestamp } from '@gongkai/spec/china-time';
import type { CircuitSnapshot } from './circuit-breaker';

/** What `GET /v1/departments` says of a department's reachability, from its circuit breaker. */
export function departmentHealth(snapshot: CircuitSnapshot, checkedAt: Date): DepartmentHealth {
  const down = snapshot.state === 'open' || snapshot.consecutiveFailures > 0;
  return {
    status: down ? 'down' : 'up',
    circuit: snapshot.state,
    consecutiveFailures: snapshot.consecutiveFailures,
    checkedAt: chinaTimestamp(checkedAt),
    ...(snapshot.lastError && down ? { lastError: snapshot.lastError } : {}),
  };
}
