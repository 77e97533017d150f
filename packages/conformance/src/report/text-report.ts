import { AREAS } from '../run/check';
import type { Failure } from '../run/failure';
import type { CheckResult, ConformanceReport } from '../run/run-conformance';

export interface TextReportOptions {
  /** ANSI colours (for a terminal that wants them). */
  readonly color?: boolean;
  /** Show each passed and skipped check (default), or only the failures and the summary. */
  readonly verbose?: boolean;
}

const MARK = { passed: '✓', failed: '✗', skipped: '○' } as const;

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => `${by}${line}`)
    .join('\n');
}

function describeFailure(failure: Failure, paint: (code: string, text: string) => string): string {
  const lines = [paint('31', indent(failure.message, '      ✗ ').trimEnd())];
  if (failure.request) {
    lines.push(`        sent:     ${failure.request.method} ${failure.request.url}`);
    for (const [name, value] of Object.entries(failure.request.headers)) lines.push(`                  ${name}: ${value}`);
    if (failure.request.body !== undefined) lines.push(indent(failure.request.body, '                  '));
  }
  if (failure.expected) lines.push(indent(failure.expected, '        expected: ').replace(/\n {8}expected: /g, '\n                  '));
  if (failure.received) {
    const { status, contentType, headers, body, error } = failure.received;
    lines.push(
      `        received: ${status === 0 ? `no answer (${error ?? 'connection failed'})` : `${status}${contentType ? ` ${contentType}` : ''}`}`,
    );
    for (const [name, value] of Object.entries(headers)) lines.push(`                  ${name}: ${value}`);
    if (body) lines.push(paint('2', indent(body, '                  ')));
  }
  return lines.join('\n');
}

function describeSkipped(results: readonly CheckResult[], paint: (code: string, text: string) => string): string[] {
  const byReason = new Map<string, string[]>();
  for (const result of results) byReason.set(result.detail ?? '', [...(byReason.get(result.detail ?? '') ?? []), result.id]);
  return [...byReason.entries()].map(([reason, ids]) =>
    paint(
      '2',
      ids.length === 1
        ? `  ${MARK.skipped} ${ids[0]} — skipped: ${reason}`
        : `  ${MARK.skipped} ${ids.length} skipped — ${reason}: ${ids.join(', ')}`,
    ),
  );
}

/** The report a person reads: ✓/✗ per check, grouped by area, each failure with its request, expectation and answer. */
export function formatTextReport(report: ConformanceReport, options: TextReportOptions = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines = [
    `${report.tool.name} ${report.tool.version} — contract v${report.contractVersion} — ${report.target}`,
    `writes ${report.settings.allowWrites ? 'allowed' : 'not allowed (--allow-writes)'}, staff token ${report.settings.staffToken ? 'given' : 'not given (--token)'}, walks of up to ${report.settings.maxRecords} records`,
  ];
  for (const area of AREAS) {
    const results = report.results.filter((result) => result.area === area);
    const shown: string[] = [];
    for (const result of results) {
      if (result.status === 'skipped') continue;
      if (result.status === 'passed' && options.verbose === false) continue;
      const detail = result.detail ? paint('2', ` — ${result.detail}`) : '';
      const mark = result.status === 'passed' ? paint('32', MARK.passed) : paint('31', MARK.failed);
      shown.push(`  ${mark} ${result.id}  ${result.title}${detail}`);
      for (const failure of result.failures) shown.push(describeFailure(failure, paint));
    }
    if (options.verbose !== false)
      shown.push(
        ...describeSkipped(
          results.filter((result) => result.status === 'skipped'),
          paint,
        ),
      );
    if (shown.length) lines.push('', paint('1', area), ...shown);
  }
  const { passed, failed, skipped } = report.summary;
  const failing = report.results.filter((result) => result.status === 'failed').map((result) => result.id);
  lines.push(
    '',
    `${passed} passed, ${failed} failed, ${skipped} skipped — ${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s`,
    report.conforming
      ? paint('32', `CONFORMING: ${report.target} implements the v1 contract as far as these checks see.`)
      : paint('31', `NOT CONFORMING: ${failed} check${failed === 1 ? '' : 's'} failed (${failing.join(', ')}).`),
    '',
  );
  return lines.join('\n');
}
