import type { Report } from './report';

export const instant = (timestamp: string): number => Date.parse(timestamp);

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
