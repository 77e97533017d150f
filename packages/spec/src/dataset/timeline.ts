import type { Report } from './report';

export const instant = (timestamp: string): number => Date.parse(timestamp);
/** The calendar date of an instant in China (UTC+8), where every deadline is counted. */
export const chinaDate = (timestamp: string): string => new Date(instant(timestamp) + 8 * 3_600_000).toISOString().slice(0, 10);

/** Checks that each timed step comes strictly after the one before it (`label` names what it must follow). */
export function inOrder(
  report: Report,
  start: { at: string; label: string },
  steps: { pointer: string; at: string; label: string }[],
): void {
  let previous = start;
  for (const step of steps) {
    if (instant(step.at) <= instant(previous.at)) report.add(step.pointer, `must be after ${previous.label} (${previous.at})`);
    previous = step;
  }
}
