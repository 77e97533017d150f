import type { DepartmentHealth } from '@gongkai/spec';
import type { CircuitSnapshot } from './circuit-breaker';

/** What `GET /v1/departments` says of a department's reachability, from its circuit breaker. */
export function departmentHealth(snapshot: CircuitSnapshot, checkedAt: Date): DepartmentHealth {
  const down = snapshot.state === 'open' || snapshot.consecutiveFailures > 0;
  return {
    status: down ? 'down' : 'up',
    circuit: snapshot.state,
    consecutiveFailures: snapshot.consecutiveFailures,
    checkedAt: toChinaTimestamp(checkedAt),
    ...(snapshot.lastError && down ? { lastError: snapshot.lastError } : {}),
  };
}

/** RFC 3339 in China Standard Time, the offset the contract's examples use. */
export function toChinaTimestamp(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}
