import type { DepartmentHealth } from '@gongkai/spec';
import { chinaTimestamp } from '@gongkai/spec/china-time';
import type { CircuitSnapshot } from './circuit-breaker';
import { publicFailurePhrase } from './public-failure-phrase';

/**
 * What `GET /v1/departments` says of a department's reachability, from its circuit breaker; the
 * last error as a fixed phrase (the detail is logged when the circuit changes).
 */
export function departmentHealth(snapshot: CircuitSnapshot, checkedAt: Date): DepartmentHealth {
  const down = snapshot.state === 'open' || snapshot.consecutiveFailures > 0;
  return {
    status: down ? 'down' : 'up',
    circuit: snapshot.state,
    consecutiveFailures: snapshot.consecutiveFailures,
    checkedAt: chinaTimestamp(checkedAt),
    ...(snapshot.lastError && down ? { lastError: publicFailurePhrase(snapshot.lastError) } : {}),
  };
}
