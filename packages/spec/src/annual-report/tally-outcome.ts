import type { OutcomeCounts, ReplyOutcome } from '../generated/openapi-types';

/**
 * `counts` with one more request in the row of `outcome` and in 三(七) 总计. A partly granted
 * request counts only as `partial` (the format's own note: 区分处理的，只计这一情形，不计其他情形).
 */
export function tallyOutcome(counts: OutcomeCounts, outcome: ReplyOutcome): OutcomeCounts {
  const next = structuredClone(counts);
  const [group, row] = outcome.split('.');
  if (group === 'granted' || group === 'partial') {
    next[group] += 1;
  } else {
    const rows = (group !== undefined && group in next ? next[group as keyof OutcomeCounts] : undefined) as
      Record<string, number> | undefined;
    if (rows === undefined || typeof rows !== 'object' || row === undefined || !(row in rows)) {
      throw new RangeError(`tallyOutcome: "${outcome}" is not a reply outcome of table 3`);
    }
    rows[row] = (rows[row] ?? 0) + 1;
  }
  next.total += 1;
  return next;
}
